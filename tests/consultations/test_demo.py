"""The demo consultations agree with themselves and cannot pass for the city's real ones."""

import re
from datetime import datetime, time
from urllib.parse import urlsplit

import pytest
from django.utils import timezone
from freezegun import freeze_time

from common.workdays import is_working_day
from consultations.demo import seed_consultations
from consultations.models import Consultation, ScheduleItem
from tests.consultations.conftest import WARSAW

pytestmark = pytest.mark.django_db

# Evening runs: a seed that took the hour of the run, or the hour in UTC, shows it here.
A_WEEK_OF_RUNS = [datetime(2026, 3, day, 20, 30, tzinfo=WARSAW) for day in range(9, 16)]
BEFORE_CHRISTMAS = datetime(2026, 12, 10, 20, 30, tzinfo=WARSAW)
SUMMER_EVENING = datetime(2026, 6, 10, 20, 30, tzinfo=WARSAW)
CITY_DOMAINS = ("czestochowa.pl", "czestochowa.um.gov.pl", "czest.pl")


def seeded_at(moment):
    with freeze_time(moment):
        seed_consultations()
    return list(Consultation.objects.prefetch_related("schedule_items"))


def local(moment):
    return timezone.localtime(moment)


@pytest.mark.parametrize("moment", [*A_WEEK_OF_RUNS, BEFORE_CHRISTMAS])
def test_no_deadline_falls_on_a_sunday_or_a_holiday(moment):
    for consultation in seeded_at(moment):
        deadline = local(consultation.ends_at).date()
        assert is_working_day(deadline), (consultation.slug, deadline)


@pytest.mark.parametrize("moment", [A_WEEK_OF_RUNS[0], SUMMER_EVENING])
def test_consultations_open_in_the_morning_and_end_at_the_end_of_a_day(moment):
    for consultation in seeded_at(moment):
        assert local(consultation.starts_at).time() == time(8, 0), consultation.slug
        assert local(consultation.ends_at).time() == time(23, 59), consultation.slug


@pytest.mark.parametrize("moment", [*A_WEEK_OF_RUNS, SUMMER_EVENING])
def test_meetings_are_on_working_days_between_seven_and_nine_in_the_evening(moment):
    seeded_at(moment)
    meetings = ScheduleItem.objects.filter(kind=ScheduleItem.Kind.MEETING)
    assert meetings.count() >= 5
    for meeting in meetings:
        start, end = local(meeting.starts_at), local(meeting.ends_at)
        assert is_working_day(start.date()), meeting.title
        assert time(7, 0) <= start.time() and end.time() <= time(21, 0), meeting.title
        assert end.date() == start.date(), meeting.title


def test_the_schedule_keeps_to_the_consultations_own_hours():
    for consultation in seeded_at(A_WEEK_OF_RUNS[0]):
        for item in consultation.schedule_items.all():
            if item.title == "Zbieranie uwag i ankieta":
                assert (item.starts_at, item.ends_at) == (
                    consultation.starts_at,
                    consultation.ends_at,
                )
            elif item.kind == ScheduleItem.Kind.MEETING:
                assert consultation.starts_at <= item.starts_at, item.title
                assert item.ends_at <= consultation.ends_at, item.title


def addresses(text: str) -> list[str]:
    """Host names of the e-mail addresses and links in a text."""
    hosts = re.findall(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", text)
    hosts += [urlsplit(url).hostname or "" for url in re.findall(r"https?://[^\s\"'<>]+", text)]
    return [host.lower() for host in hosts]


def test_no_invented_address_lies_under_the_citys_domains():
    found = []
    for consultation in seeded_at(A_WEEK_OF_RUNS[0]):
        texts = [
            str(value)
            for field in consultation._meta.concrete_fields
            if isinstance(value := getattr(consultation, field.attname), str)
        ]
        for item in consultation.schedule_items.all():
            texts += [item.place, item.accessibility, item.online_url, item.description]
        found += [host for text in texts for host in addresses(text)]
    assert found, "the demo has e-mail addresses and links to check"
    assert [host for host in found if host.endswith(CITY_DOMAINS)] == []


def test_invented_people_places_and_orders_say_they_are_examples():
    for consultation in seeded_at(A_WEEK_OF_RUNS[0]):
        assert consultation.contact_name.endswith("(przykład)"), consultation.slug
        if consultation.published_at:
            assert consultation.order_number.endswith("(przykład)"), consultation.slug
        for item in consultation.schedule_items.all():
            if item.place:
                assert item.place.endswith("(miejsce przykładowe)"), item.place


def test_no_summary_names_a_season_its_dates_may_contradict():
    for consultation in seeded_at(BEFORE_CHRISTMAS):
        text = f"{consultation.summary} {consultation.description}".lower()
        assert not re.search(r"wiosn|latem|jesieni|zimą|zimow", text), consultation.slug
