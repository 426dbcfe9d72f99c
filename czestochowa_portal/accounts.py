"""How django-allauth behaves on this portal."""

from allauth.account.adapter import DefaultAccountAdapter

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
