"""Whole pages stored for anonymous visitors, and kept correct.

Every stored page's key carries a version number. Any save or delete of what the pages
show bumps the version (`pages_changed`), at once and again when the transaction commits
(the admin saves districts and inlines after the main row, so a visitor who came in
between gets a page that the commit then throws away). What changes with the clock is
handled by the expiry each app gives its pages.

With Redis every worker and every machine shares the version; the local-memory cache of
the embedded default is per process, which is right for a single `runserver` only.
"""

import hashlib
import time
from collections.abc import Callable
from datetime import datetime
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils import timezone
from django.utils.http import urlencode

VERSION_KEY = "pages:version"
MAX_QUERY_LENGTH = 300
# Even the allowed parameters vary without end: a stream of distinct searches would fill the
# cache and push out what shares it (stored sessions, log-in rate limits). At most this many
# pages with parameters are stored in each stretch of CONSULTATION_PAGE_CACHE_SECONDS, the
# longest a page is kept, so no more than twice as many are held at any time.
MAX_STORED_PAGES_WITH_PARAMETERS = 200
PAGES_WITH_PARAMETERS_KEY = "pages:with-parameters"


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


def pages_changed() -> None:
    """Called by every save and delete of what the stored pages show."""
    invalidate()
    transaction.on_commit(invalidate)


def _address_key(path: str) -> str:
    return f"pages:address:{hashlib.sha256(path.encode()).hexdigest()}"


def _bump_addresses(paths) -> None:
    for path in paths:
        key = _address_key(path)
        try:
            cache.incr(key)
        except ValueError:
            cache.set(key, time.time_ns(), None)


def addresses_changed(paths) -> None:
    """Throw away the stored pages at these paths only (with any parameters).

    For frequent writes that one page shows (a comment): the rest of the site stays stored.
    """
    paths = list(paths)
    _bump_addresses(paths)
    transaction.on_commit(lambda: _bump_addresses(paths))


def _room_for_a_page_with_parameters() -> bool:
    stretch = settings.CONSULTATION_PAGE_CACHE_SECONDS
    key = f"{PAGES_WITH_PARAMETERS_KEY}:{int(time.time() // stretch)}"
    cache.add(key, 0, 2 * stretch)
    try:
        return cache.incr(key) <= MAX_STORED_PAGES_WITH_PARAMETERS
    except ValueError:  # the counter was evicted in between: store nothing rather than guess
        return False


def _key(request) -> str:
    # The parsed parameters, sorted: "?&&", "?q=a&" and "?q=a" are one page, not three.
    query = sorted((name, value) for name, values in request.GET.lists() for value in values)
    address = f"{request.path}?{urlencode(query)}"
    address_key = _address_key(request.path)
    versions = cache.get_many([VERSION_KEY, address_key])
    if address_key not in versions:
        # Missing (never changed, or evicted): from the clock, as for the site's version.
        cache.add(address_key, time.time_ns(), None)
        versions[address_key] = cache.get(address_key, 0)
    version = versions.get(VERSION_KEY) or current_version()
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"pages:page:{version}:{versions[address_key]}:{digest}"


def cache_for_anonymous(*, expires: Callable[[datetime], int], parameters: set[str]):
    """Serve anonymous GET requests from the stored page; never for signed-in users.

    `expires(now)` says how many seconds a page stays right; only queries made of
    `parameters` are stored: anything else (a tracking tag, random junk) would fill the
    cache with copies nobody asks for again.
    """

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if (
                settings.CONSULTATION_PAGE_CACHE_SECONDS <= 0
                or request.method not in ("GET", "HEAD")
                or request.user.is_authenticated
                or len(messages.get_messages(request))
                or len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_LENGTH
                or not set(request.GET).issubset(parameters)
            ):
                return view(request, *args, **kwargs)
            key = _key(request)
            stored = cache.get(key)
            if stored is not None:
                content, content_type = stored
                return HttpResponse(content, content_type=content_type)
            response = view(request, *args, **kwargs)
            if (
                response.status_code == 200
                and not response.streaming
                and not response.cookies
                and (not request.META.get("QUERY_STRING") or _room_for_a_page_with_parameters())
            ):
                cache.set(
                    key, (response.content, response["Content-Type"]), expires(timezone.now())
                )
            return response

        return wrapped

    return decorator
