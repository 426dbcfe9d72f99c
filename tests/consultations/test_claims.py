"""The pages promise what the portal does, not duties the law does not impose."""

import pytest
from freezegun import freeze_time

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
