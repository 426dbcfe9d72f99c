"""The database itself refuses rows that would break a survey or its answers."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from districts.models import District
from surveys.models import Answer, Option, PaperFormEntry, Question, Response
from tests.surveys.conftest import DAY, NOW, add_question, add_section, make_survey

pytestmark = pytest.mark.django_db
Kind = Question.Kind
TODAY = datetime.date(2026, 3, 10)


def refused(make):
    with pytest.raises(IntegrityError), transaction.atomic():
        make()


@pytest.fixture
def survey():
    return make_survey()


@pytest.fixture
def single(survey):
    return add_question(add_section(survey), Kind.SINGLE, options=["A", "B"], other="Inne (jakie?)")


def test_a_survey_ends_after_it_begins():
    refused(lambda: make_survey(opens_at=NOW, closes_at=NOW - DAY))


def test_a_response_names_the_place_of_a_paper_form_and_only_of_one(survey):
    rakow = District.objects.get(slug="rakow")
    refused(
        lambda: Response.objects.create(
            survey=survey, channel="internet", submitted_on=TODAY, place="urzad"
        )
    )
    refused(lambda: Response.objects.create(survey=survey, channel="papier", submitted_on=TODAY))
    refused(
        lambda: Response.objects.create(
            survey=survey, channel="papier", submitted_on=TODAY, place="rada-dzielnicy"
        )
    )
    refused(
        lambda: Response.objects.create(
            survey=survey, channel="papier", submitted_on=TODAY, place="urzad", place_district=rakow
        )
    )
    Response.objects.create(
        survey=survey,
        channel="papier",
        submitted_on=TODAY,
        place="rada-dzielnicy",
        place_district=rakow,
    )
    Response.objects.create(survey=survey, channel="papier", submitted_on=TODAY, place="urzad")


def test_an_answer_holds_a_value_one_row_per_option_and_one_option_per_rank(survey, single):
    response = Response.objects.create(survey=survey, channel="internet", submitted_on=TODAY)
    a, b, _ = single.options.all()
    refused(lambda: Answer.objects.create(response=response, question=single))
    refused(lambda: Answer.objects.create(response=response, question=single, rank=1, text="x"))
    Answer.objects.create(response=response, question=single, option=a, rank=1)
    refused(lambda: Answer.objects.create(response=response, question=single, option=a))
    refused(lambda: Answer.objects.create(response=response, question=single, option=b, rank=1))
    refused(lambda: Answer.objects.create(response=response, question=single, option=b, rank=0))
    text = add_question(single.section, Kind.SHORT_TEXT)
    Answer.objects.create(response=response, question=text, text="jedna")
    refused(lambda: Answer.objects.create(response=response, question=text, text="druga"))


def test_a_question_has_one_other_option(single):
    refused(lambda: Option.objects.create(question=single, label="Jeszcze inne", is_other=True))


def test_limits_fit_the_kind_of_question(survey):
    section = add_section(survey)
    refused(lambda: Question.objects.create(section=section, kind=Kind.SCALE, text="Bez końców"))
    refused(
        lambda: Question.objects.create(
            section=section, kind=Kind.SCALE, text="Za długa", min_value=0, max_value=11
        )
    )
    refused(
        lambda: Question.objects.create(
            section=section, kind=Kind.NUMBER, text="Odwrotnie", min_value=5, max_value=1
        )
    )
    refused(
        lambda: Question.objects.create(
            section=section, kind=Kind.SINGLE, text="Limit", max_choices=2
        )
    )
    refused(
        lambda: Question.objects.create(
            section=section, kind=Kind.MULTIPLE, text="Limit", min_choices=3, max_choices=2
        )
    )
    refused(
        lambda: Question.objects.create(
            section=section, kind=Kind.NUMBER, text="Ogromna", max_value=2 * 10**9
        )
    )
    Question.objects.create(
        section=section, kind=Kind.SCALE, text="Od 0 do 10", min_value=0, max_value=10
    )


def test_a_paper_form_number_is_entered_once_per_survey(survey, superuser):
    PaperFormEntry.objects.create(survey=survey, form_number="17", entered_by=superuser)
    refused(
        lambda: PaperFormEntry.objects.create(survey=survey, form_number="17", entered_by=superuser)
    )
    refused(
        lambda: PaperFormEntry.objects.create(survey=survey, form_number="", entered_by=superuser)
    )
    PaperFormEntry.objects.create(
        survey=make_survey("Inna"), form_number="17", entered_by=superuser
    )


def test_an_answered_option_or_question_cannot_be_deleted(survey, single):
    from django.db.models import ProtectedError

    response = Response.objects.create(survey=survey, channel="internet", submitted_on=TODAY)
    chosen = single.options.first()
    Answer.objects.create(response=response, question=single, option=chosen)
    for row in [chosen, single, survey]:
        with pytest.raises(ProtectedError):
            row.delete()
