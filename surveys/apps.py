from django.apps import AppConfig


class SurveysConfig(AppConfig):
    verbose_name = "Ankiety"
    name = "surveys"
