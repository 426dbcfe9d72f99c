"""`<time datetime>` carries what HTML accepts: local time to the second, with its offset."""

import datetime
from zoneinfo import ZoneInfo

from django.template import Context, Template

from common.datetimes import html_datetime

UTC = datetime.UTC


def test_an_aware_time_is_written_in_polish_time_to_the_second():
    moment = datetime.datetime(2026, 12, 1, 20, 34, 17, 981942, tzinfo=UTC)
    assert html_datetime(moment) == "2026-12-01T21:34:17+01:00"


def test_summer_time_has_its_own_offset():
    moment = datetime.datetime(2026, 7, 1, 8, 0, 0, 123, tzinfo=ZoneInfo("Europe/Warsaw"))
    assert html_datetime(moment) == "2026-07-01T08:00:00+02:00"


def test_a_date_stays_a_date_and_nothing_stays_empty():
    assert html_datetime(datetime.date(2026, 3, 5)) == "2026-03-05"
    assert html_datetime(None) == ""


def test_the_template_filter_writes_the_same():
    moment = datetime.datetime(2026, 12, 1, 20, 34, 17, 981942, tzinfo=UTC)
    template = Template("{% load portal %}{{ moment|machine_time }}")
    html = template.render(Context({"moment": moment}))
    assert html == "2026-12-01T21:34:17+01:00"
