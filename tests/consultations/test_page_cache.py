"""Anonymous visitors get stored pages; a change shows at once; nobody signed in is cached."""

from datetime import timedelta

import pytest
from freezegun import freeze_time

from consultations.models import ScheduleItem
from consultations.pagecache import seconds_until_next_change
from districts.models import District
from tests.consultations.conftest import DAY, NOW, make_consultation, with_second_factor
from tests.consultations.test_permissions import admin_form

pytestmark = pytest.mark.django_db

PAGES = ["/konsultacje/", "/konsultacje/?status=trwajace", "/kalendarz/", "/wyniki/"]


@pytest.fixture(autouse=True)
def frozen():
    with freeze_time(NOW):
        yield


@pytest.mark.parametrize("url", PAGES)
def test_an_anonymous_visitor_is_served_the_stored_page_without_queries(
    client, django_assert_num_queries, url
):
    make_consultation("Plan", results=False)
    first = client.get(url).content
    with django_assert_num_queries(0):
        second = client.get(url)
    assert second.status_code == 200
    assert second.content == first
    assert "Content-Security-Policy" in second.headers


def test_the_detail_page_is_stored_too(client, django_assert_num_queries):
    consultation = make_consultation("Plan")
    client.get(consultation.get_absolute_url())
    with django_assert_num_queries(0):
        assert client.get(consultation.get_absolute_url()).status_code == 200


def test_a_saved_change_shows_at_once(client, django_capture_on_commit_callbacks):
    consultation = make_consultation("Stary tytuł")
    assert "Stary tytuł" in client.get("/konsultacje/").content.decode()
    assert "Stary tytuł" in client.get(consultation.get_absolute_url()).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        consultation.title = "Nowy tytuł"
        consultation.save()
    assert "Nowy tytuł" in client.get("/konsultacje/").content.decode()
    assert "Nowy tytuł" in client.get(consultation.get_absolute_url()).content.decode()


def test_a_published_draft_appears_at_once(client, department_staff):
    from consultations.services import consultation_publish

    draft = make_consultation("Zupełnie nowy plan", published=False, starts_at=NOW + DAY)
    assert "Zupełnie nowy plan" not in client.get("/konsultacje/").content.decode()
    consultation_publish(consultation=draft, user=department_staff)
    assert "Zupełnie nowy plan" in client.get("/konsultacje/").content.decode()


def test_districts_changed_in_the_admin_show_at_once(
    client, department_staff, django_capture_on_commit_callbacks
):
    consultation = make_consultation("Lokalne", whole_city=False, districts=["bleszno"])
    assert "Lokalne" not in client.get("/konsultacje/?dzielnica=rakow").content.decode()
    staff = type(client)()
    staff.force_login(with_second_factor(department_staff))
    rakow = District.objects.get(slug="rakow")
    with django_capture_on_commit_callbacks(execute=True):
        response = staff.post(
            f"/admin/consultations/consultation/{consultation.pk}/change/",
            admin_form(consultation, districts=[rakow.pk]),
        )
    assert response.status_code == 302
    assert "Lokalne" in client.get("/konsultacje/?dzielnica=rakow").content.decode()


def test_a_new_meeting_shows_at_once_in_the_calendar(client):
    consultation = make_consultation("Plan")
    assert "Spotkanie w\u00a0Rakowie" not in client.get("/kalendarz/").content.decode()
    ScheduleItem.objects.create(
        consultation=consultation, title="Spotkanie w Rakowie", starts_at=NOW + DAY
    )
    assert "Spotkanie w\u00a0Rakowie" in client.get("/kalendarz/").content.decode()


def test_a_signed_in_visitor_always_gets_a_fresh_page(client, resident):
    make_consultation("Plan")
    client.force_login(resident)
    client.get("/konsultacje/")
    second = client.get("/konsultacje/").content.decode()
    assert "Wyloguj się" in second
    client.logout()
    assert "Wyloguj się" not in client.get("/konsultacje/").content.decode()


def test_a_page_with_a_message_for_the_visitor_is_not_stored(client, resident):
    make_consultation("Plan")
    # Logging out leaves „Wylogowano.” in the session of a now anonymous visitor.
    client.force_login(resident)
    client.post("/konto/logout/")
    assert "Wylogowano." in client.get("/konsultacje/").content.decode()
    assert "Wylogowano." not in client.get("/konsultacje/").content.decode()


def test_a_stored_page_lives_only_until_the_next_status_change():
    make_consultation("Wkrótce", starts_at=NOW + timedelta(seconds=90), ends_at=NOW + 30 * DAY)
    assert seconds_until_next_change(NOW) == 90


def test_a_stored_page_lives_at_most_until_midnight(settings):
    settings.CONSULTATION_PAGE_CACHE_SECONDS = 24 * 3600
    make_consultation("Długie", starts_at=NOW - DAY, ends_at=NOW + 30 * DAY)
    assert seconds_until_next_change(NOW) == 12 * 3600  # noon to midnight in Warsaw


class RecordingCache:
    """The real cache, noting the lifetime each stored page was given."""

    def __init__(self, real):
        self.real = real
        self.timeouts = {}

    def __getattr__(self, name):
        return getattr(self.real, name)

    def set(self, key, value, timeout):
        self.timeouts[key] = timeout
        return self.real.set(key, value, timeout)


def test_a_stored_page_is_kept_exactly_until_the_next_status_change(client, monkeypatch):
    from common import pagecache

    recording = RecordingCache(pagecache.cache)
    monkeypatch.setattr(pagecache, "cache", recording)
    make_consultation("Wkrótce", starts_at=NOW + timedelta(seconds=90), ends_at=NOW + 30 * DAY)
    client.get("/konsultacje/?status=planowane")
    pages = {key: timeout for key, timeout in recording.timeouts.items() if ":page:" in key}
    assert list(pages.values()) == [90]


def test_the_status_changes_when_the_time_comes_even_for_a_stored_page(client, settings):
    # Local memory reads the (frozen) clock for expiry, so time can pass without sleeping.
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    make_consultation("Wkrótce", starts_at=NOW + timedelta(seconds=90), ends_at=NOW + 30 * DAY)
    assert "Wkrótce" not in client.get("/konsultacje/?status=trwajace").content.decode()
    with freeze_time(NOW + timedelta(seconds=89)):
        assert "Wkrótce" not in client.get("/konsultacje/?status=trwajace").content.decode()
    with freeze_time(NOW + timedelta(seconds=91)):
        assert "Wkrótce" in client.get("/konsultacje/?status=trwajace").content.decode()


def test_pages_with_unknown_parameters_are_not_stored(client, django_assert_max_num_queries):
    make_consultation("Plan")
    client.get("/konsultacje/?utm_source=ulotka")
    with django_assert_max_num_queries(20) as queries:
        assert client.get("/konsultacje/?utm_source=ulotka").status_code == 200
    assert len(queries) > 0


def test_the_results_page_lists_only_consultations_with_results(client):
    make_consultation("Trwające teraz")
    make_consultation("Zakończone bez wyników", starts_at=NOW - 30 * DAY, ends_at=NOW - DAY)
    make_consultation("Z wynikami", starts_at=NOW - 60 * DAY, ends_at=NOW - 40 * DAY, results=True)
    html = client.get("/wyniki/").content.decode()
    assert "Z\u00a0wynikami" in html
    assert "Trwające teraz" not in html and "Zakończone bez wyników" not in html


@pytest.mark.parametrize("kind", ["category", "department", "method"])
def test_renaming_what_a_card_names_shows_at_once(client, kind):
    consultation = make_consultation("Z nazwami")
    client.get("/konsultacje/")
    client.get(consultation.get_absolute_url())
    record = {
        "category": consultation.category,
        "department": consultation.department,
        "method": consultation.methods.first(),
    }[kind]
    record.name = "Nazwa po zmianie"
    record.save()
    page = "/konsultacje/" if kind != "method" else consultation.get_absolute_url()
    assert "Nazwa po zmianie" in client.get(page).content.decode()


def test_renaming_a_district_in_the_admin_shows_at_once(client, superuser):
    consultation = make_consultation("W dzielnicy", whole_city=False, districts=["rakow"])
    assert "Raków" in client.get(consultation.get_absolute_url()).content.decode()
    district = District.objects.get(slug="rakow")
    admin = client.__class__()
    admin.force_login(with_second_factor(superuser))
    form = {
        "number": district.number,
        "name": "Raków Nowy",
        "slug": district.slug,
        "name_genitive": "Raków Nowy",
        "duty_hours-TOTAL_FORMS": "0",
        "duty_hours-INITIAL_FORMS": "0",
        "memberships-TOTAL_FORMS": "0",
        "memberships-INITIAL_FORMS": "0",
    }
    response = admin.post(f"/admin/districts/district/{district.pk}/change/", form)
    assert response.status_code == 302
    assert "Raków Nowy" in client.get(consultation.get_absolute_url()).content.decode()
