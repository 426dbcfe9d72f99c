"""/ankiety/: open surveys first with the ways to answer them, then planned, then closed."""

import re

import pytest
from freezegun import freeze_time

from districts.models import District, DutyHour
from tests.consultations.conftest import make_consultation
from tests.surveys.conftest import DAY, NOW, every_kind_survey, make_survey, readable

pytestmark = pytest.mark.django_db


def page(client):
    with freeze_time(NOW):
        response = client.get("/ankiety/")
    assert response.status_code == 200
    html = response.content.decode().replace("\xa0", " ").replace("&nbsp;", " ")
    return re.sub(r"\s+", " ", html)


def test_open_surveys_come_first_then_planned_then_closed(client):
    every_kind_survey(title="Zamknięta", opens_at=NOW - 20 * DAY, closes_at=NOW - DAY)
    every_kind_survey(title="Trwająca", closes_at=NOW + 5 * DAY)
    every_kind_survey(title="Planowana", opens_at=NOW + DAY, closes_at=NOW + 9 * DAY)
    every_kind_survey(title="Szkic", published=False)
    make_survey("Sonda", kind="sonda")
    html = page(client)
    assert html.index("Trwająca") < html.index("Planowana") < html.index("Zamknięta")
    assert "Szkic" not in html and "Sonda" not in html
    assert "Obecnie nie prowadzimy żadnej ankiety." not in html


def test_an_open_survey_says_how_to_answer_it(client):
    every_kind_survey(title="Na papierze i w internecie")
    every_kind_survey(title="Z kodem", paper_copies=False, uses_codes=True)
    html = page(client)
    assert "przez internet; na papierze w siedzibach rad dzielnic i w Informacji Ogólnej" in html
    assert "przez internet, z kodem z otrzymanej kartki</dd>" in html
    assert "w Informacji Ogólnej na parterze budynku przy ul. Śląskiej 11/13" in html


def test_the_district_offices_are_listed_with_their_duty_hours(client):
    every_kind_survey()
    rakow = District.objects.get(slug="rakow")
    rakow.office_address = "ul. Łukasińskiego 40"
    rakow.save()
    DutyHour.objects.create(
        district=rakow, weekday=1, starts_at="16:00", ends_at="18:00", note="co drugi tydzień"
    )
    html = page(client)
    assert (
        "Rada Dzielnicy Raków</a>: ul. Łukasińskiego 40. Dyżury: poniedziałek, godz. 16:00–18:00 "
        "(co drugi tydzień)." in html
    )
    assert "Rada Dzielnicy Podjasnogórskiej</a>: adres siedziby nie został jeszcze podany." in html


def test_without_open_surveys_on_paper_there_is_no_list_of_offices(client):
    every_kind_survey(paper_copies=False)
    assert "Gdzie wypełnić ankietę papierową" not in page(client)


def test_with_no_survey_the_page_says_so(client):
    html = page(client)
    assert "Obecnie nie prowadzimy żadnej ankiety." in html
    assert "Nie ma jeszcze zakończonych ankiet." in html


def test_the_list_costs_the_same_number_of_queries_whatever_the_number_of_surveys(
    client, django_assert_num_queries
):
    for number in range(6):
        every_kind_survey(title=f"Ankieta {number}", consultation=make_consultation(f"K {number}"))
    with django_assert_num_queries(3), freeze_time(NOW):
        client.get("/ankiety/")


def test_the_consultation_page_links_its_published_surveys(client):
    consultation = make_consultation("Park na Lisińcu")
    every_kind_survey(title="Ankieta o parku", consultation=consultation)
    every_kind_survey(title="Szkic ankiety", consultation=consultation, published=False)
    html = readable(client.get(consultation.get_absolute_url()).content.decode())
    section = html.split('id="ankieta"', 1)[1].split("</div>", 1)[0]
    assert "Ankieta o parku" in section and "Szkic ankiety" not in section
    assert "od 9 marca 2026 r., godz. 12:00 do 30 marca 2026 r." in section


def test_a_new_survey_shows_at_once_on_the_stored_consultation_page(client):
    consultation = make_consultation("Park na Lisińcu")
    assert "Ankieta o parku" not in readable(
        client.get(consultation.get_absolute_url()).content.decode()
    )
    every_kind_survey(title="Ankieta o parku", consultation=consultation)
    assert "Ankieta o parku" in readable(
        client.get(consultation.get_absolute_url()).content.decode()
    )


def test_the_survey_page_links_back_to_its_consultation(client):
    consultation = make_consultation("Park na Lisińcu")
    survey = every_kind_survey(consultation=consultation)
    with freeze_time(NOW):
        html = client.get(survey.get_absolute_url()).content.decode()
    assert f'<a href="{consultation.get_absolute_url()}">Park na Lisińcu</a>' in html.replace(
        "\xa0", " "
    )
