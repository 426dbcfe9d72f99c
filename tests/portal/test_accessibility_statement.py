"""The deklaracja dostępności follows the v2.0 structure and takes its facts from data."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model

from czestochowa_portal.models import AccessibilityStatement, Building
from tests.htmlcheck import outline

pytestmark = pytest.mark.django_db

MANDATORY_IDS = [
    "a11y-wstep",
    "a11y-podmiot",
    "a11y-zakres",
    "a11y-url",
    "a11y-data-publikacja",
    "a11y-data-aktualizacja",
    "a11y-status",
    "a11y-kontakt",
    "a11y-email",
    "a11y-telefon",
    "a11y-procedura",
    "a11y-data-sporzadzenie",
    "a11y-architektura",
    "a11y-komunikacja",
]


def statement_ids(client):
    return outline(client.get("/deklaracja-dostepnosci/").content.decode()).ids


def test_every_mandatory_element_id_appears_exactly_once(client):
    ids = statement_ids(client)
    for element_id in MANDATORY_IDS:
        assert ids.count(element_id) == 1, element_id


def test_yearly_update_is_a_change_of_data(client):
    statement = AccessibilityStatement.objects.get()
    statement.updated_on = datetime.date(2027, 3, 30)
    statement.reviewed_on = datetime.date(2027, 3, 31)
    statement.status = AccessibilityStatement.Status.COMPLIANT
    statement.save()
    html = client.get("/deklaracja-dostepnosci/").content.decode()
    assert '<time id="a11y-data-aktualizacja" datetime="2027-03-30">30 marca 2027 r.</time>' in html
    assert 'id="a11y-data-przeglad" datetime="2027-03-31"' in html
    assert "Strona internetowa jest zgodna z ustawą" in html


def test_review_date_appears_only_after_a_review(client):
    AccessibilityStatement.objects.update(reviewed_on=None)
    assert "a11y-data-przeglad" not in statement_ids(client)


def test_a_partly_compliant_site_lists_what_is_not_accessible(client):
    AccessibilityStatement.objects.update(
        status=AccessibilityStatement.Status.PARTIAL,
        non_compliance="<p>Niektóre skany PDF nie mają warstwy tekstowej.</p>",
    )
    html = client.get("/deklaracja-dostepnosci/").content.decode()
    assert "częściowo zgodna" in html
    assert "Niedostępne treści" in html
    assert "Niektóre skany PDF nie mają warstwy tekstowej." in html


def test_the_database_refuses_an_update_date_before_publication():
    from django.db import IntegrityError, transaction

    statement = AccessibilityStatement.objects.get()
    statement.updated_on = statement.published_on - datetime.timedelta(days=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        statement.save()


def test_every_page_points_to_the_statement_in_its_head(client):
    html = client.get("/").content.decode()
    assert '<meta name="deklaracja-dostępności" content="' in html
    assert '/deklaracja-dostepnosci/">' in html


@pytest.mark.parametrize(
    "site_url", ["https://konsultacje.czestochowa.pl", "http://localhost:8123/portal"]
)
def test_the_statement_names_the_address_the_site_runs_at(client, settings, site_url):
    settings.SITE_URL = site_url
    html = client.get("/deklaracja-dostepnosci/").content.decode()
    assert f'<a id="a11y-url" href="{site_url}/">{site_url}/</a>' in html


def test_the_statement_says_it_rests_on_a_self_assessment(client):
    html = client.get("/deklaracja-dostepnosci/").content.decode()
    assert (
        "<p>Deklarację sporządzono na podstawie samooceny przeprowadzonej przez podmiot "
        "publiczny.</p>"
    ) in html


def test_an_audited_statement_says_so_and_links_the_report(client):
    AccessibilityStatement.objects.update(
        assessment=AccessibilityStatement.Assessment.AUDIT,
        audit_report_url="https://example.com/raport.pdf",
    )
    html = client.get("/deklaracja-dostepnosci/").content.decode()
    assert "Deklarację sporządzono na podstawie badania przeprowadzonego przez podmiot" in html
    assert '<a href="https://example.com/raport.pdf">Raport z badania dostępności</a>' in html
    assert "samooceny" not in html


def test_the_coordinator_is_named_with_an_own_email_and_a_phone_with_country_code(client):
    html = client.get("/deklaracja-dostepnosci/").content.decode()
    assert (
        'Koordynator do spraw dostępności Urzędu: <span id="a11y-osoba">Marta Teper</span>' in html
    )
    assert (
        '<a id="a11y-email" href="mailto:dostepnosc@czestochowa.um.gov.pl">'
        "dostepnosc@czestochowa.um.gov.pl</a>"
    ) in html
    assert '<a id="a11y-telefon" href="tel:+48343707594">+48 34 370 75 94</a>' in html


@pytest.mark.parametrize("phone", ["34 370 71 00", "+48 34 370 71", "0048 34 370 71 00"])
def test_a_coordinator_phone_without_the_country_code_is_refused(phone):
    from django.core.exceptions import ValidationError

    statement = AccessibilityStatement.objects.get()
    statement.contact_phone = phone
    with pytest.raises(ValidationError) as error:
        statement.full_clean()
    assert error.value.message_dict == {
        "contact_phone": [
            "Prosimy podać numer z prefiksem +48 i dziewięcioma cyframi, np. +48 34 370 71 00."
        ]
    }


def test_every_building_of_the_urzad_is_described_point_by_point(client):
    html = client.get("/deklaracja-dostepnosci/").content.decode().replace("\xa0", " ")
    architecture = html.split('<div id="a11y-architektura">', 1)[1].split("<h3>", 1)[0]
    headings = re.findall(r"<h4 id=\"budynek-\d+\">(.*?)</h4>", architecture)
    assert headings == [
        "Urząd Miasta Częstochowy – budynek główny, ul. Śląska 11/13",
        "Urząd Miasta Częstochowy, ul. Jerzego Waszyngtona 5",
        "Urząd Miasta Częstochowy – Wydział Polityki Społecznej, ul. Focha 19/21",
    ]
    for section in architecture.split("<h4")[1:]:
        labels = re.findall(r"<dt>(.*?)</dt>", section)
        assert labels[:8] == [
            "Wejście",
            "Pochylnie",
            "Winda",
            "Progi i schody",
            "Miejsca parkingowe",
            "Toalety",
            "Pętla indukcyjna",
            "Tłumacz polskiego języka migowego (PJM)",
        ]
    main = architecture.split("<h4")[1]
    assert "<dd>W budynku nie ma pętli indukcyjnej.</dd>" in main
    assert "Przed budynkiem są 2 miejsca parkingowe dla osób z niepełnosprawnościami." in main


def test_a_point_staff_have_not_filled_in_says_there_is_no_information(client):
    Building.objects.filter(address="ul. Śląska 11/13").update(parking="")
    html = client.get("/deklaracja-dostepnosci/").content.decode().replace("\xa0", " ")
    main = html.split("ul. Śląska 11/13</h4>", 1)[1].split("</section>", 1)[0]
    assert re.search(
        r"<dt>Miejsca parkingowe</dt>\s*<dd>Brak informacji\. Prosimy zapytać przed wizytą – "
        r"dane kontaktowe podajemy wyżej\.</dd>",
        main,
    )


def test_staff_keep_the_buildings_current_in_the_statements_admin(client, settings):
    from tests.conftest import make_user

    settings.STAFF_MFA_REQUIRED = False
    admin = make_user(get_user_model(), "admin@example.com", is_staff=True, is_superuser=True)
    client.force_login(admin)
    statement = AccessibilityStatement.objects.get()
    response = client.get(
        f"/admin/czestochowa_portal/accessibilitystatement/{statement.pk}/change/"
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="buildings-TOTAL_FORMS" value="3"' in html
    assert 'name="buildings-0-induction_loop"' in html


def test_the_interpreter_request_is_counted_in_working_days(client):
    html = client.get("/deklaracja-dostepnosci/").content.decode()
    communication = html.split('id="a11y-komunikacja"', 1)[1]
    assert "co najmniej 3 dni robocze przed planowaną wizytą lub rozmową" in communication
