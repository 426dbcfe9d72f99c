"""Polish typesetting: no line may end with a one-letter word or an abbreviation that
belongs to what follows („w Częstochowie”, „ul. Śląska”, „nr 3”, „2026 r.”)."""

import re

from django.utils.html import conditional_escape
from django.utils.safestring import SafeString, mark_safe

NBSP = "\u00a0"

# A one-letter word (a, i, o, u, w, z and their capitals) or a short abbreviation, then
# ordinary spaces: the spaces become one non-breaking space.
_BEFORE = re.compile(
    r"(?<![\w.])([aiouwzAIOUWZ]|nr|Nr|ul\.|al\.|pl\.|pok\.|tel\.|godz\.|ok\.|ust\.|pkt|art\.|§)"
    r"[ \t]+(?=\S)"
)
# „r.” after a year, „zł” after an amount: glued to the number before them.
_AFTER = re.compile(r"(\d)[ \t]+(r\.|zł|m²|km|min)(?!\w)")
_TAG = re.compile(r"(<[^>]*>)")


def _text(text: str) -> str:
    # Twice, so that chains of one-letter words („i w domu”) are all caught.
    for _ in range(2):
        text = _BEFORE.sub(lambda match: match.group(1) + NBSP, text)
    return _AFTER.sub(lambda match: match.group(1) + NBSP + match.group(2), text)


def polish_nbsp(value) -> SafeString:
    """The value escaped (unless already safe HTML) with non-breaking spaces set.

    In HTML only the text between tags changes, never a tag or its attributes.
    """
    html = str(conditional_escape(value))
    return mark_safe(
        "".join(part if part.startswith("<") else _text(part) for part in _TAG.split(html))
    )
