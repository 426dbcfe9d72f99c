from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse


class StaffSecondFactorMiddleware:
    """Keep staff out of the admin until they have set up a one-time-code app (TOTP).

    Turned off by STAFF_MFA_REQUIRED=0, which `make run` uses for the demo accounts.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None

    def __call__(self, request):
        if self.admin_prefix is None:
            self.admin_prefix = reverse("admin:index")
        user = request.user
        if (
            settings.STAFF_MFA_REQUIRED
            and request.path.startswith(self.admin_prefix)
            and user.is_authenticated
            and user.is_staff
            and not Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
        ):
            messages.warning(
                request,
                "Aby korzystać z panelu administracyjnego, włącz najpierw logowanie "
                "dwuetapowe: zeskanuj kod aplikacją uwierzytelniającą i wpisz kod z niej.",
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)


class PermissionsPolicyMiddleware:
    """Tell browsers the portal uses no camera, microphone, location and the like."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response
