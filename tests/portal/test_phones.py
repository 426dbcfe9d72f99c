"""Every telephone number on the portal is written one way, and its link dials +48."""

import pytest

from common.phones import phone_display, phone_href


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("343707373", "34 370 73 73"),
        ("34 370-73-73", "34 370 73 73"),
        ("(34) 3707373", "34 370 73 73"),
        ("+48 34 370 75 94", "+48 34 370 75 94"),
        ("+48343707594", "+48 34 370 75 94"),
        ("0048 34 370 75 94", "+48 34 370 75 94"),
        ("601234567", "601 234 567"),
        ("112", "112"),
        ("", ""),
    ],
)
def test_a_stored_number_is_shown_in_groups(stored, shown):
    assert phone_display(stored) == shown


@pytest.mark.parametrize(
    ("stored", "href"),
    [
        ("34 370 73 73", "tel:+48343707373"),
        ("+48 34 370 75 94", "tel:+48343707594"),
        ("601 234 567", "tel:+48601234567"),
        ("112", "tel:112"),
    ],
)
def test_a_phone_link_dials_the_country_code(stored, href):
    assert phone_href(stored) == href
