from django.apps import AppConfig


class DistrictsConfig(AppConfig):
    verbose_name = "Dzielnice i rady dzielnic"
    name = "districts"
