from django.urls import path

from surveys import views

app_name = "surveys"
urlpatterns = [
    path("", views.survey_list, name="list"),
    path("wprowadzanie/", views.paper_entry_list, name="paper_entry_list"),
    path("<slug:slug>/", views.survey_detail, name="detail"),
    path("<slug:slug>/dziekujemy/", views.survey_thanks, name="thanks"),
    path("<slug:slug>/druk/", views.survey_print, name="print"),
    path("<slug:slug>/wprowadzanie/", views.paper_entry, name="paper_entry"),
    path("<slug:slug>/sonda/", views.poll_answer, name="poll"),
]
