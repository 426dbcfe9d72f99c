"""How django-allauth behaves on this portal."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.forms import SignupForm
from allauth.utils import build_absolute_uri
from django.contrib.auth.hashers import make_password
from django.contrib.sites.shortcuts import get_current_site
from django.urls import reverse

from czestochowa_portal.tasks import send_email
from districts.permissions import is_council_member


def work_landing(user):
    if user.is_staff:
        return reverse("admin:my_work")
    if is_council_member(user):
        return reverse("news:panel")
    return None


def is_work_page(url):
    return bool(url) and url.startswith((reverse("admin:index"), reverse("news:panel")))


class PortalAccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        # The message is rendered here, where the request is at hand for its links,
        # and handed to a Celery worker so a slow mail server never holds up the page.
        # allauth's own send_mail puts the site and the address into the context; the
        # greeting, the signature and the links of templates/account/email/ need them.
        context = {
            "request": self.request,
            "email": email,
            "current_site": get_current_site(self.request),
            "portal_url": build_absolute_uri(self.request, "/").rstrip("/"),
        } | context
        message = self.render_mail(template_prefix, email, context)
        html = next(
            (content for content, mimetype in message.alternatives if mimetype == "text/html"),
            "",
        )
        send_email.delay_on_commit(
            subject=message.subject,
            body=message.body,
            html=html,
            to=list(message.to),
            from_email=message.from_email,
        )

    def get_login_redirect_url(self, request):
        """Where a log-in without `next` lands: staff on their work („Moja praca”), council
        members on their news panel, everyone else where the portal always sent them."""
        return work_landing(request.user) or super().get_login_redirect_url(request)

    def post_login(self, request, user, *, redirect_url=None, **kwargs):
        # The header's „Zaloguj się” carries the page it was clicked on, so a resident
        # comes back to it. Staff and council members log in to work: they land on their
        # work unless they were sent to log in from a page of that work.
        landing = work_landing(user)
        if landing and not is_work_page(redirect_url):
            redirect_url = landing
        return super().post_login(request, user, redirect_url=redirect_url, **kwargs)

    def get_http_user_agent(self, request):
        # allauth's English "Unspecified" would stand in a Polish e-mail; the templates say
        # "nieznana" for an empty value.
        return request.META.get("HTTP_USER_AGENT", "")


class PortalSignupForm(SignupForm):
    def try_save(self, request):
        if self.account_already_exists:
            # A new account costs one password hash; allauth skips it for an address that
            # has an account (it only sends that person a warning), so the answer came in
            # 15 ms instead of 600 ms and told who has an account. Do the same work.
            make_password(self.cleaned_data["password1"])
        return super().try_save(request)
