"""Whole pages stored for anonymous visitors, and kept correct.

Every stored page's key carries a version number. Saving or deleting a consultation, a
schedule item or a material bumps the version, at once and again when the transaction
commits (the admin saves districts and inlines after the consultation row, so a visitor
who came in between gets a page that the commit then throws away). A status that changes
with the clock (planned → open → closed, "days left", a meeting becoming past) is handled
by the expiry: a page lives at most until the next start or end of any published
consultation or schedule item, the next midnight, or CONSULTATION_PAGE_CACHE_SECONDS.

With Redis every worker and every machine shares the version; the local-memory cache of
the embedded default is per process, which is right for a single `runserver` only.
"""

import hashlib
import time
from datetime import datetime, timedelta
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.db.models import Min, Q
from django.http import HttpResponse
from django.utils import timezone

VERSION_KEY = "consultations:pages:version"
# Only the list's own parameters make a page worth storing: anything else (a tracking tag,
# random junk) would fill the cache with copies nobody asks for again.
CACHEABLE_PARAMETERS = {"q", "status", "dzielnica", "jednostka", "kategoria", "rok", "page"}
MAX_QUERY_LENGTH = 300


def invalidate() -> None:
    try:
        cache.incr(VERSION_KEY)
    except ValueError:
        # Missing (first use, or evicted): start from the clock so that no number used
        # before the eviction can come back and match a stale page.
        cache.set(VERSION_KEY, time.time_ns(), None)


def current_version() -> int:
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, time.time_ns(), None)
        version = cache.get(VERSION_KEY, 0)
    return version


def seconds_until_next_change(now: datetime) -> int:
    from consultations.models import Consultation, ScheduleItem

    limits = [settings.CONSULTATION_PAGE_CACHE_SECONDS]
    tomorrow = timezone.localdate(now) + timedelta(days=1)
    midnight = timezone.make_aware(datetime.combine(tomorrow, datetime.min.time()))
    limits.append((midnight - now).total_seconds())
    published = Consultation.objects.published()
    boundaries = published.aggregate(
        start=Min("starts_at", filter=Q(starts_at__gt=now)),
        end=Min("ends_at", filter=Q(ends_at__gt=now)),
    )
    boundaries |= ScheduleItem.objects.filter(consultation__in=published).aggregate(
        item_start=Min("starts_at", filter=Q(starts_at__gt=now)),
        item_end=Min("ends_at", filter=Q(ends_at__gt=now)),
    )
    limits += [(moment - now).total_seconds() for moment in boundaries.values() if moment]
    return max(1, int(min(limits)))


def _key(request) -> str:
    path = hashlib.sha256(request.get_full_path().encode()).hexdigest()
    return f"consultations:page:{current_version()}:{path}"


def cache_for_anonymous(view):
    """Serve anonymous GET requests from the stored page; never for signed-in users."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if (
            settings.CONSULTATION_PAGE_CACHE_SECONDS <= 0
            or request.method not in ("GET", "HEAD")
            or request.user.is_authenticated
            or len(messages.get_messages(request))
            or len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_LENGTH
            or not set(request.GET).issubset(CACHEABLE_PARAMETERS)
        ):
            return view(request, *args, **kwargs)
        key = _key(request)
        stored = cache.get(key)
        if stored is not None:
            content, content_type = stored
            return HttpResponse(content, content_type=content_type)
        response = view(request, *args, **kwargs)
        if response.status_code == 200 and not response.streaming and not response.cookies:
            cache.set(
                key,
                (response.content, response["Content-Type"]),
                seconds_until_next_change(timezone.now()),
            )
        return response

    return wrapped


def pages_changed() -> None:
    """Called by every save and delete of what the pages show."""
    from django.db import transaction

    invalidate()
    transaction.on_commit(invalidate)
