"""Working days in Poland: Monday to Friday, except public holidays.

The holidays are those of the act on days free from work (ustawa z dnia 18 stycznia 1951 r.
o dniach wolnych od pracy): Epiphany since 2011, Christmas Eve since 2025. A deadline that
falls on a Saturday, a Sunday or a holiday is one nobody can meet at the office.
"""

from datetime import date, timedelta
from functools import cache

from dateutil.easter import easter

DAY = timedelta(days=1)
FIXED_HOLIDAYS = [(1, 1), (5, 1), (5, 3), (8, 15), (11, 1), (11, 11), (12, 25), (12, 26)]


@cache
def public_holidays(year: int) -> frozenset[date]:
    easter_sunday = easter(year)
    days = {date(year, month, day) for month, day in FIXED_HOLIDAYS}
    days |= {
        easter_sunday,
        easter_sunday + DAY,  # Easter Monday
        easter_sunday + 49 * DAY,  # Pentecost (Zielone Świątki)
        easter_sunday + 60 * DAY,  # Corpus Christi (Boże Ciało)
    }
    if year >= 2011:
        days.add(date(year, 1, 6))
    if year >= 2025:
        days.add(date(year, 12, 24))
    return frozenset(days)


def is_working_day(day: date) -> bool:
    return day.weekday() < 5 and day not in public_holidays(day.year)


def next_working_day(day: date) -> date:
    """The day itself if it is a working day, else the first working day after it."""
    while not is_working_day(day):
        day += DAY
    return day


def previous_working_day(day: date) -> date:
    """The day itself if it is a working day, else the last working day before it."""
    while not is_working_day(day):
        day -= DAY
    return day
