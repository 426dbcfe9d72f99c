"""Polish telephone numbers written one way: „34 370 73 73” (a landline: area code, then
3-2-2), „601 234 567” (a mobile: 3-3-3), „+48 34 370 75 94” where the stored number carries
the country code (the accessibility statement must show it), „34 370 71 00 wew. 123” with
an extension; `tel:` links always dial „+48” and the nine digits, so a phone abroad reaches
the number too.

Forms take a number only if it is one: nine digits (after +48 or 0048, if written), spaces,
hyphens, brackets and an extension after „wew.”; they store it in the groups shown."""

import re

from django import forms
from django.core.exceptions import ValidationError

# Mobile numbers start with these two digits; every other number starts with an area code.
MOBILE_PREFIXES = {"45", "50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"}
_EXTENSION = re.compile(r"[\s,]*(?:wew\.?|w\.)\s*([0-9]{1,6})\s*$", re.IGNORECASE)
_PHONE_CHARACTERS = re.compile(r"\+?[0-9\s()/.-]+")

PHONE_EXAMPLE = "np. 34 370 71 00 albo 601 234 567"
PHONE_MESSAGES = {
    "phone_characters": (
        "Numer telefonu może zawierać tylko cyfry, spacje i łączniki, "
        f"{PHONE_EXAMPLE}; numer wewnętrzny prosimy dopisać po „wew.”."
    ),
    "phone_digits": (
        "Polski numer telefonu ma dziewięć cyfr razem z numerem kierunkowym, "
        f"{PHONE_EXAMPLE}. Prosimy sprawdzić, czy żadnej cyfry nie brakuje ani nie jest za dużo."
    ),
    "phone_country": (
        "Prosimy podać polski numer: po +48 dziewięć cyfr, np. +48 34 370 71 00. "
        "Numerów zagranicznych portal nie przyjmuje."
    ),
}


def _split_extension(value: str) -> tuple[str, str]:
    """The number and its extension („wew. 123”), if one is written after it."""
    found = _EXTENSION.search(value)
    if found is None:
        return value, ""
    return value[: found.start()], found.group(1)


def _national_digits(value: str) -> tuple[str, bool] | None:
    """The nine digits of a Polish number and whether +48 was written; None if not one."""
    digits = re.sub(r"[^0-9]", "", value)
    with_country = value.lstrip().startswith(("+48", "0048"))
    if with_country:
        digits = digits.removeprefix("00").removeprefix("48")
    return (digits, with_country) if len(digits) == 9 else None


def phone_display(value: str) -> str:
    """The number in groups; anything that is not a Polish number is left as it was typed."""
    number, extension = _split_extension((value or "").strip())
    found = _national_digits(number)
    if found is None:
        return (value or "").strip()
    digits, with_country = found
    if digits[:2] in MOBILE_PREFIXES:
        grouped = f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    else:
        grouped = f"{digits[:2]} {digits[2:5]} {digits[5:7]} {digits[7:]}"
    shown = f"+48 {grouped}" if with_country else grouped
    return f"{shown} wew. {extension}" if extension else shown


def phone_href(value: str) -> str:
    """`tel:+48343707373` (`;ext=123` for an extension, RFC 3966), for the `href` of a link."""
    number, extension = _split_extension((value or "").strip())
    found = _national_digits(number)
    if found is None:
        return "tel:" + re.sub(r"[^0-9+]", "", value or "")
    return f"tel:+48{found[0]}" + (f";ext={extension}" if extension else "")


def validate_phone(value: str) -> None:
    """Refuse, with a Polish message, anything that is not a Polish telephone number."""
    number, _extension = _split_extension((value or "").strip())
    if not _PHONE_CHARACTERS.fullmatch(number.strip()):
        raise ValidationError(PHONE_MESSAGES["phone_characters"], code="phone_characters")
    stripped = number.strip()
    if stripped.startswith(("+", "00")) and not stripped.startswith(("+48", "0048")):
        raise ValidationError(PHONE_MESSAGES["phone_country"], code="phone_country")
    if _national_digits(number) is None:
        raise ValidationError(PHONE_MESSAGES["phone_digits"], code="phone_digits")


class PolishPhoneField(forms.CharField):
    """A telephone number: a `tel` box (a phone shows its keypad), checked, stored grouped."""

    default_validators = [validate_phone]

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        if isinstance(self.widget, forms.TextInput):  # the admin's own text box too
            self.widget.input_type = "tel"

    def clean(self, value):
        # Grouped only once checked: grouping picks the digits out of anything typed.
        return phone_display(super().clean(value))
