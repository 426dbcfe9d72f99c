"""Deployment checks of the portal's own (manage.py check --deploy)."""

from django.conf import settings
from django.core.checks import Warning, register


@register(deploy=True)
def check_shared_cache(app_configs, **kwargs):
    if settings.REDIS_URL:
        return []
    return [
        Warning(
            "REDIS_URL is not set: every gunicorn worker keeps its own cache, so a page "
            "stored for anonymous visitors and the log-in rate limits are not shared, and "
            "account e-mails are sent inside web requests.",
            hint="Set REDIS_URL=redis://host:6379/0 and run a Celery worker (make worker).",
            id="portal.W001",
        )
    ]


@register(deploy=True)
def check_media_behind_nginx(app_configs, **kwargs):
    if settings.MEDIA_ACCEL_REDIRECT:
        return []
    return [
        Warning(
            "MEDIA_ACCEL_REDIRECT is not set: every download of a material keeps a gunicorn "
            "worker busy for as long as the file takes to reach the visitor.",
            hint="Give nginx an internal location for MEDIA_ROOT and name it, e.g. "
            "MEDIA_ACCEL_REDIRECT=/_media/ (see the README's deployment outline).",
            id="portal.W002",
        )
    ]
