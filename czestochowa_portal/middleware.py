from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse

from common.roles import SecondFactorRequired, lacks_second_factor

SECOND_FACTOR_NEEDED = (
    "Ta część portalu wymaga logowania dwuetapowego. Prosimy je włączyć: zeskanować kod "
    "aplikacją uwierzytelniającą w telefonie i wpisać kod, który ona pokaże."
)


class StaffSecondFactorMiddleware:
    """Send staff and superusers without a second factor (TOTP) to set it up.

    The whole admin is guarded here; the portal's own staff views (the news panel, draft
    previews…) raise SecondFactorRequired through `roles.check_second_factor`, and end here
    the same way. Turned off by STAFF_MFA_REQUIRED=0, which `make run` uses for the demo.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def __call__(self, request):
        if self.admin_prefix is None:
            self.admin_prefix = reverse("admin:index")
        if request.path.startswith(self.admin_prefix) and lacks_second_factor(request.user):
            return self._set_up_second_factor(request)
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, SecondFactorRequired):
            return self._set_up_second_factor(request)
        return None

    def _set_up_second_factor(self, request):
        messages.warning(request, SECOND_FACTOR_NEEDED)
        return redirect("mfa_activate_totp")


class PermissionsPolicyMiddleware:
    """Tell browsers the portal uses no camera, microphone, location and the like."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
