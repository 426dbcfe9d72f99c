from django.apps import AppConfig


class ParticipationConfig(AppConfig):
    verbose_name = "Udział mieszkańców"
    name = "participation"
