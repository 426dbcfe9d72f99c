"""Dates and times written for people („1 grudnia 2026 r.”) and for machines (the `datetime`
attribute of `<time>`), and an end that a form checks against its start."""

import datetime

from django.utils import timezone
from django.utils.formats import date_format


def html_datetime(value: datetime.date | datetime.datetime | None) -> str:
    """ISO 8601 as HTML accepts it: a date, or local time to the second with its offset.

    Python's isoformat() adds microseconds, and HTML allows at most three digits of a
    fraction of a second; no page says anything to the millisecond anyway.
    """
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.isoformat(timespec="seconds")
    return value.isoformat()


def polish_date(value: datetime.date | datetime.datetime | None) -> str:
    """„1 grudnia 2026 r.” — the day in the city's time, always with „r.” after the year."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime) and timezone.is_aware(value):
        value = timezone.localtime(value)
    return date_format(value, "DATE_FORMAT")


def polish_datetime(value: datetime.datetime | None) -> str:
    """„1 grudnia 2026 r., godz. 18:00”."""
    if value is None:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return date_format(value, "DATETIME_FORMAT")


def check_ends_after_start(form, start: str, end: str, message: str, *, same_allowed=False):
    """Put the error of an end set before its start beside the end field.

    The database's check constraint says the same, but a form shows a constraint's message
    above everything, far from the date to correct; an error on the field also spares the
    constraint's query (Django skips a constraint whose field already failed).
    """
    starts, ends = form.cleaned_data.get(start), form.cleaned_data.get(end)
    if starts is None or ends is None:
        return
    if ends < starts or (ends == starts and not same_allowed):
        form.add_error(end, message)


def polish_short_datetime(value: datetime.datetime | None) -> str:
    """„22.12.2026 08:00” — for a table column that must stay narrow; it may wrap between the
    date and the time."""
    if value is None:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return date_format(value, "SHORT_DATETIME_FORMAT")
