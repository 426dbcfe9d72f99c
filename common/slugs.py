"""Readable ASCII addresses from Polish titles."""

from django.db import IntegrityError, transaction
from django.utils.text import slugify

# NFKD decomposition (what slugify relies on) has no plain form of ł.
_TRANSLITERATION = str.maketrans({"ł": "l", "Ł": "L"})
SAVE_ATTEMPTS = 5


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


def save_with_unique_slug(instance, text: str, *, max_length: int = 200, reserved=()):
    """Save a new row under a slug from `text`, even when another request takes it meanwhile.

    The check in unique_slug cannot see a row another transaction has not committed yet:
    two posts with the same title at the same moment both pick the same slug, and the
    second insert hits the unique constraint. It then waits for the first to commit, so a
    fresh check (in a savepoint, so the caller's transaction goes on) sees that slug taken.
    """
    model = type(instance)
    for attempt in range(SAVE_ATTEMPTS):
        instance.slug = unique_slug(model, text, max_length=max_length, reserved=reserved)
        try:
            with transaction.atomic():
                instance.save()
        except IntegrityError:
            taken = model.objects.filter(slug=instance.slug).exists()
            if not taken or attempt == SAVE_ATTEMPTS - 1:
                raise
        else:
            return instance
