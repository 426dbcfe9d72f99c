from django.urls import path

from news import views

app_name = "news"
urlpatterns = [
    path("", views.news_list, name="list"),
    path("archiwum/<int:year>/<int:month>/", views.news_archive, name="archive"),
    path("panel/", views.panel, name="panel"),
    path("panel/dodaj/", views.news_add, name="add"),
    path("panel/<int:pk>/edytuj/", views.news_edit, name="edit"),
    path("panel/<int:pk>/opublikuj/", views.news_publish, name="publish"),
    path("panel/<int:pk>/wycofaj/", views.news_unpublish, name="unpublish"),
    path("panel/<int:pk>/usun/", views.news_delete, name="delete"),
    path("panel/zdjecie/<str:token>/", views.kept_photo, name="kept_photo"),
    path("<slug:slug>/", views.news_detail, name="detail"),
]
