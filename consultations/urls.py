from django.urls import path

from consultations import views

app_name = "consultations"
urlpatterns = [
    path("", views.consultation_list, name="list"),
    path("<slug:slug>/", views.consultation_detail, name="detail"),
    path("<slug:slug>/kalendarz.ics", views.consultation_ical, name="ical"),
    path("<slug:slug>/materialy/<int:pk>/", views.material_file, name="material"),
]
