from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "czestochowa_portal"
    verbose_name = "Portal"
