from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import BadRequest, SuspiciousOperation
from django.http import HttpResponseBadRequest, UnreadablePostError
from django.http.multipartparser import MultiPartParserError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.utils.http import urlencode

from common.roles import (
    SecondFactorRequired,
    has_second_factor,
    lacks_second_factor,
    session_passed_second_factor,
)

SECOND_FACTOR_CODE_NEEDED = (
    "Ta część portalu wymaga potwierdzenia kodem z aplikacji uwierzytelniającej. "
    "Prosimy wpisać kod, który pokazuje aplikacja w telefonie."
)
SECOND_FACTOR_NEEDED = (
    "Ta część portalu wymaga uwierzytelniania dwuetapowego. Prosimy je włączyć: zeskanować kod "
    "aplikacją uwierzytelniającą w telefonie i wpisać kod, który ona pokaże."
)
NUL = "\x00"
OTHER_CHARSET = (
    "Nieprawidłowe żądanie: formularz przyszedł w kodowaniu innym niż UTF-8, więc nie możemy "
    "go odczytać. Prosimy wysłać go ponownie ze strony portalu."
)
NUL_CHARACTER = (
    "Nieprawidłowe żądanie: adres lub formularz zawiera znak NUL, którego portal nie "
    "przyjmuje. Prosimy sprawdzić wpisany tekst i spróbować ponownie."
)
UNREADABLE = (
    "Nieprawidłowe żądanie: nie możemy odczytać wysłanych danych. "
    "Prosimy spróbować ponownie ze strony portalu."
)


def _bad_request(text):
    return HttpResponseBadRequest(text, content_type="text/plain; charset=utf-8")


def _holds_nul(data) -> bool:
    return any(NUL in key or any(NUL in value for value in values) for key, values in data.lists())


class UnreadableRequestMiddleware:
    """Answer 400 to what no page can read, before anything else reads the request.

    PostgreSQL refuses a NUL character in text, so any lookup by such a value (a filter,
    a slug, a session key) would end in a 500. A form body in another charset than UTF-8 is
    refused by Django when the CSRF check reads it, and again by the error page, which
    reads it too: the server's bare 500. A cookie with a NUL is only dropped, so a broken
    session cookie means no session rather than a visitor locked out of every page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Spelled as Django's form parser wants it: it refuses "utf8" too.
        charset = request.content_params.get("charset", "utf-8")
        if charset.lower() != "utf-8":
            return _bad_request(OTHER_CHARSET)
        request.COOKIES = {
            name: value
            for name, value in request.COOKIES.items()
            if NUL not in name and NUL not in value
        }
        try:
            if NUL in request.path_info or _holds_nul(request.GET):
                return _bad_request(NUL_CHARACTER)
            if request.method == "POST" and (
                _holds_nul(request.POST)
                or any(NUL in file.name for _, files in request.FILES.lists() for file in files)
            ):
                return _bad_request(NUL_CHARACTER)
        except (BadRequest, SuspiciousOperation, MultiPartParserError, UnreadablePostError):
            return _bad_request(UNREADABLE)
        return self.get_response(request)


class StaffSecondFactorMiddleware:
    """Send staff and superusers without a second factor (TOTP) to set it up.

    The whole admin is guarded here; the portal's own staff views (the news panel, draft
    previews…) raise SecondFactorRequired through `roles.check_second_factor`, and end here
    the same way. Turned off by STAFF_MFA_REQUIRED=0, which `make run` uses for the demo.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = None
        self.second_factor_prefix = None
        self.code_page = None
        self.activate_page = None

    def __call__(self, request):
        if self.admin_prefix is None:
            self.admin_prefix = reverse("admin:index")
            self.code_page = reverse("mfa_reauthenticate")
            self.activate_page = reverse("mfa_activate_totp")
            self.second_factor_prefix = self.code_page.rsplit("/", 2)[0] + "/"
        if request.path.startswith(self.admin_prefix) and lacks_second_factor(request):
            return self._second_factor(request)
        if self._manages_second_factor_without_it(request):
            return self._ask_for_code(request)
        response = self.get_response(request)
        if self._just_set_up_second_factor(request, response):
            # Setting up the app means typing a right code from it: this session passed the
            # factor (allauth records codes only at log-in), so no second code is asked.
            totp = Authenticator.objects.get(user=request.user, type=Authenticator.Type.TOTP)
            record_authentication(request, request.user, "mfa", id=totp.pk, type=totp.type)
        return response

    def _just_set_up_second_factor(self, request, response) -> bool:
        return (
            request.method == "POST"
            and request.path == self.activate_page
            and response.status_code == 302
            and request.user.is_authenticated
            and has_second_factor(request.user)
            and not session_passed_second_factor(request)
        )

    def process_exception(self, request, exception):
        if isinstance(exception, SecondFactorRequired):
            return self._second_factor(request)
        return None

    def _manages_second_factor_without_it(self, request) -> bool:
        """Only a session that entered a code may change or remove the codes.

        Otherwise a session opened with the password alone, before the account had a
        second factor, could swap the owner's authenticator for its own.
        """
        return (
            request.path.startswith(self.second_factor_prefix)
            and request.path != self.code_page
            and request.user.is_authenticated
            and has_second_factor(request.user)
            and not session_passed_second_factor(request)
        )

    def _second_factor(self, request):
        if has_second_factor(request.user):
            return self._ask_for_code(request)
        messages.warning(request, SECOND_FACTOR_NEEDED)
        return redirect("mfa_activate_totp")

    def _ask_for_code(self, request):
        messages.warning(request, SECOND_FACTOR_CODE_NEEDED)
        return redirect(f"{self.code_page}?{urlencode({'next': request.get_full_path()})}")


class PermissionsPolicyMiddleware:
    """Tell browsers the portal uses no camera, microphone, location and the like."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        return response


class PrivatePagesMiddleware:
    """A page made for a signed-in person (their name, their links, their drafts) is kept by
    no cache on the way and by no shared computer's browser after they log out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        # Pages carry the person (their name, links, drafts); a published file does not,
        # and a browser may keep it.
        is_page = response.get("Content-Type", "").startswith("text/html")
        if is_page and user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response
