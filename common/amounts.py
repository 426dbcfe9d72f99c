"""Amounts of money in złoty, as Polish staff type them and as residents read them.

Read: „250 000,00”, „250000,5”, „250 000 zł”, „1.250.000,00”, „250 000,-”. Grosze follow a
comma; thousands may be set apart by spaces (ordinary, non-breaking, narrow or thin ones:
what a spreadsheet or a Word document puts there) or by dots, in groups of three.

Never guessed: a reading that could change the amount a thousandfold is refused with a
message that shows the right form. So a single dot without a comma („250.000”,
„250000.50”) is refused, since it may separate thousands (Polish) or grosze (English), and
so are three digits after a comma („250,000”: English thousands, or a typo in the grosze).
Two dots („1.250.000”), or dots before a comma („1.250.000,00”), can only separate
thousands and are read so.

Shown: „250 000,00 zł”, with non-breaking spaces so that no line breaks inside the amount.
"""

import re
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError

NBSP = "\u00a0"
# Ordinary, non-breaking, narrow non-breaking (U+202F, French and Excel), thin (U+2009).
_SPACES = re.compile(r"[ \u00a0\u202f\u2009\t]+")
_CURRENCY = re.compile(r"\s*(?:zł\.?|zl|pln)$", re.IGNORECASE)
_NO_GROSZE = re.compile(r",\s*[-–]$")  # „250 000,-”: whole złoty, as on invoices
_MINUS = ("-", "−", "–")

WRITE_IT_SO = "Prosimy wpisać kwotę cyframi, np. 250 000,00 (grosze po przecinku)."
MESSAGES = {
    "not_digits": "Tej kwoty nie udało się odczytać. " + WRITE_IT_SO,
    "negative": "Kwota nie może być ujemna.",
    "ambiguous_dot": (
        "Kropka w tej kwocie może oddzielać tysiące albo grosze, więc kwoty nie odczytano. "
        "Prosimy oddzielić grosze przecinkiem, a tysiące spacją, np. 250 000,50."
    ),
    "many_decimals": (
        "Po przecinku mogą stać najwyżej dwie cyfry (grosze). Jeśli przecinek oddziela "
        "tysiące, prosimy wpisać zamiast niego spację, np. 250 000."
    ),
    "many_commas": (
        "W kwocie może być tylko jeden przecinek, przed groszami. Tysiące prosimy oddzielić "
        "spacją, np. 1 250 000,00."
    ),
    "grouping": (
        "Tysiące oddziela się co trzy cyfry, np. 1 250 000,00. Prosimy sprawdzić, czy "
        "w kwocie nie brakuje cyfry albo czy nie ma jednej za dużo."
    ),
}


def _refuse(code: str):
    return ValidationError(MESSAGES[code], code=code)


def _whole_digits(whole: str, *, has_grosze: bool) -> str:
    """The digits of the złoty part; separators only in groups of three."""
    if "." in whole:
        if whole.count(".") == 1 and not has_grosze:
            raise _refuse("ambiguous_dot")
        if not re.fullmatch(r"\d{1,3}(?:\.\d{3})+", whole):
            raise _refuse("grouping")
        return whole.replace(".", "")
    if " " in whole:
        if not re.fullmatch(r"\d{1,3}(?: \d{3})+", whole):
            raise _refuse("grouping")
        return whole.replace(" ", "")
    if not re.fullmatch(r"\d+", whole):
        raise _refuse("not_digits")
    return whole


def parse_amount(text: str) -> Decimal | None:
    """The amount typed, to the grosz (two decimal places); None when nothing was typed.

    Raises ValidationError with a Polish message (and a code from MESSAGES) for anything
    that is not certainly one amount.
    """
    text = _SPACES.sub(" ", str(text)).strip()
    text = _CURRENCY.sub("", text)
    text = _NO_GROSZE.sub("", text).strip()
    if not text:
        return None
    if text.startswith(_MINUS):
        raise _refuse("negative")
    if not re.fullmatch(r"[\d .,]+", text):
        raise _refuse("not_digits")
    whole, comma, grosze = text.partition(",")
    if "," in grosze:
        raise _refuse("many_commas")
    if comma and not re.fullmatch(r"\d{1,2}", grosze):
        raise _refuse("many_decimals" if re.fullmatch(r"\d{3,}", grosze) else "not_digits")
    digits = _whole_digits(whole, has_grosze=bool(comma))
    return Decimal(f"{digits}.{grosze.ljust(2, '0')}")


def _grouped(value: Decimal, separator: str) -> str:
    whole, grosze = f"{value:.2f}".split(".")
    groups = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{separator.join(groups)},{grosze}"


def amount_input(value: Decimal | None) -> str:
    """„250 000,00”: a stored amount as a form shows it for editing (and reads back)."""
    return "" if value is None else _grouped(Decimal(value), NBSP)


def amount_display(value: Decimal | None) -> str:
    """„250 000,00 zł”, non-breaking throughout; empty when there is no amount."""
    if value is None:
        return ""
    value = Decimal(value)
    sign = "−" if value < 0 else ""
    return f"{sign}{_grouped(abs(value), NBSP)}{NBSP}zł"


class PolishAmountField(forms.DecimalField):
    """A DecimalField that reads amounts as written in Polish (see `parse_amount`).

    A text box, not `type="number"`: Chromium in an English locale reads „250000,00” in a
    number box as 25 000 000, a hundred times the amount, and sends no word of it.
    """

    widget = forms.TextInput

    def __init__(self, **kwargs):
        kwargs.setdefault("decimal_places", 2)
        super().__init__(**kwargs)
        self.error_messages["min_value"] = MESSAGES["negative"]
        if self.max_digits is not None:
            # Django counts all digits first; the clerk thinks of złoty before the comma.
            too_long = (
                "Ta kwota ma za dużo cyfr: przed przecinkiem może ich być najwyżej "
                f"{self.max_digits - self.decimal_places}. Prosimy sprawdzić, czy nie ma "
                "w niej zer za dużo."
            )
            self.error_messages |= {"max_digits": too_long, "max_whole_digits": too_long}

    def widget_attrs(self, widget):
        return super().widget_attrs(widget) | {"inputmode": "decimal"}

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, Decimal):
            return value
        return parse_amount(value)

    def prepare_value(self, value):
        # What was typed comes back as typed; a stored amount is written the Polish way.
        return amount_input(value) if isinstance(value, Decimal) else value
