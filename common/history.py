"""Change history in the admin: everyone who may see a record may read how it changed."""

from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from simple_history.admin import SimpleHistoryAdmin


class ReadOnlyHistoryAdmin(SimpleHistoryAdmin):
    """History to read, never to revert, and only of records the user may see.

    A revert saves the old version whole, including fields the change form does not offer
    (the department, the publication time), and simple-history checks permission against
    the old version, not the current one. Changes go through the change form instead.

    simple-history shows the history of a record outside the user's list as long as its
    latest version passes the model-wide permission; here the record itself decides.
    """

    def history_subject(self, request, object_id):
        """The record as the user's rights see it: the row in their list, or, once deleted,
        its last version; None when they may not see it."""
        object_id = unquote(object_id)
        obj = self.get_object(request, object_id)
        if obj is None:
            try:
                pk = self.model._meta.pk.to_python(object_id)
            except ValidationError:
                return None
            if self.model._default_manager.filter(pk=pk).exists():
                return None  # it exists, outside the user's list
            history = getattr(self.model, self.model._meta.simple_history_manager_attribute)
            versions = history.filter(**{self.model._meta.pk.attname: pk})
            last = versions.order_by("-history_date", "-history_id").first()
            obj = last.instance if last else None
        if obj is None or not self.has_view_or_change_permission(request, obj):
            return None
        return obj

    def history_view(self, request, object_id, extra_context=None):
        if self.history_subject(request, object_id) is None:
            raise Http404
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            raise PermissionDenied
        if self.history_subject(request, object_id) is None:
            raise Http404
        return super().history_form_view(request, object_id, version_id, extra_context)
