from urllib.parse import urlsplit

from django.apps import AppConfig
from django.conf import settings
from django.contrib.admin import apps as admin_apps
from django.db.models.signals import post_migrate


class PortalConfig(AppConfig):
    name = "czestochowa_portal"
    verbose_name = "Portal"

    def ready(self):
        from allauth.mfa.models import Authenticator

        from czestochowa_portal import (
            checks,  # noqa: F401 - registers the checks
            slots,  # noqa: F401 - fills the header's slots
        )

        # allauth names its model only by the class („Authenticators” in the admin), which no
        # translation reaches. The glossary's words, set on the runtime options only: the
        # migration state reads `original_attrs`, so allauth's migrations stay untouched.
        Authenticator._meta.verbose_name = "metoda uwierzytelniania dwuetapowego"
        Authenticator._meta.verbose_name_plural = "metody uwierzytelniania dwuetapowego"
        post_migrate.connect(site_follows_configuration, sender=self)


def site_follows_configuration(using, **kwargs):
    """The sitemap, the feeds and the admin's links read the Site row: every `migrate` (each
    release runs it) sets it from SITE_URL, so a changed address does not linger there."""
    from django.contrib.sites.models import Site

    Site.objects.using(using).update_or_create(
        pk=settings.SITE_ID,
        defaults={"domain": urlsplit(settings.SITE_URL).netloc, "name": settings.PORTAL_NAME},
    )


class PortalAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin with the portal's admin site (czestochowa_portal.adminsite)."""

    default = False  # czestochowa_portal itself is PortalConfig
    default_site = "czestochowa_portal.adminsite.PortalAdminSite"
