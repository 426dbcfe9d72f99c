"""The list /konsultacje/: filters and search return exactly what they should."""

import re
from datetime import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from freezegun import freeze_time

from consultations.models import Consultation, Department
from consultations.search import fold_text
from districts.models import District
from tests.consultations.conftest import DAY, NOW, WARSAW, make_consultation

pytestmark = pytest.mark.django_db

CARD_TITLE = re.compile(r'class="card__title"><a href="[^"]+">([^<]+)</a>')


def card_titles(html):
    """The titles of the cards, as typed (titles are typeset with non-breaking spaces)."""
    return [title.replace("\u00a0", " ") for title in CARD_TITLE.findall(html)]


@pytest.fixture(autouse=True)
def frozen():
    with freeze_time(NOW):
        yield


def titles(client, query=""):
    response = client.get(f"/konsultacje/{query}")
    assert response.status_code == 200
    return set(card_titles(response.content.decode()))


@pytest.fixture
def city():
    """Five consultations in different phases, places, departments, years; one draft."""
    make_consultation(
        "Ścieżka rowerowa na Alei Wolności",
        department="MZD",
        category="transport",
        whole_city=False,
        districts=["srodmiescie"],
        description="<p>Nowa droga dla rowerów i przejścia dla pieszych.</p>",
    )
    make_consultation(
        "Łąka kwietna w parku",
        department="OŚR",
        category="zielen-i-srodowisko",
        whole_city=False,
        districts=["lisiniec"],
        starts_at=NOW + 10 * DAY,
        ends_at=NOW + 40 * DAY,
        summary="Nasadzenia roślin miododajnych dla pszczół.",
    )
    make_consultation(
        "Remont szkoły w Błesznie",
        department="IZ",
        category="edukacja",
        whole_city=False,
        districts=["bleszno"],
        starts_at=datetime(2025, 9, 1, 9, 0, tzinfo=WARSAW),
        ends_at=datetime(2025, 10, 1, 9, 0, tzinfo=WARSAW),
    )
    make_consultation(
        "Program wspierania kultury",
        department="KiS",
        category="kultura-i-sport",
        starts_at=datetime(2025, 5, 1, 9, 0, tzinfo=WARSAW),
        ends_at=datetime(2025, 6, 1, 9, 0, tzinfo=WARSAW),
        results=True,
    )
    make_consultation(
        "Tajny szkic ścieżki rowerowej",
        department="MZD",
        published=False,
    )


ALL = {
    "Ścieżka rowerowa na Alei Wolności",
    "Łąka kwietna w parku",
    "Remont szkoły w Błesznie",
    "Program wspierania kultury",
}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ALL),
        ("?status=trwajace", {"Ścieżka rowerowa na Alei Wolności"}),
        ("?status=planowane", {"Łąka kwietna w parku"}),
        ("?status=zakonczone", {"Remont szkoły w Błesznie"}),
        ("?status=wyniki", {"Program wspierania kultury"}),
        ("?dzielnica=bleszno", {"Remont szkoły w Błesznie", "Program wspierania kultury"}),
        ("?dzielnica=srodmiescie&status=trwajace", {"Ścieżka rowerowa na Alei Wolności"}),
        ("?dzielnica=rakow", {"Program wspierania kultury"}),
        ("?jednostka=IZ", {"Remont szkoły w Błesznie"}),
        ("?jednostka=O%C5%9AR", {"Łąka kwietna w parku"}),
        ("?kategoria=zielen-i-srodowisko", {"Łąka kwietna w parku"}),
        ("?rok=2025", {"Remont szkoły w Błesznie", "Program wspierania kultury"}),
        ("?rok=2026&dzielnica=lisiniec", {"Łąka kwietna w parku"}),
        ("?jednostka=MZD&status=planowane", set()),
    ],
)
def test_filters_return_exactly_the_matching_consultations(client, city, query, expected):
    assert titles(client, query) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("rowerowa", {"Ścieżka rowerowa na Alei Wolności"}),
        ("rower", {"Ścieżka rowerowa na Alei Wolności"}),  # a word's beginning is enough
        ("ŚCIEŻKA", {"Ścieżka rowerowa na Alei Wolności"}),
        ("sciezka", {"Ścieżka rowerowa na Alei Wolności"}),  # accents ignored
        ("laka", {"Łąka kwietna w parku"}),
        ("łąka kwietna", {"Łąka kwietna w parku"}),
        ("pszczół", {"Łąka kwietna w parku"}),  # in the summary
        ("pieszych", {"Ścieżka rowerowa na Alei Wolności"}),  # in the description
        ("szkoly blesznie", {"Remont szkoły w Błesznie"}),
        ("remont kultury", set()),  # every word must match
        ("tajny", set()),  # drafts are never found
        ("   ", ALL),
        ("!!! & | :* ()", ALL),  # no words: no search, and no error
    ],
)
def test_search_ignores_case_and_polish_accents(client, city, text, expected):
    from urllib.parse import quote

    assert titles(client, f"?q={quote(text)}") == expected


def test_search_combines_with_filters(client, city):
    assert titles(client, "?q=rower&status=planowane") == set()
    assert titles(client, "?q=rower&dzielnica=srodmiescie") == {"Ścieżka rowerowa na Alei Wolności"}


def test_junk_filter_values_give_a_page_with_a_polish_message(client, city):
    response = client.get("/konsultacje/?dzielnica=abc&rok=xyz&page=999&status=nie&jednostka=Q")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Pominięto filtry z nieprawidłową wartością: Etap, Dzielnica, Jednostka, Rok" in html
    assert set(card_titles(html)) == ALL  # the junk filters are ignored
    assert "Nie ma takiej wartości do wyboru." in html


@pytest.mark.parametrize("page", ["abc", "0", "-1", "999", "1.5"])
def test_a_junk_page_number_shows_a_page_of_results(client, city, page):
    response = client.get(f"/konsultacje/?page={page}")
    assert response.status_code == 200


def test_the_list_is_paginated_and_the_filters_stay_in_the_links(client):
    for number in range(25):
        make_consultation(f"Konsultacje nr {number}", whole_city=False, districts=["rakow"])
    html = client.get("/konsultacje/?dzielnica=rakow").content.decode()
    assert len(card_titles(html)) == 20
    assert "Liczba wyników: 25 (strona 1 z 2)" in html
    assert 'href="?dzielnica=rakow&amp;page=2"' in html
    second = client.get("/konsultacje/?dzielnica=rakow&page=2").content.decode()
    assert len(card_titles(second)) == 5


def test_status_tabs_keep_the_other_filters_and_mark_the_current_one(client, city):
    html = client.get("/konsultacje/?dzielnica=bleszno&status=zakonczone").content.decode()
    assert '<a href="?dzielnica=bleszno&amp;status=trwajace">Trwające</a>' in html
    assert '<a href="?dzielnica=bleszno&amp;status=zakonczone" aria-current="page">' in html


def test_each_card_shows_status_dates_days_left_department_and_districts(client, city):
    html = client.get("/konsultacje/?status=trwajace").content.decode()
    card = html.split('class="card consultation-card', 1)[1].split("</li>", 1)[0]
    assert "Trwające" in card
    assert "Pozostało 20 dni" in card
    assert "9 marca 2026\u00a0r. – 30 marca 2026\u00a0r." in card
    assert '<abbr title="Miejski Zarząd Dróg w Częstochowie">MZD</abbr>' in card
    assert "Śródmieście" in card


def test_open_consultations_come_first(client, city):
    html = client.get("/konsultacje/").content.decode()
    order = card_titles(html)
    assert order[0] == "Ścieżka rowerowa na Alei Wolności"
    assert order[1] == "Łąka kwietna w parku"


def _more_consultations(count, start=0):
    iz = Department.objects.get(code="IZ")
    category = Consultation.objects.first().category
    created = Consultation.objects.bulk_create(
        Consultation(
            title=f"Masowe {number}",
            slug=f"masowe-{number}",
            search_text=fold_text(f"Masowe {number} Opis"),
            summary="Opis",
            department=iz,
            category=category,
            whole_city=number % 2 == 0,
            starts_at=NOW - DAY,
            ends_at=NOW + (number % 30 + 1) * DAY,
            published_at=NOW - 2 * DAY,
        )
        for number in range(start, start + count)
    )
    through = Consultation.districts.through
    districts = list(District.objects.all())
    through.objects.bulk_create(
        through(consultation=consultation, district=districts[index % 20])
        for index, consultation in enumerate(created)
        if not consultation.whole_city
    )


@pytest.mark.parametrize(
    "query", ["", "?status=trwajace&dzielnica=bleszno", "?q=masowe&kategoria=transport&rok=2026"]
)
def test_the_number_of_queries_does_not_grow_with_the_data(client, query):
    make_consultation("Pierwsze", whole_city=False, districts=["bleszno", "rakow"])
    _more_consultations(9)

    def count():
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/konsultacje/{query}").status_code == 200
        return len(queries)

    with_ten = count()
    _more_consultations(490, start=9)
    assert Consultation.objects.count() == 500
    assert count() == with_ten
    assert with_ten <= 12
