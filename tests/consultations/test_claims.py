"""The pages promise what the portal does, not duties the law does not impose."""

import re

import pytest
from django.test import override_settings
from freezegun import freeze_time

from consultations.demo import seed_consultations
from consultations.models import Consultation
from tests.consultations.conftest import NOW, make_consultation

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def frozen():
    with freeze_time(NOW):
        yield


def page(client, consultation) -> str:
    response = client.get(consultation.get_absolute_url())
    assert response.status_code == 200
    return response.content.decode().replace("\xa0", " ")


def test_the_page_promises_the_report_not_a_duty_to_answer_each_remark(client):
    html = page(client, make_consultation())
    assert (
        "<p>Konsultacje mają charakter opiniodawczy: ich wyniki nie są wiążące dla organów "
        "Miasta. Sposób rozpatrzenia uwag przedstawimy w raporcie z konsultacji.</p>"
    ) in html
    assert "musi się do zgłoszonych uwag odnieść" not in html


def test_the_date_of_receipt_counts_unless_special_provisions_say_otherwise(client):
    html = page(client, make_consultation())
    assert (
        "<p>O zachowaniu terminu przy uwagach wysłanych pocztą decyduje data wpływu do Urzędu, "
        "chyba że przepisy szczególne stanowią inaczej.</p>"
    ) in html


@override_settings(DEBUG=True)
def test_demo_remarks_are_never_sent_to_a_district_council_office():
    seed_consultations()
    for consultation in Consultation.objects.all():
        places = re.findall(r"<li>(.*?)</li>", consultation.remarks_how)
        assert places, consultation.slug
        for place in places:
            assert "dzielnic" not in place, (consultation.slug, place)
        if consultation.methods.filter(slug="ankieta").exists():
            assert (
                "<p>Papierową ankietę można też wypełnić w siedzibie rady dzielnicy w godzinach "
                "dyżurów. Uwagi prosimy składać w sposób opisany wyżej.</p>"
            ) in consultation.remarks_how
