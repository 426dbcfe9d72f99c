"""Links the sitemap and the feeds build follow SITE_URL as it is at the last migrate."""

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_a_migrate_after_the_address_changed_moves_the_sitemap_and_feeds_to_it(client, settings):
    settings.SITE_URL = "https://konsultacje.example.org"
    call_command("migrate", verbosity=0)
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "<loc>http://konsultacje.example.org/</loc>" in sitemap
    feed = client.get("/kanaly/aktualnosci/rss/").content.decode()
    assert "<link>http://konsultacje.example.org/aktualnosci/</link>" in feed
