from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "czestochowa_portal"
    verbose_name = "Portal"

    def ready(self):
        from czestochowa_portal import checks  # noqa: F401 - registers the checks
