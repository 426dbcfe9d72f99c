"""Readable ASCII addresses from Polish titles."""

from django.utils.text import slugify

# NFKD decomposition (what slugify relies on) has no plain form of ł.
_TRANSLITERATION = str.maketrans({"ł": "l", "Ł": "L"})


def polish_slugify(text: str, max_length: int = 200) -> str:
    slug = slugify(text.translate(_TRANSLITERATION))[:max_length].strip("-")
    return slug or "wpis"


def unique_slug(model, text: str, *, max_length: int = 200, reserved=()) -> str:
    """A slug no other row has, and none of the reserved words (fixed sub-addresses)."""
    base = polish_slugify(text, max_length=max_length - 6)
    slug, number = base, 2
    while slug in reserved or model.objects.filter(slug=slug).exists():
        slug = f"{base}-{number}"
        number += 1
    return slug
