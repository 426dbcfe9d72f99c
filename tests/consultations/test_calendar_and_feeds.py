"""The city calendar, iCal feeds that calendar programs import, RSS/Atom and the sitemap."""

from datetime import timedelta
from xml.etree import ElementTree

import icalendar
import pytest
from freezegun import freeze_time

from consultations.ical import fold
from consultations.models import ScheduleItem
from tests.consultations.conftest import DAY, NOW, make_consultation

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def frozen():
    with freeze_time(NOW):
        yield


@pytest.fixture
def schedule():
    consultation = make_consultation(
        "Przebudowa III Alei; etap 1, część „A”", slug="przebudowa-alei"
    )
    meeting = ScheduleItem.objects.create(
        consultation=consultation,
        title="Otwarte spotkanie z projektantami",
        starts_at=NOW + 2 * DAY,
        ends_at=NOW + 2 * DAY + timedelta(hours=2),
        place="Sala sesyjna, ul. Śląska 11/13",
        accessibility="Winda, pętla indukcyjna",
        description="Pokażemy koncepcję.\nPytania z sali i online.",
    )
    stage = ScheduleItem.objects.create(
        consultation=consultation,
        kind=ScheduleItem.Kind.STAGE,
        title="Zbieranie uwag",
        starts_at=NOW - DAY,
        ends_at=NOW + 20 * DAY,
    )
    past = ScheduleItem.objects.create(
        consultation=consultation, title="Spacer studyjny", starts_at=NOW - 3 * DAY
    )
    draft = make_consultation("Szkic", published=False)
    hidden = ScheduleItem.objects.create(
        consultation=draft, title="Spotkanie ze szkicu", starts_at=NOW + DAY
    )
    return consultation, meeting, stage, past, hidden


def events_of(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert b"\r\n" in response.content
    calendar = icalendar.Calendar.from_ical(response.content)
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def test_the_consultation_ical_feed_parses_and_holds_its_period_and_schedule(client, schedule):
    consultation, meeting, *_ = schedule
    events = events_of(client.get("/konsultacje/przebudowa-alei/kalendarz.ics"))
    assert set(events) == {
        "Konsultacje: Przebudowa III Alei; etap 1, część „A”",
        "Otwarte spotkanie z projektantami – Przebudowa III Alei; etap 1, część „A”",
        "Zbieranie uwag – Przebudowa III Alei; etap 1, część „A”",
        "Spacer studyjny – Przebudowa III Alei; etap 1, część „A”",
    }
    event = events["Otwarte spotkanie z projektantami – Przebudowa III Alei; etap 1, część „A”"]
    assert event.decoded("DTSTART") == meeting.starts_at
    assert event.decoded("DTEND") == meeting.ends_at
    assert str(event["LOCATION"]) == "Sala sesyjna, ul. Śląska 11/13"
    assert "Pokażemy koncepcję.\nPytania z sali i online." in str(event["DESCRIPTION"])
    assert "Winda, pętla indukcyjna" in str(event["DESCRIPTION"])
    assert str(event["URL"]).endswith("/konsultacje/przebudowa-alei/")
    period = events["Konsultacje: Przebudowa III Alei; etap 1, część „A”"]
    assert period.decoded("DTSTART") == consultation.starts_at
    assert period.decoded("DTEND") == consultation.ends_at
    uids = [str(event["UID"]) for event in events.values()]
    assert len(set(uids)) == len(uids)


def test_the_city_ical_feed_holds_every_published_item_and_no_draft(client, schedule):
    events = events_of(client.get("/kanaly/kalendarz.ics"))
    assert len(events) == 3
    assert not any("szkicu" in summary for summary in events)


def test_long_lines_are_folded_without_cutting_a_letter():
    line = "SUMMARY:" + "Źdźbło łąki – " * 20
    folded = fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


def test_the_calendar_page_lists_upcoming_meetings_only(client, schedule):
    html = client.get("/kalendarz/").content.decode()
    assert "Otwarte spotkanie z\u00a0projektantami" in html
    assert "czwartek, 12 marca 2026 r." in html.lower()
    assert "Winda, pętla indukcyjna" in html
    assert "Spacer studyjny" not in html  # in the past
    assert "Zbieranie uwag" not in html  # a stage, not a meeting
    assert "Spotkanie ze szkicu" not in html
    assert 'href="/kanaly/kalendarz.ics"' in html


def test_the_calendar_page_without_meetings_says_so(client):
    assert "nie zaplanowano żadnych spotkań" in client.get("/kalendarz/").content.decode()


def test_the_list_links_the_calendar_and_the_feeds(client):
    html = client.get("/konsultacje/").content.decode()
    for url in ["/kalendarz/", "/kanaly/kalendarz.ics", "/kanaly/konsultacje/rss/"]:
        assert f'href="{url}"' in html


@pytest.mark.parametrize("url", ["/kanaly/konsultacje/rss/", "/kanaly/konsultacje/atom/"])
def test_feeds_list_new_published_consultations_newest_first(client, url):
    make_consultation("Starsze", starts_at=NOW - 10 * DAY)
    make_consultation("Nowsze", starts_at=NOW - DAY)
    make_consultation("Szkic", published=False)
    response = client.get(url)
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    titles = [
        element.text
        for element in root.iter()
        if element.tag.endswith("title") and element.text in {"Starsze", "Nowsze", "Szkic"}
    ]
    assert titles == ["Nowsze", "Starsze"]


def test_the_sitemap_lists_published_consultations_and_the_calendar(client):
    published = make_consultation("Opublikowane")
    draft = make_consultation("Szkic", published=False)
    body = client.get("/sitemap.xml").content.decode()
    assert published.get_absolute_url() in body
    assert draft.get_absolute_url() not in body
    assert "/kalendarz/" in body


def test_a_meeting_that_began_yesterday_and_is_still_on_stays_in_the_calendar(client):
    consultation = make_consultation("Wystawa")
    ScheduleItem.objects.create(
        consultation=consultation,
        kind=ScheduleItem.Kind.MEETING,
        title="Wystawa projektu w holu Urzędu",
        starts_at=NOW - DAY,
        ends_at=NOW + 2 * DAY,
    )
    assert "Wystawa projektu w\u00a0holu Urzędu" in client.get("/kalendarz/").content.decode()
