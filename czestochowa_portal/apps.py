from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps


class PortalConfig(AppConfig):
    name = "czestochowa_portal"
    verbose_name = "Portal"

    def ready(self):
        from czestochowa_portal import checks  # noqa: F401 - registers the checks


class PortalAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin with the portal's admin site (czestochowa_portal.adminsite)."""

    default = False  # czestochowa_portal itself is PortalConfig
    default_site = "czestochowa_portal.adminsite.PortalAdminSite"
