"""Every telephone number on the portal is written one way, and its link dials +48."""

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models

from common.phones import (
    PHONE_MESSAGES,
    PolishPhoneField,
    phone_display,
    phone_href,
    validate_phone,
)


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


@pytest.mark.parametrize(
    ("stored", "shown", "href"),
    [
        ("34 370 71 00 wew. 123", "34 370 71 00 wew. 123", "tel:+48343707100;ext=123"),
        ("343707100 w. 12", "34 370 71 00 wew. 12", "tel:+48343707100;ext=12"),
        ("+48 34 370 71 00, wew 5", "+48 34 370 71 00 wew. 5", "tel:+48343707100;ext=5"),
    ],
)
def test_an_extension_is_written_after_wew_and_dialled_after_the_number(stored, shown, href):
    assert phone_display(stored) == shown
    assert phone_href(stored) == href


@pytest.mark.parametrize(
    "typed",
    [
        "34 370 73 73",
        "343707373",
        "(34) 370-73-73",
        "34/370 73 73",
        "+48 34 370 75 94",
        "0048 601 234 567",
        "601-234-567",
        "34 370 71 00 wew. 123",
    ],
)
def test_a_polish_number_passes_the_check(typed):
    validate_phone(typed)


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("3437073", "phone_digits"),  # a digit missing
        ("34 370 73 733", "phone_digits"),  # one too many
        ("0 34 370 73 73", "phone_digits"),  # the old trunk zero
        ("112", "phone_digits"),
        ("+49 30 1234567", "phone_country"),
        ("0049 30 1234567", "phone_country"),
        ("tel. 34 370 73 73", "phone_characters"),
        ("34 370 73 73 lub 601 234 567", "phone_characters"),
        ("<script>alert(1)</script>", "phone_characters"),
        ("brak", "phone_characters"),
    ],
)
def test_what_is_not_a_polish_number_is_refused_with_a_polish_message(typed, code):
    with pytest.raises(ValidationError) as refusal:
        validate_phone(typed)
    assert refusal.value.code == code
    assert refusal.value.messages == [PHONE_MESSAGES[code]]
    assert "34 370 71 00" in refusal.value.messages[0]  # an example of the right form


def test_the_form_field_is_a_tel_box_and_stores_the_number_in_groups():
    field = PolishPhoneField(required=False)
    assert 'type="tel"' in field.widget.render("phone", "")
    assert field.clean("343707373") == "34 370 73 73"
    assert field.clean("") == ""
    with pytest.raises(ValidationError):
        field.clean("3437073")


def phone_like_model_fields():
    for model in apps.get_models():
        for field in model._meta.get_fields():
            if isinstance(field, models.CharField) and (
                "phone" in field.name or "telefon" in str(field.verbose_name)
            ):
                yield model, field


def test_every_telephone_field_of_the_portal_checks_the_number():
    found = list(phone_like_model_fields())
    names = {f"{model._meta.label}.{field.name}" for model, field in found}
    assert {
        "consultations.Department.phone",
        "consultations.Consultation.contact_phone",
        "districts.District.phone",
        "czestochowa_portal.AccessibilityStatement.contact_phone",
    } <= names
    for model, field in found:
        if model._meta.label.split(".")[-1].startswith("Historical"):
            continue  # django-simple-history copies the column, not the form
        with pytest.raises(ValidationError):  # validate_phone, or a stricter rule of its own
            field.run_validators("34 370 71")
        assert isinstance(field.formfield(), PolishPhoneField), f"{model._meta.label}.{field.name}"


@pytest.mark.parametrize("typed", ["+48 ３４３７０７３７３", "٣٤٣٧٠٧٣٧٣", "34 370 7３ 73"])
def test_a_phone_written_with_other_scripts_digits_is_refused(typed):
    from django.core.exceptions import ValidationError

    from common.phones import validate_phone

    with pytest.raises(ValidationError):
        validate_phone(typed)
