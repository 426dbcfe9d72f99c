"""Amounts in złoty: what staff type, what is stored, what is refused and why, what is shown.

The rule in one line: a reading is accepted only when it is the only possible one; anything
that could be a thousand times more or less is refused with a message showing the right form.
"""

from decimal import Decimal

import pytest
from django import forms
from django.core.exceptions import ValidationError
from django.template import Context, Template

from common.amounts import (
    MESSAGES,
    PolishAmountField,
    amount_display,
    amount_input,
    parse_amount,
)

NBSP = "\u00a0"
NARROW_NBSP = "\u202f"

# typed → stored
READ = [
    ("250 000,00", "250000.00"),  # spaces between thousands, grosze after the comma
    ("250000,00", "250000.00"),  # the trial's input: stored as typed, not 25 000 000
    ("250000,5", "250000.50"),  # one digit of grosze means tens of grosze
    ("250 000 zł", "250000.00"),
    ("250 000,00 zł", "250000.00"),
    ("250 000 zł.", "250000.00"),
    ("12,5 PLN", "12.50"),
    (f"250{NBSP}000,00", "250000.00"),  # copied from a page of the portal
    (f"250{NARROW_NBSP}000,00", "250000.00"),  # copied from a spreadsheet
    ("250\u2009000,00", "250000.00"),  # a thin space, from a typeset document
    ("1 250 000,00", "1250000.00"),
    ("1.250.000,00", "1250000.00"),  # dots before a comma can only be thousands
    ("1.250.000", "1250000.00"),  # two dots can only be thousands
    ("250 000,-", "250000.00"),  # whole złoty, as invoices write it
    ("250 000,- zł", "250000.00"),
    ("  18 500 000  ", "18500000.00"),
    ("0", "0.00"),
    ("0,05", "0.05"),
    ("999", "999.00"),
]

# typed → the code of the refusal
REFUSED = [
    ("250.000", "ambiguous_dot"),  # 250 thousand in Polish, 250 in English
    ("250000.00", "ambiguous_dot"),  # a decimal point: refused, not read either way
    ("2.5", "ambiguous_dot"),
    ("250,000", "many_decimals"),  # English thousands, or three digits of grosze
    ("250000,505", "many_decimals"),
    ("1,250,000.00", "many_commas"),  # English throughout
    ("1,250,000", "many_commas"),
    ("25 0000", "grouping"),  # a digit too many or too few somewhere
    ("2 50 000", "grouping"),
    ("1 250.000,00", "grouping"),  # spaces and dots mixed
    ("1.25.000,00", "grouping"),
    ("1.2500", "ambiguous_dot"),
    ("-250 000", "negative"),
    ("−250", "negative"),
    ("ćwierć miliona", "not_digits"),
    ("250 tys.", "not_digits"),
    ("250k", "not_digits"),
    ("1e6", "not_digits"),
    (",50", "not_digits"),
    ("<b>250</b>", "not_digits"),
    ("250 000 EUR", "not_digits"),
]


@pytest.mark.parametrize(("typed", "stored"), READ)
def test_a_polish_amount_is_stored_to_the_grosz(typed, stored):
    value = parse_amount(typed)
    assert value == Decimal(stored)
    assert str(value) == stored  # two decimal places, whatever was typed


@pytest.mark.parametrize(("typed", "code"), REFUSED)
def test_an_amount_that_is_not_certainly_one_number_is_refused_with_its_reason(typed, code):
    with pytest.raises(ValidationError) as refusal:
        parse_amount(typed)
    assert refusal.value.code == code
    assert refusal.value.messages == [MESSAGES[code]]


def test_each_refusal_says_what_to_type_instead():
    assert MESSAGES["ambiguous_dot"] == (
        "Kropka w tej kwocie może oddzielać tysiące albo grosze, więc kwoty nie odczytano. "
        "Prosimy oddzielić grosze przecinkiem, a tysiące spacją, np. 250 000,50."
    )
    assert MESSAGES["many_decimals"].startswith("Po przecinku mogą stać najwyżej dwie cyfry")
    for code, message in MESSAGES.items():
        if code != "negative":
            assert "np. " in message, code  # an example of the right form


@pytest.mark.parametrize("typed", ["", "   ", " zł", NBSP])
def test_nothing_typed_is_no_amount(typed):
    assert parse_amount(typed) is None


@pytest.mark.parametrize(
    ("stored", "shown"),
    [
        ("250000.00", f"250{NBSP}000,00{NBSP}zł"),
        ("18500000", f"18{NBSP}500{NBSP}000,00{NBSP}zł"),
        ("1250000.5", f"1{NBSP}250{NBSP}000,50{NBSP}zł"),
        ("999.99", f"999,99{NBSP}zł"),
        ("1000", f"1{NBSP}000,00{NBSP}zł"),
        ("0", f"0,00{NBSP}zł"),
    ],
)
def test_an_amount_is_shown_with_polish_separators_that_do_not_break(stored, shown):
    assert amount_display(Decimal(stored)) == shown


def test_no_amount_is_shown_as_nothing():
    assert amount_display(None) == ""
    assert amount_input(None) == ""


@pytest.mark.parametrize("stored", ["0.00", "0.05", "999.99", "250000.00", "123456789012.34"])
def test_what_is_shown_reads_back_as_the_same_amount(stored):
    value = Decimal(stored)
    assert parse_amount(amount_input(value)) == value
    assert parse_amount(amount_display(value)) == value


def test_the_template_filter_writes_the_same():
    html = Template("{% load portal %}{{ cost|amount }}").render(
        Context({"cost": Decimal("250000.00")})
    )
    assert html == f"250{NBSP}000,00{NBSP}zł"


class CostForm(forms.Form):
    cost = PolishAmountField(max_digits=14, min_value=0, required=False)


def test_the_form_field_is_a_text_box_with_a_decimal_keypad():
    # Not type="number": Chromium in an English locale reads „250000,00” there as 25000000.
    html = str(CostForm()["cost"])
    assert 'type="text"' in html
    assert 'inputmode="decimal"' in html
    assert "step=" not in html


def test_the_form_field_stores_what_was_typed_and_shows_it_back_the_polish_way():
    form = CostForm({"cost": "250000,00"})
    assert form.is_valid()
    assert form.cleaned_data["cost"] == Decimal("250000.00")
    assert f'value="250{NBSP}000,00"' in str(CostForm(initial={"cost": Decimal("250000")})["cost"])


def test_the_form_field_keeps_a_refused_amount_as_typed_beside_its_message():
    form = CostForm({"cost": "250.000"})
    assert not form.is_valid()
    assert form.errors["cost"] == [MESSAGES["ambiguous_dot"]]
    assert 'value="250.000"' in str(form["cost"])


def test_the_form_field_refuses_more_digits_than_the_column_holds():
    form = CostForm({"cost": "1 000 000 000 000,00"})
    assert not form.is_valid()
    assert form.errors["cost"] == [
        "Ta kwota ma za dużo cyfr: przed przecinkiem może ich być najwyżej 12. Prosimy "
        "sprawdzić, czy nie ma w niej zer za dużo."
    ]
