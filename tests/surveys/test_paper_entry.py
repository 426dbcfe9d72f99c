"""Entering paper questionnaires: who may, where from, until when, and the audit row."""

import re

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse
from freezegun import freeze_time

from districts.models import District
from surveys import services
from surveys.models import Answer, PaperFormEntry, Response
from tests.conftest import with_second_factor
from tests.surveys.conftest import DAY, NOW, every_kind_survey, question, readable, valid_answers

pytestmark = pytest.mark.django_db

BLESZNO = "dzielnica-bleszno"
RAKOW = "dzielnica-rakow"


@pytest.fixture
def survey():
    return every_kind_survey()


def entry_url(survey):
    return reverse("surveys:paper_entry", args=[survey.slug])


def enter(client, survey, number="17", place="urzad", moment=NOW, **answers):
    data = valid_answers(survey) | {"numer": number, "miejsce": place} | answers
    with freeze_time(moment):
        return client.post(entry_url(survey), data)


@pytest.fixture
def staff(client, department_staff):
    client.force_login(with_second_factor(department_staff))
    return client


@pytest.fixture
def member(client, council_member):
    client.force_login(council_member)
    return client


def test_staff_enter_a_form_and_come_back_to_an_empty_form_naming_its_number(staff, survey):
    response = enter(staff, survey, number="017")
    assert response.status_code == 302
    assert response.url == entry_url(survey) + "?miejsce=urzad"
    saved = Response.objects.get()
    assert (saved.channel, saved.place, saved.place_district) == ("papier", "urzad", None)
    assert saved.submitted_on == NOW.date()
    assert Answer.objects.filter(response=saved).count() == 13
    with freeze_time(NOW):
        page = staff.get(response.url)
    html = readable(page.content.decode())
    assert "Zapisano formularz nr 17. Można wprowadzić następny." in html
    assert '<option value="urzad" selected>' in html
    number_input = re.search(r'<input type="text" name="numer"[^>]*>', html).group()
    assert "value=" not in number_input and "autofocus" in number_input


def test_the_same_form_number_twice_is_refused_naming_the_number(staff, survey):
    enter(staff, survey, number="17")
    response = enter(staff, survey, number=" 17 ")
    html = readable(response.content.decode())
    assert response.status_code == 200
    assert "Formularz nr 17 został już wprowadzony." in html
    assert Response.objects.count() == 1
    assert PaperFormEntry.objects.count() == 1
    assert 'value="Przy stawie"' in html  # the typed answers stay


def test_the_service_refuses_a_repeated_number_and_saves_nothing(department_staff, survey):
    place = {"place": Response.Place.CITY_HALL, "answers": [], "now": NOW}
    services.paper_form_enter(survey=survey, user=department_staff, form_number="B-5", **place)
    with pytest.raises(services.FormNumberTaken, match="Formularz nr B-5 został już"):
        services.paper_form_enter(survey=survey, user=department_staff, form_number="b-5", **place)
    assert Response.objects.count() == 1


def test_the_audit_row_names_who_entered_which_number_and_has_no_key_to_the_response(
    staff, department_staff, survey
):
    enter(staff, survey, number="9")
    entry = PaperFormEntry.objects.get()
    assert (entry.form_number, entry.entered_by, entry.entered_at) == ("9", department_staff, NOW)
    columns = {field.name for field in PaperFormEntry._meta.get_fields()}
    assert columns == {"id", "survey", "form_number", "entered_by", "entered_at"}
    response_columns = {field.name for field in Response._meta.get_fields()}
    assert not {"entered_by", "paper_entry", "form_number", "user"} & response_columns


def test_a_council_member_enters_forms_collected_at_their_own_office(member, survey):
    response = enter(member, survey, place=BLESZNO)
    assert response.status_code == 302
    saved = Response.objects.get()
    assert (saved.place, saved.place_district.slug) == ("rada-dzielnicy", "bleszno")


def test_a_council_member_cannot_pick_another_district_nor_the_city_hall(member, survey):
    with freeze_time(NOW):
        html = member.get(entry_url(survey)).content.decode()
    assert f'value="{BLESZNO}"' in html
    assert f'value="{RAKOW}"' not in html
    assert 'value="urzad"' not in html
    for place in (RAKOW, "urzad"):
        response = enter(member, survey, place=place)
        assert response.status_code == 200
        assert "Tego miejsca nie można wybrać" in readable(response.content.decode())
    assert Response.objects.count() == 0
    assert PaperFormEntry.objects.count() == 0


def test_the_service_refuses_a_council_member_a_form_from_another_district(council_member, survey):
    with pytest.raises(PermissionDenied, match="w siedzibie Rady Dzielnicy Raków"):
        services.paper_form_enter(
            survey=survey,
            user=council_member,
            form_number="1",
            place=Response.Place.DISTRICT_OFFICE,
            place_district=District.objects.get(slug="rakow"),
            answers=[],
            now=NOW,
        )
    assert PaperFormEntry.objects.count() == 0


def test_staff_of_another_department_are_refused(client, other_department_staff, survey):
    client.force_login(with_second_factor(other_department_staff))
    with freeze_time(NOW):
        assert client.get(entry_url(survey)).status_code == 403
    assert enter(client, survey).status_code == 403
    assert Response.objects.count() == 0


def test_a_resident_is_refused_and_a_visitor_is_sent_to_log_in(client, resident, survey):
    with freeze_time(NOW):
        anonymous = client.get(entry_url(survey))
        assert anonymous.status_code == 302
        assert anonymous.url.startswith(reverse("account_login"))
        client.force_login(resident)
        assert client.get(entry_url(survey)).status_code == 403
        assert client.get(reverse("surveys:paper_entry_list")).status_code == 403


def test_staff_without_the_second_factor_are_sent_to_set_it_up(
    client, department_staff, survey, settings
):
    settings.STAFF_MFA_REQUIRED = True
    client.force_login(department_staff)
    with freeze_time(NOW):
        response = client.get(entry_url(survey))
    assert response.status_code == 302
    assert Response.objects.count() == 0


def test_entry_after_its_deadline_is_refused_with_the_date(staff, survey):
    survey.closes_at = NOW - 15 * DAY
    survey.opens_at = NOW - 30 * DAY
    survey.paper_entry_days = 14
    survey.save()
    response = enter(staff, survey)
    html = readable(response.content.decode())
    assert response.status_code == 403
    assert "Wprowadzanie ankiet papierowych zakończyło się 9 marca 2026 r., godz. 12:00" in html
    assert Response.objects.count() == 0
    assert PaperFormEntry.objects.count() == 0


def test_entry_on_the_last_day_of_the_deadline_is_taken(staff, survey):
    survey.closes_at = NOW - 13 * DAY
    survey.opens_at = NOW - 30 * DAY
    survey.save()
    assert enter(staff, survey).status_code == 302


def test_entry_before_the_survey_opens_is_refused(staff, survey):
    survey.opens_at = NOW + DAY
    survey.save()
    response = enter(staff, survey)
    assert response.status_code == 403
    assert "Ankieta rozpocznie się 11 marca 2026" in readable(response.content.decode())
    assert Response.objects.count() == 0


def test_a_blank_question_is_kept_blank_but_a_wrong_answer_is_refused(staff, survey):
    blank = {f"q{question(survey, 'krotki-tekst').pk}": ""}
    assert enter(staff, survey, number="1", **blank).status_code == 302
    too_many = {f"q{question(survey, 'liczba').pk}": "500"}
    response = enter(staff, survey, number="2", **too_many)
    html = readable(response.content.decode())
    assert "Prosimy podać liczbę od 0 do 120." in html
    assert Response.objects.count() == 1


@pytest.mark.parametrize(
    ("number", "message"),
    [
        ("", "Prosimy przepisać numer z ramki na formularzu."),
        ("<b>17</b>", "Numer formularza to cyfry lub litery"),
        ("1" * 21, "Numer formularza ma najwyżej 20 znaków (ma 21)."),
    ],
)
def test_a_wrong_form_number_is_refused_beside_the_field(staff, survey, number, message):
    response = enter(staff, survey, number=number)
    html = readable(response.content.decode())
    assert response.status_code == 200
    assert message in html
    assert 'aria-invalid="true"' in html
    assert "&lt;b&gt;" not in html or number == "<b>17</b>"
    assert Response.objects.count() == 0


def test_the_list_shows_the_surveys_to_enter_with_their_count(staff, survey):
    enter(staff, survey, number="3")
    with freeze_time(NOW):
        html = readable(staff.get(reverse("surveys:paper_entry_list")).content.decode())
    assert survey.title in html
    assert entry_url(survey) in html
