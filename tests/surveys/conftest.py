"""Surveys with every kind of question, at fixed moments, and the people who build them."""

import re
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from consultations.models import Department
from surveys.models import Option, Question, Section, Survey
from surveys.services import question_fixed_options_sync
from tests.conftest import with_second_factor

WARSAW = ZoneInfo("Europe/Warsaw")
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=WARSAW)
DAY = timedelta(days=1)
Kind = Question.Kind


def make_survey(
    title="Ankieta o parku",
    *,
    slug=None,
    department="IZ",
    opens_at=NOW - DAY,
    closes_at=NOW + 20 * DAY,
    published=True,
    **fields,
) -> Survey:
    return Survey.objects.create(
        title=title,
        slug=slug or f"ankieta-{Survey.objects.count() + 1}",
        department=Department.objects.get(code=department),
        opens_at=opens_at,
        closes_at=closes_at,
        status=Survey.Status.PUBLISHED if published else Survey.Status.DRAFT,
        **fields,
    )


def add_section(survey, title="", position=None) -> Section:
    position = survey.sections.count() + 1 if position is None else position
    return Section.objects.create(survey=survey, title=title, position=position)


def add_question(section, kind, text=None, *, options=(), other=None, **fields) -> Question:
    question = Question.objects.create(
        section=section,
        kind=kind,
        text=text or f"Pytanie: {kind}",
        position=section.questions.count() + 1,
        **fields,
    )
    for position, label in enumerate(options, start=1):
        Option.objects.create(question=question, label=label, position=position)
    if other:
        Option.objects.create(question=question, label=other, position=99, is_other=True)
    question_fixed_options_sync(question=question)
    return question


def every_kind_survey(**survey_fields) -> Survey:
    """One section with one question of each kind; every question required."""
    survey = make_survey(**survey_fields)
    section = add_section(survey)
    add_question(
        section,
        Kind.SINGLE,
        "Jak często bywają Państwo w parku?",
        options=["Codziennie", "Co tydzień", "Rzadziej"],
        other="Inne (jakie?)",
    )
    add_question(
        section,
        Kind.MULTIPLE,
        "Czego brakuje w parku?",
        options=["Ławek", "Zieleni", "Oświetlenia", "Toalet"],
        other="Inne (jakie?)",
        min_choices=1,
        max_choices=2,
    )
    add_question(section, Kind.SHORT_TEXT, "Ulubione miejsce w parku")
    add_question(section, Kind.LONG_TEXT, "Co warto zmienić?")
    add_question(
        section,
        Kind.SCALE,
        "Jak oceniają Państwo park?",
        min_value=1,
        max_value=5,
        min_label="bardzo źle",
        max_label="bardzo dobrze",
    )
    add_question(section, Kind.YES_NO, "Czy park powinien być oświetlony nocą?")
    add_question(
        section, Kind.NUMBER, "Ile minut idą Państwo do parku?", min_value=0, max_value=120
    )
    add_question(
        section, Kind.RANKING, "Ustaw w kolejności", options=["Ścieżki", "Plac zabaw", "Fontanna"]
    )
    add_question(section, Kind.DATE, "Kiedy ostatnio byli Państwo w parku?")
    add_question(section, Kind.DISTRICT, "Dzielnica zamieszkania")
    return survey


def question(survey, kind) -> Question:
    return Question.objects.get(section__survey=survey, kind=kind)


def option(survey, kind, label) -> Option:
    return Option.objects.get(question__section__survey=survey, question__kind=kind, label=label)


def valid_answers(survey) -> dict:
    """POST data that answers every question of every_kind_survey correctly."""
    q = {kind: question(survey, kind) for kind in Kind}
    ranking = q[Kind.RANKING]
    data = {
        f"q{q[Kind.SINGLE].pk}": option(survey, Kind.SINGLE, "Co tydzień").pk,
        f"q{q[Kind.MULTIPLE].pk}": [
            option(survey, Kind.MULTIPLE, "Ławek").pk,
            option(survey, Kind.MULTIPLE, "Toalet").pk,
        ],
        f"q{q[Kind.SHORT_TEXT].pk}": "Przy stawie",
        f"q{q[Kind.LONG_TEXT].pk}": "Więcej ławek w cieniu.",
        f"q{q[Kind.SCALE].pk}": "4",
        f"q{q[Kind.YES_NO].pk}": option(survey, Kind.YES_NO, "Tak").pk,
        f"q{q[Kind.NUMBER].pk}": "15",
        f"q{q[Kind.DATE].pk}": "2026-03-01",
        f"q{q[Kind.DISTRICT].pk}": option(survey, Kind.DISTRICT, "Raków").pk,
    }
    for place, label in enumerate(["Plac zabaw", "Ścieżki", "Fontanna"], start=1):
        data[f"q{ranking.pk}_{option(survey, Kind.RANKING, label).pk}"] = str(place)
    return data


@pytest.fixture
def staff_client(client, department_staff):
    """A clerk of IZ in the admin, with the second factor passed."""
    client.force_login(with_second_factor(department_staff))
    return client


@pytest.fixture
def other_department_staff(django_user_model):
    """Works for MZD, not for IZ."""
    from consultations.services import department_member_add
    from tests.conftest import make_user

    user = make_user(django_user_model, "pracownik.mzd@example.com")
    department_member_add(user=user, department=Department.objects.get(code="MZD"))
    return user


def readable(html: str) -> str:
    """The page with non-breaking spaces and runs of white space as single spaces."""
    return re.sub(r"\s+", " ", html.replace("&nbsp;", " ").replace("\xa0", " "))
