"""What residents see: scheduled news, drafts, lists, archive, feeds."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone
from freezegun import freeze_time

from news.models import News

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def test_a_scheduled_post_is_invisible_before_its_time_and_visible_after(
    client, make_news, bleszno
):
    with freeze_time("2026-12-01 08:00:00+01:00"):
        news = make_news(
            district=bleszno,
            title="Zaplanowana wiadomość",
            publish_at=datetime.datetime(2026, 12, 1, 9, 0, tzinfo=datetime.UTC),
        )
        assert client.get(news.get_absolute_url()).status_code == 404
        assert "Zaplanowana wiadomość" not in client.get("/aktualnosci/").content.decode()
        assert "Zaplanowana wiadomość" not in client.get("/dzielnice/bleszno/").content.decode()
        assert (
            "Zaplanowana wiadomość" not in client.get("/kanaly/aktualnosci/rss/").content.decode()
        )
    with freeze_time("2026-12-01 09:00:01+00:00"):
        assert client.get(news.get_absolute_url()).status_code == 200
        assert "Zaplanowana wiadomość" in client.get("/aktualnosci/").content.decode()
        assert "Zaplanowana wiadomość" in client.get("/dzielnice/bleszno/").content.decode()
        assert "Zaplanowana wiadomość" in client.get("/kanaly/aktualnosci/rss/").content.decode()


def test_a_draft_is_hidden_from_residents_and_previewed_by_its_council(
    client, make_news, bleszno, resident, council_member
):
    news = make_news(district=bleszno, state=News.State.DRAFT, title="Szkic rady")
    assert client.get(news.get_absolute_url()).status_code == 404
    client.force_login(resident)
    assert client.get(news.get_absolute_url()).status_code == 404
    client.force_login(council_member)
    response = client.get(news.get_absolute_url())
    assert response.status_code == 200
    assert "Podgląd" in response.content.decode()


def test_the_list_filters_by_district_and_city_wide(client, make_news, bleszno, rakow):
    make_news(district=bleszno, title="Z Błeszna")
    make_news(district=rakow, title="Z Rakowa")
    make_news(title="Z Urzędu")
    html = client.get("/aktualnosci/?dzielnica=rakow").content.decode()
    assert "Z\u00a0Rakowa" in html and "Z\u00a0Błeszna" not in html and "Z\u00a0Urzędu" not in html
    html = client.get("/aktualnosci/?dzielnica=miasto").content.decode()
    assert "Z\u00a0Urzędu" in html and "Z\u00a0Rakowa" not in html


@pytest.mark.parametrize(
    "query", ["?dzielnica=nie-ma", "?strona=abc", "?strona=999", "?dzielnica=%3Cscript%3E"]
)
def test_junk_in_the_list_address_gives_a_page_not_an_error(client, make_news, query):
    make_news(title="Jedyna")
    response = client.get(f"/aktualnosci/{query}")
    assert response.status_code == 200
    assert "<script>" not in response.content.decode().split("<main", 1)[1]


def test_the_monthly_archive_holds_that_months_news(client, make_news):
    make_news(
        title="Listopadowa", publish_at=datetime.datetime(2026, 11, 3, 12, tzinfo=datetime.UTC)
    )
    make_news(
        title="Październikowa", publish_at=datetime.datetime(2026, 10, 3, 12, tzinfo=datetime.UTC)
    )
    html = client.get("/aktualnosci/archiwum/2026/11/").content.decode()
    assert "Listopadowa" in html and "Październikowa" not in html
    listing = client.get("/aktualnosci/").content.decode()
    assert "/aktualnosci/archiwum/2026/11/" in listing
    assert client.get("/aktualnosci/archiwum/2026/13/").status_code == 404


def test_the_detail_page_shows_the_publication_record(client, make_news, rakow, council_member):
    news = make_news(district=rakow, title="Z metryczką", author=council_member)
    html = client.get(news.get_absolute_url()).content.decode()
    assert "Metryczka" in html
    assert "Rada Dzielnicy Raków" in html
    assert "Opublikowano" in html and "Ostatnia zmiana" in html
    assert "Barbara" in html


def test_list_pages_need_the_same_number_of_queries_for_3_and_30_items(
    client, make_news, bleszno, django_assert_max_num_queries
):
    for number in range(3):
        make_news(district=bleszno, title=f"Pierwsza {number}")
    with django_assert_max_num_queries(8) as few:
        client.get("/aktualnosci/")
    for number in range(27):
        make_news(district=bleszno, title=f"Kolejna {number}")
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/aktualnosci/")
    with django_assert_max_num_queries(12):
        client.get("/dzielnice/bleszno/")
    with django_assert_max_num_queries(8):
        client.get("/")


def test_rss_feed_is_valid_xml_with_the_items_of_its_district(client, make_news, bleszno, rakow):
    make_news(district=bleszno, title="Z Błeszna")
    make_news(district=rakow, title="Z Rakowa")
    make_news(title="Z Urzędu")
    everything = ET.fromstring(client.get("/kanaly/aktualnosci/rss/").content)
    assert everything.tag == "rss"
    titles = {item.findtext("title") for item in everything.iter("item")}
    assert titles == {"Z Błeszna", "Z Rakowa", "Z Urzędu"}
    channel = everything.find("channel")
    assert channel.findtext("language") == "pl"

    district = ET.fromstring(client.get("/kanaly/aktualnosci/rakow/rss/").content)
    assert {item.findtext("title") for item in district.iter("item")} == {"Z Rakowa"}


def test_atom_feed_is_valid_xml_with_the_items_of_its_district(client, make_news, bleszno, rakow):
    make_news(district=bleszno, title="Z Błeszna")
    make_news(district=rakow, title="Z Rakowa")
    feed = ET.fromstring(client.get("/kanaly/aktualnosci/bleszno/atom/").content)
    assert feed.tag == f"{ATOM}feed"
    entries = feed.findall(f"{ATOM}entry")
    assert [entry.findtext(f"{ATOM}title") for entry in entries] == ["Z Błeszna"]
    assert entries[0].find(f"{ATOM}updated") is not None
    assert client.get("/kanaly/aktualnosci/nie-ma/atom/").status_code == 404


def test_home_page_shows_the_latest_news(client, make_news, rakow):
    make_news(district=rakow, title="Najświeższa", publish_at=timezone.now())
    assert "Najświeższa" in client.get("/").content.decode()


@pytest.mark.parametrize("path", ["0/1", "1/1", "10000/1", "99999999999999999999/1", "2026/0"])
def test_archive_addresses_out_of_range_are_404(client, path):
    assert client.get(f"/aktualnosci/archiwum/{path}/").status_code == 404


def test_the_next_page_link_keeps_the_chosen_district(client, make_news, rakow):
    for number in range(12):
        make_news(district=rakow, title=f"Z Rakowa {number}")
    html = client.get("/aktualnosci/?dzielnica=rakow").content.decode()
    assert 'href="?dzielnica=rakow&amp;strona=2"' in html
    second = client.get("/aktualnosci/?dzielnica=rakow&strona=2").content.decode()
    assert "Strona 2 z 2" in second
