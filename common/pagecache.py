"""Pages stored once and served to everyone, and kept correct.

A page is rendered once as an anonymous visitor sees it, with a marked slot wherever a
person sees something of their own (the header's account links, messages, their forms and
buttons): the shell. Every visitor gets the shell with the slots filled for them, which
costs a few small templates and the queries that say who they are, not the page. For an
anonymous visitor the filled page is stored as well, and served with no work at all.

Every stored page's key carries a version number. Any save or delete of what the pages
show bumps the version (`pages_changed`), at once and again when the transaction commits
(the admin saves districts and inlines after the main row, so a visitor who came in
between gets a page that the commit then throws away); frequent writes that one page shows
bump the version of that address only (`addresses_changed`). What changes with the clock
is handled by the expiry each app gives its pages.

With Redis every worker and every machine shares the version; the local-memory cache of
the embedded default is per process, which is right for a single `runserver` only.
"""

import copy
import hashlib
import logging
import re
import time
from collections.abc import Callable
from datetime import datetime
from functools import wraps

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db import transaction
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.safestring import SafeString, mark_safe

logger = logging.getLogger(__name__)

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


def _keys(request) -> tuple[str, str]:
    """The keys of the stored page for anonymous visitors and of the shell for everyone."""
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
    stamp = f"{version}:{versions[address_key]}:{digest}"
    return f"pages:page:{stamp}", f"pages:shell:{stamp}"


# --- Personal slots ---------------------------------------------------------------------------

# Visitors' text never makes this marker: it is escaped (`<` becomes `&lt;`) and rich text
# loses its comments to the sanitiser.
_SLOT = re.compile(r"<!--osobiste:([a-z-]+):([0-9a-z-]*)-->")
_FILLERS: dict[str, Callable] = {}


def personal_slot(name: str, argument="") -> SafeString:
    return mark_safe(f"<!--osobiste:{name}:{argument}-->")


def fills_slot(name: str):
    """Register `filler(request, argument, facts, memo) -> str` for the slot `name`.

    `facts` is what the page's templates left for their slots while rendering the shell
    (`slot_facts`); `memo` is a dict shared by the slots of one request, for what is worked
    out once per visitor (who they are, what they reported).
    """

    def register(filler):
        _FILLERS[name] = filler
        return filler

    return register


def rendering_for_everyone(request) -> bool:
    """True while the shell is rendered: templates write slots instead of personal parts."""
    return getattr(request, "for_everyone", False)


def slot_facts(request) -> dict:
    """Where a template rendering the shell leaves what its slots' fillers need."""
    return request.slot_facts


def fill_slots(request, content: str, facts: dict) -> str:
    memo = {}

    def fill(match):
        filler = _FILLERS.get(match[1])
        if filler is None:  # a page stored by another version of the portal
            logger.error("%s: no filler for the slot %s", request.path, match[1])
            return ""
        return filler(request, match[2], facts, memo)

    return _SLOT.sub(fill, content)


def _render_for_everyone(view, request, args, kwargs):
    """The view's page as an anonymous visitor gets it, with slots, and the facts its slots
    need; None when it cannot serve everyone."""
    shared = copy.copy(request)
    shared.user = AnonymousUser()
    shared.META = dict(request.META)  # a CSRF token asked for here must not reach the visitor
    shared._messages = []
    shared.for_everyone = True
    shared.slot_facts = {}
    response = view(shared, *args, **kwargs)
    if _asked_for_csrf_token(shared) and not _asked_for_csrf_token(request):
        # A form with a token outside a slot: the page is right for nobody but this visitor.
        logger.error("%s: the page for everyone holds a CSRF token; not stored", request.path)
        return None
    return response, shared.slot_facts


def _asked_for_csrf_token(request) -> bool:
    return bool(request.META.get("CSRF_COOKIE_NEEDS_UPDATE"))


def cache_for_everyone(*, expires: Callable[[datetime], int], parameters: set[str]):
    """Serve GET requests from a shell rendered once, its personal slots filled per visitor.

    `expires(now)` says how many seconds a page stays right; only queries made of
    `parameters` are stored: anything else (a tracking tag, random junk) would fill the
    cache with copies nobody asks for again. A page that is not there for anonymous
    visitors (a draft's preview for its department) is rendered for the visitor alone.
    """

    def decorator(view):
        @wraps(view)
        def wrapped(request, *args, **kwargs):
            if (
                settings.CONSULTATION_PAGE_CACHE_SECONDS <= 0
                or request.method not in ("GET", "HEAD")
                or len(request.META.get("QUERY_STRING", "")) > MAX_QUERY_LENGTH
                or not set(request.GET).issubset(parameters)
            ):
                return view(request, *args, **kwargs)
            page_key, shell_key = _keys(request)
            lifetimes = []

            def lifetime() -> int:  # worked out once a request, when something is stored
                if not lifetimes:
                    lifetimes.append(expires(timezone.now()))
                return lifetimes[0]

            anonymous = not request.user.is_authenticated
            plain = anonymous and not len(messages.get_messages(request))
            if plain and (stored := cache.get(page_key)) is not None:
                content, content_type = stored
                return HttpResponse(content, content_type=content_type)
            shell = cache.get(shell_key)
            storable = True
            if shell is None:
                try:
                    rendered = _render_for_everyone(view, request, args, kwargs)
                except Http404:
                    if anonymous:
                        raise
                    return view(request, *args, **kwargs)  # a draft's preview, say
                if rendered is None:
                    return view(request, *args, **kwargs)
                response, facts = rendered
                if response.streaming or response.cookies:
                    return view(request, *args, **kwargs)
                storable = response.status_code == 200 and (
                    not request.META.get("QUERY_STRING") or _room_for_a_page_with_parameters()
                )
                shell = (response.content.decode(), response["Content-Type"], facts)
                if storable:
                    cache.set(shell_key, shell, lifetime())
                elif response.status_code != 200:  # a 429, say: for this visitor only
                    response.content = fill_slots(request, shell[0], facts)
                    return response
            content, content_type, facts = shell
            try:
                filled = fill_slots(request, content, facts)
            except Exception:
                # Kept by another version of the portal, say, with other facts: never a 500
                # for that; the page is rendered anew and stored again.
                logger.exception("%s: the stored page could not be filled", request.path)
                cache.delete(shell_key)
                return view(request, *args, **kwargs)
            response = HttpResponse(filled, content_type=content_type)
            if plain and storable and not _asked_for_csrf_token(request):
                cache.set(page_key, (response.content, content_type), lifetime())
            return response

        return wrapped

    return decorator
