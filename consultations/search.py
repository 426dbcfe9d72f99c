"""Text search over consultations.

On PostgreSQL: full-text search over a stored, indexed vector built with a text-search
configuration that drops diacritics (`portal_unaccent` with the unaccent extension,
migrations 0006 and 0008), ranked, each
word matched as a prefix because PostgreSQL has no Polish stemmer („rower” finds
„rowerowa”, „drog” finds „drogi”). On SQLite: the same word-prefix matching over
`Consultation.search_text`, a folded copy of the text kept by `Consultation.save`.
"""

import html
import ipaddress
import re
import time
import unicodedata

from allauth.account.adapter import get_adapter
from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVectorField
from django.core.cache import cache
from django.db import connection
from django.db.models.expressions import RawSQL

SEARCH_CONFIG = "portal_unaccent"
MAX_TERMS = 8

_TAG = re.compile(r"<[^>]*>")
_NOT_WORD = re.compile(r"[\W_]+")
# Letters that Unicode does not decompose into a base letter and a combining mark.
_PLAIN = str.maketrans({"ł": "l", "Ł": "l", "đ": "d", "ø": "o", "ß": "ss"})


def fold_text(text: str) -> str:
    """Lower-case words without diacritics, each preceded by a space: ' laka zielona'."""
    text = html.unescape(_TAG.sub(" ", text or "")).translate(_PLAIN).lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(char for char in text if not unicodedata.combining(char))
    words = _NOT_WORD.sub(" ", text).split()
    return "".join(f" {word}" for word in words)


def search_terms(query: str) -> list[str]:
    return fold_text(query).split()[:MAX_TERMS]


def search_consultations(queryset, query: str):
    """Consultations whose title, summary or description hold every word of the query."""
    terms = search_terms(query)
    if not terms:
        return queryset
    if connection.vendor == "postgresql":
        # The stored, indexed column added by migration 0008 (title A, summary B,
        # description C); terms hold only letters and digits, so the raw tsquery is safe.
        vector = RawSQL(  # noqa: S611 - a fixed column name, no user input
            f'"{queryset.model._meta.db_table}"."search_vector"',
            [],
            output_field=SearchVectorField(),
        )
        tsquery = SearchQuery(
            " & ".join(f"{term}:*" for term in terms), config=SEARCH_CONFIG, search_type="raw"
        )
        # The match (@@) decides; the rank only orders (ts_rank is above zero for
        # documents that hold some of the words, not all).
        return (
            queryset.alias(search_document=vector)
            .filter(search_document=tsquery)
            .annotate(search_rank=SearchRank(vector, tsquery))
            .order_by("-search_rank", "-starts_at", "pk")
        )
    for term in terms:
        queryset = queryset.filter(search_text__contains=f" {term}")
    return queryset


def _visitor_address(request) -> str:
    """The address allauth's log-in limits see; IPv6 by its /64, which one household gets."""
    ip = get_adapter().get_client_ip(request)
    try:
        address = ipaddress.ip_address(ip)
    except ValueError:
        return ip
    if address.version == 6:
        return str(ipaddress.IPv6Network(f"{address}/64", strict=False).network_address)
    return str(address)


def search_allowed(request) -> bool:
    """Whether one more search from this address fits in SEARCHES_PER_MINUTE.

    A search that is not a stored page is a full-text query: the most expensive page of
    the portal, and the one a script can vary without end.
    """
    minute = int(time.time() // 60)
    key = f"consultations:searches:{_visitor_address(request)}:{minute}"
    cache.add(key, 0, 120)
    try:
        return cache.incr(key) <= settings.SEARCHES_PER_MINUTE
    except ValueError:  # the counter was evicted in between: let this one through
        return True
