"""Reads for the survey pages: each a fixed number of queries, whatever the data."""

import hashlib
import time

from django.core.cache import cache
from django.db.models import Case, Count, IntegerField, Prefetch, Value, When
from django.utils import timezone

from common import pagecache
from districts.models import District
from surveys.models import QUESTIONNAIRES_VERSION_KEY, Option, Question, Section, Survey
from surveys.permissions import can_enter_paper_forms, surveys_managed_by

# A stored questionnaire is used while neither the surveys' version nor the pages' version
# (a consultation's title or status, shown with the survey) has moved; at most this long.
QUESTIONNAIRE_SECONDS = 300
# Questionnaires a process keeps for itself; read only under the versions they came with.
HELD_QUESTIONNAIRES = 50
_held_questionnaires: dict[str, tuple] = {}


def survey_for_answering(slug):
    """One survey with its sections, questions and options in order, or None.

    Stored in the cache (one round trip to read) and loaded with 4 queries when missing or
    stale: every submission needs the whole questionnaire to check the answers, and
    loading it was half the cost of a submission (README, Performance).
    """
    key = f"surveys:questionnaire:{hashlib.sha256(slug.encode()).hexdigest()}"
    versions = cache.get_many([QUESTIONNAIRES_VERSION_KEY, pagecache.VERSION_KEY])
    versions = (versions.get(QUESTIONNAIRES_VERSION_KEY), versions.get(pagecache.VERSION_KEY))
    if None in versions:
        cache.add(QUESTIONNAIRES_VERSION_KEY, time.time_ns(), None)
        pagecache.current_version()
        return questionnaire(slug)
    # This process's own copy first (unpickling a hundred rows costs more than the trip).
    held = _held_questionnaires.get(key)
    if held is not None and held[0] == versions and held[1] > time.monotonic():
        return held[2]
    stored = cache.get(key)
    if stored is not None and stored[0] == versions:
        survey = stored[1]
    else:
        survey = questionnaire(slug)
        if survey is not None:
            cache.set(key, (versions, survey), QUESTIONNAIRE_SECONDS)
    if survey is not None:
        if len(_held_questionnaires) >= HELD_QUESTIONNAIRES:
            _held_questionnaires.clear()
        _held_questionnaires[key] = (versions, time.monotonic() + QUESTIONNAIRE_SECONDS, survey)
    return survey


def questionnaire(slug):
    """One survey with its sections, questions and options in order (4 queries), or None."""
    return (
        Survey.objects.select_related("department", "consultation")
        .prefetch_related(
            Prefetch(
                "sections",
                queryset=Section.objects.order_by("position", "pk").prefetch_related(
                    Prefetch(
                        "questions",
                        queryset=Question.objects.order_by("position", "pk").prefetch_related(
                            Prefetch("options", queryset=Option.objects.order_by("position", "pk"))
                        ),
                    )
                ),
            )
        )
        .filter(slug=slug)
        .first()
    )


def survey_cards(now=None):
    """Published surveys (not polls) for /ankiety/: open, then planned, then closed."""
    now = now or timezone.now()
    phase = Case(
        When(opens_at__lte=now, closes_at__gt=now, then=Value(0)),
        When(opens_at__gt=now, then=Value(1)),
        default=Value(2),
        output_field=IntegerField(),
    )
    return (
        Survey.objects.published()
        .surveys()
        .annotate(phase_rank=phase)
        .select_related("department", "consultation")
        .order_by("phase_rank", "closes_at", "pk")
    )


def surveys_of_consultation(consultation):
    """The published surveys of a consultation, for a link on its page (one query)."""
    return list(
        Survey.objects.published()
        .of_consultation(consultation)
        .only("title", "slug", "opens_at", "closes_at", "kind")
        .order_by("opens_at", "pk")
    )


def district_offices():
    """Districts with the address and duty hours of their council's office (2 queries)."""
    return list(District.objects.prefetch_related("duty_hours").order_by("number"))


def surveys_for_paper_entry(user, now=None):
    """Published paper surveys whose forms the user may enter now, with the count entered.

    Council members enter forms of every survey (at their own office); staff those of
    their department. Two queries plus one per survey for the permission, a handful at most.
    """
    now = now or timezone.now()
    candidates = Survey.objects.published().filter(paper_copies=True, opens_at__lte=now)
    if not user.council_memberships.exists():
        candidates = candidates.filter(pk__in=surveys_managed_by(user).values("pk"))
    candidates = (
        candidates.select_related("department")
        .annotate(entered=Count("paper_entries"))
        .order_by("closes_at", "pk")
    )
    return [
        survey
        for survey in candidates
        if now < survey.paper_entry_ends_at() and can_enter_paper_forms(user, survey)
    ]


def _with_questions(queryset):
    return queryset.select_related("department", "consultation").prefetch_related(
        Prefetch(
            "sections",
            queryset=Section.objects.order_by("position", "pk").prefetch_related(
                Prefetch(
                    "questions",
                    queryset=Question.objects.order_by("position", "pk").prefetch_related(
                        Prefetch("options", queryset=Option.objects.order_by("position", "pk"))
                    ),
                )
            ),
        )
    )


def poll_for_home(now, *, closed_since):
    """The home page's poll: the newest open one, else the one closed last since then."""
    polls = Survey.objects.published().polls().filter(on_home_page=True, opens_at__lte=now)
    polls = polls.filter(closes_at__gt=closed_since)
    ranked = polls.annotate(
        is_closed=Case(When(closes_at__lte=now, then=Value(1)), default=Value(0))
    ).order_by("is_closed", "-opens_at", "pk")
    return _with_questions(ranked).first()


def polls_of_consultation(consultation):
    """The published polls of a consultation that have begun, newest first."""
    polls = (
        Survey.objects.published()
        .polls()
        .of_consultation(consultation)
        .filter(opens_at__lte=timezone.now())
    )
    return list(_with_questions(polls.order_by("-opens_at", "pk")))


def poll_counts(survey) -> tuple[list[tuple[str, int]], int]:
    """(label, votes) of each option of the poll's question, and the responses (2 queries)."""
    options = (
        Option.objects.filter(question__section__survey=survey)
        .annotate(votes=Count("answers"))
        .order_by("question__section__position", "question__position", "position", "pk")
    )
    counts = [(option.label, option.votes) for option in options]
    return counts, survey.responses.count()
