"""The portal's admin site: Django's, with a link to the public page that keeps drafts secret
and „Moja praca”, the page where staff land after logging in."""

import re

from django.contrib import admin
from django.contrib.admin.exceptions import NotRegistered
from django.contrib.admin.views.autocomplete import AutocompleteJsonView
from django.contrib.contenttypes.models import ContentType
from django.contrib.contenttypes.views import shortcut
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from consultations.display import countdown
from consultations.selectors import CLOSING_SOON, work_of


class PortalAutocompleteJsonView(AutocompleteJsonView):
    """The search box of a related field lists what the searched model's admin names in
    `autocomplete_label` (people with their e-mail addresses), else the record's name."""

    def serialize_result(self, obj, to_field_name):
        label = getattr(self.model_admin, "autocomplete_label", str)
        return super().serialize_result(obj, to_field_name) | {"text": label(obj)}


class PortalAdminSite(admin.AdminSite):
    def autocomplete_view(self, request):
        return PortalAutocompleteJsonView.as_view(admin_site=self)(request)

    def get_urls(self):
        urls = [url for url in super().get_urls() if getattr(url, "name", "") != "view_on_site"]
        return [
            path(
                "r/<path:content_type_id>/<path:object_id>/",
                self.admin_view(self.view_on_site),
                name="view_on_site",
            ),
            path("moja-praca/", self.admin_view(self.my_work), name="my_work"),
            *urls,
        ]

    def my_work(self, request):
        """„Moja praca”: the department's drafts, what closes within a week, what awaits results."""
        now = timezone.now()
        work = work_of(request.user, now)
        for consultation in work.closing_soon:
            consultation.countdown = countdown(consultation, now)
        context = self.each_context(request) | {
            "title": "Moja praca",
            "work": work,
            "closing_days": CLOSING_SOON.days,
        }
        return TemplateResponse(request, "admin/my_work.html", context)

    def view_on_site(self, request, content_type_id, object_id):
        """Django's redirect from /admin/r/<type>/<id>/ to the record's public page.

        Django's own version redirects any staff member to any record's address, and a
        draft's address gives away its title. Here the record must be one the user may
        see in its admin; anything else is not there.
        """
        try:
            model = ContentType.objects.get(pk=content_type_id).model_class()
            model_admin = self.get_model_admin(model)
        except (ContentType.DoesNotExist, ValueError, NotRegistered) as error:
            raise Http404 from error
        obj = model_admin.get_object(request, object_id)
        if obj is None or not model_admin.has_view_or_change_permission(request, obj):
            raise Http404
        return shortcut(request, content_type_id, object_id)


_YES_NO_ALT = re.compile(
    r'(<img src="[^"]*/admin/img/icon-(?:yes|no|unknown)\.svg") alt="(True|False|None)"'
)
_YES_NO_WORDS = {"True": "Tak", "False": "Nie", "None": "Brak danych"}


def polish_yes_no_icons(html: str) -> SafeString:
    """Django's admin lists write the yes/no icons' text as „True”, „False”, „None” in
    English, past any translation; a screen reader reads them out. They become Polish."""
    return mark_safe(
        _YES_NO_ALT.sub(
            lambda match: f'{match.group(1)} alt="{_YES_NO_WORDS[match.group(2)]}"', html
        )
    )


_PERMISSION_ACTIONS = {
    "add": "dodawanie",
    "change": "edycja",
    "delete": "usuwanie",
    "view": "przeglądanie",
}


def permission_label(permission) -> str:
    """A permission as the user and group pages list it, in Polish.

    Django names the four permissions of every model in English when it creates them („Can
    add jednostka (wydział)”), past any translation, and stores the name. The name is not
    rewritten in the database: the label is made from the codename each time it is shown, so
    a model added later gets Polish labels too. A permission a model declares itself keeps
    its own name.
    """
    content_type = permission.content_type
    action, _, model_name = permission.codename.partition("_")
    if model_name == content_type.model and action in _PERMISSION_ACTIONS:
        what = _PERMISSION_ACTIONS[action]
    else:
        what = permission.name
    return f"{content_type} | {what}"
