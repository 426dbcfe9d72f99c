"""Dates and times written for machines: the `datetime` attribute of `<time>`."""

import datetime

from django.utils import timezone


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
