"""The page of one consultation: what, why, until when, how, where, who – in that order."""

from datetime import timedelta
from decimal import Decimal

import pytest
from freezegun import freeze_time

from consultations.models import ScheduleItem
from tests.consultations.conftest import DAY, NOW, make_consultation
from tests.htmlcheck import outline

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def frozen():
    with freeze_time(NOW):
        yield


def page(client, consultation):
    response = client.get(consultation.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode().replace("\xa0", " ")


def main_of(html):
    return html.split('<main id="tresc"', 1)[1].split("</main>", 1)[0]


def test_sections_come_in_the_order_a_resident_asks_their_questions(client):
    consultation = make_consultation()
    ScheduleItem.objects.create(consultation=consultation, title="Spotkanie", starts_at=NOW)
    html = page(client, consultation)
    headings = [
        "Czego dotyczą konsultacje",
        "Cel konsultacji",
        "Termin",
        "Jak wziąć udział",
        "Harmonogram",
        "Gdzie: zasięg terytorialny",
        "Kto odpowiada na pytania",
    ]
    positions = [html.index(f">{heading}</h2>") for heading in headings]
    assert positions == sorted(positions)
    assert outline(html).h1_count == 1


def test_the_department_symbol_is_expanded_on_first_use_only(client):
    consultation = make_consultation(
        description="<p>Wspólnie z MZD i MPUP. Ponownie: MZD.</p>", department="IZ"
    )
    html = main_of(page(client, consultation))
    assert html.count('<abbr title="Wydział Inwestycji i Zamówień Publicznych">IZ</abbr>') == 1
    assert html.count('<abbr title="Miejski Zarząd Dróg w Częstochowie">MZD</abbr>') == 1
    assert html.count('<abbr title="Miejska Pracownia Urbanistyczno-Planistyczna">MPUP</abbr>') == 1
    assert "Ponownie: MZD." in html
    first_iz = html.index(">IZ</abbr>")
    assert first_iz < html.index("Wydział Inwestycji i Zamówień Publicznych (IZ)")


@pytest.mark.parametrize(
    ("ends_in", "text"),
    [
        (timedelta(hours=3), "Ostatni dzień konsultacji"),
        (DAY, "Pozostał 1 dzień"),
        (2 * DAY, "Pozostały 2 dni"),
        (5 * DAY, "Pozostało 5 dni"),
        (12 * DAY, "Pozostało 12 dni"),
        (22 * DAY, "Pozostały 22 dni"),
    ],
)
def test_the_status_line_counts_the_days_left_in_polish(client, ends_in, text):
    consultation = make_consultation(starts_at=NOW - 20 * DAY, ends_at=NOW + ends_in)
    html = page(client, consultation)
    assert text in html
    assert "Konsultacje trwają do" in html


def test_a_planned_consultation_says_when_it_starts(client):
    consultation = make_consultation(starts_at=NOW + 5 * DAY, ends_at=NOW + 30 * DAY)
    html = page(client, consultation)
    assert "Konsultacje rozpoczną się 15 marca 2026 r., godz. 12:00." in html
    assert "Początek za 5 dni" in html


def test_a_closed_and_a_finished_consultation_say_so(client):
    closed = make_consultation(starts_at=NOW - 30 * DAY, ends_at=NOW - 2 * DAY)
    assert "Konsultacje zakończyły się 8 marca 2026 r." in page(client, closed)
    finished = make_consultation(
        starts_at=NOW - 30 * DAY,
        ends_at=NOW - 3 * DAY,
        results=True,
        results_summary="<p>Wpłynęło 12 uwag.</p>",
    )
    html = page(client, finished)
    assert "Wyniki opublikowano 8 marca 2026 r." in html
    assert "Wpłynęło 12 uwag." in html
    assert 'id="raport"' in html  # where the results report will plug in


def test_an_investment_shows_its_cost_location_and_dates(client):
    consultation = make_consultation(
        category="inwestycje",
        estimated_cost=Decimal("18500000.00"),
        location="III Aleja NMP",
        realisation_starts_on=NOW.date() + 100 * DAY,
        realisation_ends_on=NOW.date() + 400 * DAY,
    )
    html = page(client, consultation)
    assert "Planowana inwestycja miejska" in html
    assert "18 500 000,00 zł" in html
    assert "III Aleja NMP" in html
    assert "18 czerwca 2026 r. – 14 kwietnia 2027 r." in html


def test_other_categories_show_no_investment_block(client):
    assert "Planowana inwestycja miejska" not in page(client, make_consultation())


def test_the_schedule_marks_past_current_and_future_items(client):
    consultation = make_consultation()
    ScheduleItem.objects.create(
        consultation=consultation,
        title="Spacer studyjny",
        starts_at=NOW - 2 * DAY,
        ends_at=NOW - 2 * DAY + timedelta(hours=2),
        place="Plac Biegańskiego",
        accessibility="Trasa bez schodów",
    )
    ScheduleItem.objects.create(
        consultation=consultation,
        kind=ScheduleItem.Kind.STAGE,
        title="Zbieranie uwag",
        starts_at=NOW - DAY,
        ends_at=NOW + 20 * DAY,
    )
    ScheduleItem.objects.create(
        consultation=consultation,
        title="Spotkanie online",
        starts_at=NOW + 3 * DAY,
        online_url="https://spotkania.example.com/k",
    )
    html = page(client, consultation)
    timeline = html.split('<ol class="timeline">', 1)[1].split("</ol>", 1)[0]
    items = timeline.split("<li ")[1:]
    assert "timeline__item--past" in items[0] and "Zakończone" in items[0]
    assert "Trasa bez schodów" in items[0]
    assert "timeline__item--current" in items[1] and 'aria-current="step"' in items[1]
    assert "Teraz" in items[1] and "(etap)" in items[1]
    assert "timeline__item--future" in items[2] and "Przed nami" in items[2]
    assert 'href="https://spotkania.example.com/k"' in items[2]
    assert "piątek, 13 marca 2026 r., godz. 12:00" in items[2].lower()


def test_scope_lists_the_chosen_districts_with_links(client):
    consultation = make_consultation(whole_city=False, districts=["rakow", "bleszno"])
    html = page(client, consultation)
    assert "Konsultacje dotyczą dzielnic:" in html
    assert '<a href="/dzielnice/bleszno/">Błeszno</a>' in html
    assert '<a href="/dzielnice/rakow/">Raków</a>' in html
    assert "dotyczą całego miasta" in page(client, make_consultation(whole_city=True))


def test_how_to_take_part_lists_the_forms_and_the_places_for_remarks(client):
    consultation = make_consultation(methods=["ankieta", "spacer-studyjny"])
    html = page(client, consultation)
    assert "<li>ankieta</li>" in html and "<li>spacer studyjny</li>" in html
    assert "Kancelarii Urzędu, pok. 3" in html
    assert 'id="ankieta"' in html  # plug-in point of the surveys
    # The discussion (tests/participation) shows only where „komentarze online” is a form.
    assert 'id="dyskusja"' not in html


def test_who_answers_questions(client):
    html = page(client, make_consultation(bip_url="https://bip.czestochowa.pl/ogloszenie/1"))
    assert "Jan Nowak" in html
    assert 'href="mailto:jan.nowak@czestochowa.um.gov.pl"' in html
    assert '<a href="tel:+48343707100">34 370 71 00</a>' in html
    assert 'href="https://bip.czestochowa.pl/ogloszenie/1"' in html


def test_an_unknown_slug_is_a_polish_404(client):
    response = client.get("/konsultacje/nie-ma-takich/")
    assert response.status_code == 404
    assert "Nie znaleziono strony" in response.content.decode()
