"""The demo surveys: every kind of question, hundreds of answers that the forms would accept."""

import pytest
from django.utils.datastructures import MultiValueDict
from freezegun import freeze_time

from consultations.demo import seed_consultations
from surveys.demo import CODES_SURVEY, seed_surveys, unused_demo_codes
from surveys.forms import SurveyForm, answerable_sections, question_numbers
from surveys.models import AccessCode, Question, Response, Survey
from tests.surveys.conftest import NOW, readable

pytestmark = pytest.mark.django_db
Kind = Question.Kind


@pytest.fixture(autouse=True)
def seeded(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    with freeze_time(NOW):
        seed_consultations()
        seed_surveys()


def test_the_demo_has_an_open_a_closed_a_planned_a_coded_and_the_2010_survey():
    phases = {survey.slug: survey.phase_at(NOW) for survey in Survey.objects.all()}
    assert phases == {
        "jak-ma-wygladac-iii-aleja": Survey.Phase.OPEN,
        "ocena-konsultacji-planu-dla-kiedrzyna": Survey.Phase.CLOSED,
        CODES_SURVEY: Survey.Phase.OPEN,
        "jak-powinny-przebiegac-konsultacje": Survey.Phase.OPEN,
        "boisko-w-blesznie-czego-potrzebuja-dzieci": Survey.Phase.PLANNED,
        "sonda-zielen-w-centrum": Survey.Phase.OPEN,
    }
    assert Survey.objects.get(slug=CODES_SURVEY).uses_codes
    poll = Survey.objects.get(slug="sonda-zielen-w-centrum")
    assert (poll.kind, poll.on_home_page, poll.responses.count()) == ("sonda", True, 140)
    aleja = Survey.objects.get(slug="jak-ma-wygladac-iii-aleja")
    assert aleja.consultation.slug == "przebudowa-alei-najswietszej-maryi-panny"
    assert (aleja.opens_at, aleja.closes_at) == (
        aleja.consultation.starts_at,
        aleja.consultation.ends_at,
    )


def test_the_open_survey_uses_every_kind_of_question_and_has_hundreds_of_answers():
    survey = Survey.objects.get(slug="jak-ma-wygladac-iii-aleja")
    kinds = set(Question.objects.filter(section__survey=survey).values_list("kind", flat=True))
    assert kinds == set(Kind)
    responses = survey.responses.all()
    assert responses.count() == 360
    channels = set(responses.values_list("channel", flat=True))
    assert channels == {"internet", "papier"}
    offices = set(
        responses.exclude(place_district=None).values_list("place_district__slug", flat=True)
    )
    assert len(offices) >= 4
    assert responses.filter(place="urzad").exists()
    district = Question.objects.get(section__survey=survey, kind=Kind.DISTRICT)
    assert district.answers.values("option").distinct().count() >= 10
    assert all(
        NOW.date() >= day >= survey.opens_at.date()
        for day in responses.values_list("submitted_on", flat=True)
    )


@pytest.mark.parametrize(
    "slug",
    [
        "jak-ma-wygladac-iii-aleja",
        "jak-powinny-przebiegac-konsultacje",
        "ocena-konsultacji-planu-dla-kiedrzyna",
    ],
)
def test_every_demo_response_is_one_the_form_would_accept(slug):
    survey = Survey.objects.prefetch_related("sections__questions__options").get(slug=slug)
    sections = answerable_sections(survey)
    for response in Response.objects.filter(survey=survey).prefetch_related("answers__option")[:60]:
        data = MultiValueDict()
        for answer in response.answers.all():
            name = f"q{answer.question_id}"
            if answer.rank:
                data[f"{name}_{answer.option_id}"] = str(answer.rank)
            elif answer.option_id:
                data.appendlist(name, str(answer.option_id))
                if answer.text:
                    data[f"{name}_inne"] = answer.text
            elif answer.number is not None:
                data[name] = str(answer.number)
            elif answer.date:
                data[name] = answer.date.isoformat()
            else:
                data[name] = answer.text
        form = SurveyForm(
            survey=survey, sections=sections, numbers=question_numbers(sections), data=data
        )
        assert form.is_valid(), (response.pk, form.errors)


def test_the_unused_demo_codes_let_a_developer_answer(client):
    survey = Survey.objects.get(slug=CODES_SURVEY)
    assert AccessCode.objects.filter(survey=survey, used=False).count() == len(unused_demo_codes())
    single = Question.objects.get(section__survey=survey, kind=Kind.SINGLE)
    yes_no = Question.objects.get(section__survey=survey, kind=Kind.YES_NO)
    data = {
        "krok": "0",
        "akcja": "wyslij",
        "kod": unused_demo_codes()[0],
        f"q{single.pk}": single.options.first().pk,
        f"q{yes_no.pk}": yes_no.options.first().pk,
    }
    with freeze_time(NOW):
        assert client.post(survey.get_absolute_url(), data).status_code == 302


def test_the_2010_questionnaire_explains_where_to_fill_it_on_paper(client):
    with freeze_time(NOW):
        html = readable(client.get("/ankiety/jak-powinny-przebiegac-konsultacje/").content.decode())
    assert (
        "w siedzibach rad dzielnic w godzinach dyżurów i w Informacji Ogólnej Urzędu Miasta" in html
    )
    assert "Część 1 z 3: Państwa doświadczenia" in html
