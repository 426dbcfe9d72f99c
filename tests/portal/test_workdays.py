"""Working days: Monday to Friday, without the Polish public holidays."""

from datetime import date

import pytest

from common.workdays import (
    is_working_day,
    next_working_day,
    previous_working_day,
    public_holidays,
)


def test_the_public_holidays_of_2026():
    assert sorted(public_holidays(2026)) == [
        date(2026, 1, 1),
        date(2026, 1, 6),
        date(2026, 4, 5),  # Easter Sunday
        date(2026, 4, 6),
        date(2026, 5, 1),
        date(2026, 5, 3),
        date(2026, 5, 24),  # Pentecost
        date(2026, 6, 4),  # Corpus Christi
        date(2026, 8, 15),
        date(2026, 11, 1),
        date(2026, 11, 11),
        date(2026, 12, 24),
        date(2026, 12, 25),
        date(2026, 12, 26),
    ]


def test_christmas_eve_is_a_holiday_only_from_2025():
    assert is_working_day(date(2024, 12, 24))
    assert not is_working_day(date(2025, 12, 24))


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 3, 10), date(2026, 3, 10)),  # a Tuesday stays
        (date(2026, 3, 14), date(2026, 3, 16)),  # Saturday → Monday
        (date(2026, 4, 4), date(2026, 4, 7)),  # Easter Saturday → Tuesday after Easter Monday
        (date(2026, 12, 24), date(2026, 12, 28)),  # Christmas → the Monday after
        (date(2026, 12, 31), date(2026, 12, 31)),
        (date(2027, 1, 1), date(2027, 1, 4)),
    ],
)
def test_a_date_moves_to_the_next_working_day(day, expected):
    assert next_working_day(day) == expected


def test_a_date_moves_back_to_the_previous_working_day():
    assert previous_working_day(date(2026, 4, 6)) == date(2026, 4, 3)
    assert previous_working_day(date(2026, 6, 4)) == date(2026, 6, 3)
