"""How django-allauth behaves on this portal."""

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.forms import SignupForm
from django.contrib.auth.hashers import make_password

from czestochowa_portal.tasks import send_email


class PortalAccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        # The message is rendered here, where the request is at hand for its links,
        # and handed to a Celery worker so a slow mail server never holds up the page.
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


class PortalSignupForm(SignupForm):
    def try_save(self, request):
        if self.account_already_exists:
            # A new account costs one password hash; allauth skips it for an address that
            # has an account (it only sends that person a warning), so the answer came in
            # 15 ms instead of 600 ms and told who has an account. Do the same work.
            make_password(self.cleaned_data["password1"])
        return super().try_save(request)
