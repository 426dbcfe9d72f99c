"""Before it opens, after it closes and as a draft a survey takes nothing, whatever is sent."""

import pytest
from freezegun import freeze_time

from surveys.models import Answer, Response
from tests.conftest import with_second_factor
from tests.surveys.conftest import DAY, NOW, every_kind_survey, valid_answers

pytestmark = pytest.mark.django_db


def post(client, survey, moment=NOW):
    with freeze_time(moment):
        return client.post(
            survey.get_absolute_url(), valid_answers(survey) | {"krok": "0", "akcja": "wyslij"}
        )


def get(client, survey, moment=NOW):
    with freeze_time(moment):
        return client.get(survey.get_absolute_url())


def assert_nothing_saved():
    assert Response.objects.count() == 0
    assert Answer.objects.count() == 0


def test_a_survey_not_yet_open_says_when_it_opens_and_shows_no_form(client):
    survey = every_kind_survey(opens_at=NOW + DAY, closes_at=NOW + 10 * DAY)
    response = get(client, survey)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Ankieta rozpocznie się 11 marca 2026" in html
    assert "<form" not in html.split("<main")[1].split("</main>")[0]


def test_a_closed_survey_says_it_ended_and_shows_no_form(client):
    survey = every_kind_survey(opens_at=NOW - 10 * DAY, closes_at=NOW - DAY)
    html = get(client, survey).content.decode()
    assert "Ankieta zakończyła się 9 marca 2026" in html
    assert "Odpowiedzi nie są już przyjmowane." in html
    assert 'name="akcja"' not in html


@pytest.mark.parametrize(
    ("opens", "closes"),
    [(NOW + DAY, NOW + 10 * DAY), (NOW - 10 * DAY, NOW - DAY), (NOW - DAY, NOW)],
    ids=["planned", "closed", "closing-this-second"],
)
def test_a_forged_post_outside_the_dates_saves_nothing(client, opens, closes):
    survey = every_kind_survey(opens_at=opens, closes_at=closes)
    response = post(client, survey)
    assert response.status_code == 403
    assert "Ankieta" in response.content.decode()
    assert_nothing_saved()


def test_a_forged_post_to_a_draft_finds_nothing_and_saves_nothing(client, resident):
    survey = every_kind_survey(published=False)
    assert get(client, survey).status_code == 404
    assert post(client, survey).status_code == 404
    client.force_login(resident)
    assert post(client, survey).status_code == 404
    assert_nothing_saved()


def test_staff_preview_a_draft_and_its_answers_are_not_saved(client, department_staff):
    survey = every_kind_survey(published=False)
    client.force_login(with_second_factor(department_staff))
    html = get(client, survey).content.decode()
    assert "Podgląd szkicu." in html
    response = post(client, survey)
    assert response.status_code == 200
    assert (
        "Odpowiedzi z podglądu są poprawne, ale nie zostały zapisane." in response.content.decode()
    )
    assert_nothing_saved()


def test_staff_of_another_department_do_not_see_a_draft(client, other_department_staff):
    survey = every_kind_survey(published=False)
    client.force_login(with_second_factor(other_department_staff))
    assert get(client, survey).status_code == 404


def test_a_survey_that_closes_while_the_answers_are_on_their_way_saves_nothing(client):
    """The page was open at NOW; the answers arrive one second after the end."""
    survey = every_kind_survey(closes_at=NOW + DAY)
    response = post(client, survey, NOW + DAY)
    assert response.status_code == 403
    assert_nothing_saved()


def test_the_service_itself_refuses_a_survey_that_is_not_open():
    from surveys.services import SurveyNotOpen, response_submit

    survey = every_kind_survey(opens_at=NOW - 10 * DAY, closes_at=NOW - DAY)
    with pytest.raises(SurveyNotOpen):
        response_submit(survey=survey, answers=[], now=NOW)
    draft = every_kind_survey(published=False)
    with pytest.raises(SurveyNotOpen):
        response_submit(survey=draft, answers=[], now=NOW)
    assert_nothing_saved()
