from urllib.parse import urlsplit

from django.apps import AppConfig, apps
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
        name_the_links_between_records()
        post_migrate.connect(site_follows_configuration, sender=self)


def name_the_links_between_records():
    """The rows Django creates to link two records (a consultation and its forms) are named
    by their classes: the admin's delete confirmation lists „Powiązania consultation do
    method: 1” and „Consultation_methods object (26)”. They are named after their field in
    Polish. As above, only the runtime options change; no migration records them."""
    for link in apps.get_models(include_auto_created=True):
        owner = link._meta.auto_created
        if not owner:
            continue
        field = next(f for f in owner._meta.many_to_many if f.remote_field.through is link)
        link._meta.verbose_name = f"powiązanie ({field.verbose_name})"
        link._meta.verbose_name_plural = f"powiązania ({field.verbose_name})"
        link.__str__ = _link_name(field.m2m_field_name(), field.m2m_reverse_field_name())


def _link_name(source, target):
    def __str__(link):
        return f"{getattr(link, source)} – {getattr(link, target)}"

    return __str__


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
