"""Polish telephone numbers written one way: „34 370 73 73” (a landline: area code, then
3-2-2), „601 234 567” (a mobile: 3-3-3), „+48 34 370 75 94” where the stored number carries
the country code (the accessibility statement must show it); `tel:` links always dial
„+48” and the nine digits, so a phone abroad reaches the number too."""

import re

# Mobile numbers start with these two digits; every other number starts with an area code.
MOBILE_PREFIXES = {"45", "50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"}


def _national_digits(value: str) -> tuple[str, bool] | None:
    """The nine digits of a Polish number and whether +48 was written; None if not one."""
    digits = re.sub(r"\D", "", value)
    with_country = value.lstrip().startswith(("+48", "0048"))
    if with_country:
        digits = digits.removeprefix("00").removeprefix("48")
    return (digits, with_country) if len(digits) == 9 else None


def phone_display(value: str) -> str:
    """The number in groups; anything that is not a Polish number is left as it was typed."""
    found = _national_digits(value or "")
    if found is None:
        return (value or "").strip()
    digits, with_country = found
    if digits[:2] in MOBILE_PREFIXES:
        grouped = f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    else:
        grouped = f"{digits[:2]} {digits[2:5]} {digits[5:7]} {digits[7:]}"
    return f"+48 {grouped}" if with_country else grouped


def phone_href(value: str) -> str:
    """`tel:+48343707373`, for the `href` of a link."""
    found = _national_digits(value or "")
    if found is None:
        return "tel:" + re.sub(r"[^\d+]", "", value or "")
    return f"tel:+48{found[0]}"
