"""Reads for the public pages and staff's lists: each a fixed number of queries, whatever the
data."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.core.cache import cache
from django.db.models import Case, IntegerField, Prefetch, Q, Value, When
from django.utils import timezone

from common import pagecache
from consultations.models import Consultation, Material, ScheduleItem
from consultations.permissions import consultations_managed_by
from consultations.publication import publication_gaps
from districts.models import District


def consultation_cards(now=None):
    """Published consultations with what a card shows: open, planned, past, then withdrawn."""
    now = now or timezone.now()
    phase = Case(
        When(withdrawn_at__isnull=False, then=Value(3)),
        When(starts_at__lte=now, ends_at__gt=now, then=Value(0)),
        When(starts_at__gt=now, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    return (
        Consultation.objects.published()
        .annotate(phase_rank=phase)
        .select_related("department", "category")
        .prefetch_related(Prefetch("districts", queryset=District.objects.order_by("name")))
        .only(
            "title",
            "slug",
            "summary",
            "whole_city",
            "starts_at",
            "ends_at",
            "published_at",
            "results_published_at",
            "withdrawn_at",
            "department__code",
            "department__name",
            "category__name",
            "category__slug",
            "category__is_investment",
        )
        .order_by("phase_rank", "-starts_at", "pk")
    )


def consultation_for_page(slug):
    """One consultation with its schedule, materials, districts and forms (5 queries)."""
    return (
        Consultation.objects.select_related("department", "category")
        .prefetch_related(
            Prefetch("districts", queryset=District.objects.order_by("name")),
            "methods",
            "schedule_items",
            "materials",
        )
        .filter(slug=slug)
        .first()
    )


def material_for_download(slug, pk):
    """A material with its consultation (one query), or None."""
    return (
        Material.objects.select_related("consultation")
        .filter(pk=pk, consultation__slug=slug)
        .first()
    )


def upcoming_meetings(now=None, limit=200):
    """Meetings of consultations in force from today on, and those still going on."""
    now = now or timezone.now()
    start_of_today = timezone.make_aware(
        datetime.combine(timezone.localdate(now), datetime.min.time())
    )
    return (
        ScheduleItem.objects.filter(
            Q(starts_at__gte=start_of_today) | Q(ends_at__gte=now),
            kind=ScheduleItem.Kind.MEETING,
            consultation__published_at__isnull=False,
            consultation__withdrawn_at__isnull=True,
        )
        .select_related("consultation", "consultation__department")
        .order_by("starts_at", "pk")[:limit]
    )


def calendar_items(now=None, days_back=180):
    """Stages and meetings for the city-wide iCal feed: recent and upcoming.

    Those of a withdrawn consultation stay in the feed, marked as cancelled, so that a
    subscribed calendar shows them cancelled instead of silently dropping them.
    """
    now = now or timezone.now()
    return (
        ScheduleItem.objects.filter(
            consultation__published_at__isnull=False,
            starts_at__gte=now - timedelta(days=days_back),
        )
        .select_related("consultation")
        .order_by("starts_at", "pk")
    )


def consultation_years():
    """The years in which published consultations started, newest first.

    Kept in the cache under the pages' version: any change of a consultation renews it.
    """
    key = f"consultations:years:{pagecache.current_version()}"
    years = cache.get(key)
    if years is None:
        published = Consultation.objects.published()
        years = [moment.year for moment in published.datetimes("starts_at", "year", order="DESC")]
        cache.set(key, years, 24 * 3600)
    return years


CLOSING_SOON = timedelta(days=7)


@dataclass
class Work:
    """What a clerk is to act on, each list oldest matter first."""

    drafts: list
    closing_soon: list
    awaiting_results: list

    def __bool__(self):
        return bool(self.drafts or self.closing_soon or self.awaiting_results)


def work_of(user, now=None) -> Work:
    """The user's department's drafts (each with its publication gaps), the consultations
    closing within 7 days and the closed ones still without results (5 queries)."""
    now = now or timezone.now()
    mine = consultations_managed_by(user).select_related("department", "category")
    drafts = list(
        mine.drafts().prefetch_related("districts", "methods").order_by("starts_at", "pk")
    )
    for draft in drafts:
        draft.gaps = publication_gaps(
            draft,
            published_at=now,
            has_districts=bool(draft.districts.all()),
            has_methods=bool(draft.methods.all()),
        )
    return Work(
        drafts=drafts,
        closing_soon=list(
            mine.open(now).filter(ends_at__lte=now + CLOSING_SOON).order_by("ends_at", "pk")
        ),
        awaiting_results=list(mine.closed(now).order_by("ends_at", "pk")),
    )
