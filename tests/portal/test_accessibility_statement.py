"""The deklaracja dostępności follows the v2.0 structure and takes its facts from data."""

import datetime

import pytest

from czestochowa_portal.models import AccessibilityStatement
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
