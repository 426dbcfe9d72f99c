"""Change history in the admin: everyone who may see a record may read how it changed."""

from django.core.exceptions import PermissionDenied
from simple_history.admin import SimpleHistoryAdmin


class ReadOnlyHistoryAdmin(SimpleHistoryAdmin):
    """History to read, never to revert.

    A revert saves the old version whole, including fields the change form does not offer
    (the department, the publication time), and simple-history checks permission against
    the old version, not the current one. Changes go through the change form instead.
    """

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        if request.method == "POST":
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)
