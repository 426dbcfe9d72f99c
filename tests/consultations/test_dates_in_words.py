"""Dates on consultation pages: „r.” after every year, the weekday in lower case mid-line."""

from datetime import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from consultations.display import schedule_when

WARSAW = ZoneInfo("Europe/Warsaw")


def test_a_schedule_item_reads_with_a_lower_case_weekday_and_r():
    item = SimpleNamespace(
        starts_at=datetime(2026, 3, 16, 18, 0, tzinfo=WARSAW),
        ends_at=datetime(2026, 3, 16, 20, 0, tzinfo=WARSAW),
    )
    assert schedule_when(item) == "poniedziałek, 16 marca 2026 r., godz. 18:00–20:00"


def test_an_item_over_two_days_names_both_dates_with_r():
    item = SimpleNamespace(
        starts_at=datetime(2026, 3, 16, 18, 0, tzinfo=WARSAW),
        ends_at=datetime(2026, 3, 17, 10, 0, tzinfo=WARSAW),
    )
    assert schedule_when(item) == (
        "poniedziałek, 16 marca 2026 r., godz. 18:00 – 17 marca 2026 r., godz. 10:00"
    )
