from django.urls import path

from consultations import views

app_name = "consultations"
urlpatterns = [
    path("", views.consultation_list, name="list"),
]
