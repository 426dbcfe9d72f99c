"""The site pages give the date-of-receipt rule with its exception, as the law has it."""

import importlib

import pytest
from django.apps import apps

from czestochowa_portal.models import SitePage

pytestmark = pytest.mark.django_db

RULE = (
    "O dotrzymaniu terminu decyduje data wpływu do Urzędu, chyba że przepisy szczególne "
    "stanowią inaczej."
)


@pytest.mark.parametrize("url", ["/o-konsultacjach/", "/kontakt/"])
def test_the_site_pages_say_special_provisions_may_count_a_deadline_otherwise(client, url):
    html = client.get(url).content.decode().replace("\xa0", " ")
    assert RULE in html
    assert "a nie data nadania przesyłki" not in html


def test_a_page_the_city_has_reworded_keeps_its_own_text():
    migration = importlib.import_module("czestochowa_portal.migrations.0005_receipt_date_wording")
    own = "<p>Uwagi przyjmujemy do końca dnia roboczego.</p>"
    SitePage.objects.filter(kind="contact").update(body=own)
    migration.add_special_provisions(apps, schema_editor=None)
    assert SitePage.objects.get(kind="contact").body == own


def test_the_change_can_be_undone():
    migration = importlib.import_module("czestochowa_portal.migrations.0005_receipt_date_wording")
    migration.remove_special_provisions(apps, schema_editor=None)
    assert "decyduje data wpływu do Urzędu, a nie data nadania przesyłki." in (
        SitePage.objects.get(kind="about").body
    )
    assert SitePage.objects.get(kind="contact").body.count(RULE) == 0
