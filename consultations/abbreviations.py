"""Symbols of city units (IZ, MZD, OŚR…) expanded with <abbr title> on their first use.

BIP rules ask that no abbreviation goes unexplained; a page creates one
`UnitAbbreviations` and passes every piece of its text through it in reading order.
"""

import re

from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")


class UnitAbbreviations:
    def __init__(self, departments):
        self.names = {department.code: department.name for department in departments}
        self.seen: set[str] = set()
        codes = sorted(self.names, key=len, reverse=True)
        self.pattern = (
            re.compile(r"(?<!\w)(" + "|".join(re.escape(code) for code in codes) + r")(?!\w)")
            if codes
            else None
        )

    def abbr(self, code: str) -> str:
        """The symbol, as <abbr title="full name"> the first time, plain afterwards."""
        if code in self.seen or code not in self.names:
            return escape(code)
        self.seen.add(code)
        return format_html('<abbr title="{}">{}</abbr>', self.names[code], code)

    def expand(self, html: str) -> str:
        """Wrap the first use of each known symbol in already safe HTML text."""
        if not html or self.pattern is None:
            return mark_safe(html or "")  # the caller passes cleaned HTML
        inside_abbr = False
        parts = _TAG_OR_TEXT.split(str(html))
        for index, part in enumerate(parts):
            if part.startswith("<"):
                inside_abbr = part.lower().startswith("<abbr") or (
                    inside_abbr and not part.lower().startswith("</abbr")
                )
                continue
            if not inside_abbr and part:
                parts[index] = self.pattern.sub(lambda m: self.abbr(m.group(1)), part)
        return mark_safe("".join(parts))  # only escaped names were added
