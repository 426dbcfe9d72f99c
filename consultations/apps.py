from django.apps import AppConfig


class ConsultationsConfig(AppConfig):
    verbose_name = "Konsultacje"
    name = "consultations"
