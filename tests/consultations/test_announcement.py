"""The announcement: the President's order with its number, date and BIP entry."""

from datetime import date
from urllib.parse import urlsplit

import pytest
from django.test import override_settings
from freezegun import freeze_time

from consultations.demo import seed_consultations
from consultations.models import Consultation
from consultations.services import publication_gaps
from tests.consultations.conftest import NOW, make_consultation
from tests.consultations.test_permissions import admin_form

pytestmark = pytest.mark.django_db

BIP_ENTRY = "https://bip.czestochowa.pl/artykuly/12345/zarzadzenie-nr-2638-2026"


@pytest.fixture(autouse=True)
def frozen():
    with freeze_time(NOW):
        yield


def test_the_page_shows_the_order_line_linked_to_its_bip_entry(client):
    consultation = make_consultation(
        order_number="2638.2026", order_date=date(2026, 2, 2), bip_url=BIP_ENTRY
    )
    html = client.get(consultation.get_absolute_url()).content.decode()
    assert (
        f'<a href="{BIP_ENTRY}" rel="external">Zarządzenie Nr\xa02638.2026 Prezydenta Miasta '
        "Częstochowy z\xa0dnia 2 lutego 2026\xa0r.</a> – w Biuletynie Informacji Publicznej"
    ) in html


def test_a_shorter_period_shows_its_reason_and_the_provision_that_allows_it(client):
    consultation = make_consultation(
        duration_justification="Przepisy wchodzą w życie przed końcem roku.",
        duration_provision="art. 5 ust. 5 ustawy o działalności pożytku publicznego",
    )
    html = client.get(consultation.get_absolute_url()).content.decode()
    assert (
        "<strong>Dlaczego termin jest krótszy niż zwykle:</strong> "
        "Przepisy wchodzą w\xa0życie przed końcem roku."
    ) in html
    assert (
        "<strong>Przepis, który pozwala skrócić termin:</strong> "
        "art.\xa05 ust.\xa05 ustawy o\xa0działalności pożytku publicznego"
    ) in html


@pytest.mark.parametrize("home_page", ["https://bip.czestochowa.pl/", "https://bip.czestochowa.pl"])
def test_the_admin_refuses_a_bip_home_page_beside_the_field_and_keeps_it(staff_client, home_page):
    consultation = make_consultation()
    response = staff_client.post(
        f"/admin/consultations/consultation/{consultation.pk}/change/",
        admin_form(consultation, bip_url=home_page),
    )
    assert response.status_code == 200
    form = response.context["adminform"].form
    assert form.errors["bip_url"] == [
        "Link musi prowadzić do wpisu o tych konsultacjach w BIP (np. zarządzenia), "
        "a nie do strony głównej Biuletynu."
    ]
    assert f'value="{home_page}"' in response.content.decode()
    assert Consultation.objects.get(pk=consultation.pk).bip_url == consultation.bip_url


def test_the_admin_asks_for_the_order_number_without_nr(staff_client):
    consultation = make_consultation()
    response = staff_client.post(
        f"/admin/consultations/consultation/{consultation.pk}/change/",
        admin_form(consultation, order_number="Nr 2638.2026"),
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.errors["order_number"] == [
        "Proszę wpisać sam numer, bez „Nr”, np. 2638.2018."
    ]


def test_a_published_consultation_cannot_lose_its_order(staff_client):
    consultation = make_consultation()
    response = staff_client.post(
        f"/admin/consultations/consultation/{consultation.pk}/change/",
        admin_form(consultation, order_number="", order_date=""),
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors() == [
        "Opublikowane ogłoszenie musi pozostać pełne. "
        "Prosimy uzupełnić: numer zarządzenia Prezydenta, data zarządzenia."
    ]


@override_settings(DEBUG=True)
def test_every_published_demo_consultation_has_its_order_and_an_example_link():
    seed_consultations()
    published = Consultation.objects.published()
    assert published.count() == 9
    assert published.withdrawn().count() == 1
    for consultation in published:
        assert publication_gaps(consultation) == [], consultation.slug
        host = urlsplit(consultation.bip_url).hostname
        assert host == "example.org", consultation.bip_url
        assert "przyklad" in consultation.bip_url
