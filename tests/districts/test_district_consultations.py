"""A district page and the home page show the consultations that concern residents."""

import datetime

import pytest
from django.utils import timezone

from districts.models import District
from tests.consultations.conftest import make_consultation

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def test_district_page_lists_its_consultations_open_first(client):
    now = timezone.now()
    make_consultation(
        "Planowana w Rakowie",
        whole_city=False,
        districts=["rakow"],
        starts_at=now + 5 * DAY,
        ends_at=now + 30 * DAY,
    )
    make_consultation("Trwająca w całym mieście", starts_at=now - DAY, ends_at=now + 20 * DAY)
    make_consultation(
        "Tylko w Mirowie",
        whole_city=False,
        districts=["mirow"],
        starts_at=now - DAY,
        ends_at=now + 20 * DAY,
    )
    make_consultation("Szkic w Rakowie", whole_city=False, districts=["rakow"], published=False)
    html = client.get("/dzielnice/rakow/").content.decode()
    assert "Trwająca w\u00a0całym mieście" in html
    assert "Planowana w\u00a0Rakowie" in html
    assert html.index("Trwająca w\u00a0całym mieście") < html.index("Planowana w\u00a0Rakowie")
    assert "Tylko w\u00a0Mirowie" not in html
    assert "Szkic w\u00a0Rakowie" not in html


def test_home_page_shows_open_consultations_next_to_the_news(client):
    now = timezone.now()
    make_consultation("Trwa teraz", starts_at=now - DAY, ends_at=now + 20 * DAY)
    make_consultation("Dopiero będzie", starts_at=now + 3 * DAY, ends_at=now + 30 * DAY)
    html = client.get("/").content.decode()
    assert "Trwa teraz" in html
    assert "Dopiero będzie" not in html
    assert "Najnowsze aktualności" in html


def test_district_and_home_pages_keep_their_query_count_with_more_consultations(
    client, django_assert_max_num_queries
):
    now = timezone.now()
    for number in range(2):
        make_consultation(f"Pierwsza {number}", starts_at=now - DAY, ends_at=now + 20 * DAY)
    with django_assert_max_num_queries(20) as district_page:
        client.get("/dzielnice/rakow/")
    with django_assert_max_num_queries(20) as home_page:
        client.get("/")
    for number in range(10):
        make_consultation(
            f"Kolejna {number}",
            starts_at=now - DAY,
            ends_at=now + 20 * DAY,
            whole_city=False,
            districts=["rakow", "mirow"],
        )
    with django_assert_max_num_queries(len(district_page.captured_queries)):
        client.get("/dzielnice/rakow/")
    with django_assert_max_num_queries(len(home_page.captured_queries)):
        client.get("/")


def test_district_page_declines_the_name_and_writes_the_phone_one_way(client):
    now = timezone.now()
    make_consultation(
        "W dzielnicy",
        whole_city=False,
        districts=["podjasnogorska"],
        starts_at=now - DAY,
        ends_at=now + 20 * DAY,
    )
    district = District.objects.get(slug="podjasnogorska")
    district.phone = "343707373"
    district.save(update_fields=["phone"])
    html = client.get(district.get_absolute_url()).content.decode()
    assert "Wszystkie konsultacje dotyczące dzielnicy Podjasnogórskiej</a>" in html
    assert '<a href="tel:+48343707373">34 370 73 73</a>' in html
