from celery import shared_task
from django.core import management
from django.core.mail import EmailMultiAlternatives


@shared_task(autoretry_for=(OSError,), retry_backoff=30, max_retries=5)
def send_email(*, subject, body, html, to, from_email):
    message = EmailMultiAlternatives(subject=subject, body=body, from_email=from_email, to=to)
    if html:
        message.attach_alternative(html, "text/html")
    message.send()


@shared_task
def clear_expired_sessions():
    management.call_command("clearsessions")
