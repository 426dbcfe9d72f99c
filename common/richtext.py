"""Rich text: what the editor may produce, and how stored HTML is cleaned for output.

The editor's extensions and the sanitiser share one list, so staff can only write
what will also survive the clean-up when the page is shown.
"""

import re

import nh3
from django.utils.safestring import SafeString, mark_safe
from django_prose_editor.config import allowlist_from_extensions, expand_extensions

RICH_TEXT_EXTENSIONS = {
    "Bold": True,
    "Italic": True,
    "Heading": {"levels": [2, 3, 4]},
    "BulletList": True,
    "OrderedList": True,
    "ListItem": True,
    "Blockquote": True,
    "HardBreak": True,
    "Link": {"enableTarget": False, "protocols": ["http", "https", "mailto", "tel"]},
    "Table": True,
    "TableRow": True,
    "TableHeader": True,
    "TableCell": True,
}

_cleaner = nh3.Cleaner(**allowlist_from_extensions(expand_extensions(RICH_TEXT_EXTENSIONS)))


def clean_rich_text(html: str | None) -> SafeString:
    """Return stored editor HTML with everything outside the allowlist removed."""
    if not html:
        return mark_safe("")
    return mark_safe(_cleaner.clean(html))


_TABLE = re.compile(r"<table\b[^>]*>.*?</table>", re.S)


def scrollable_tables(html: SafeString) -> SafeString:
    """Put every table of cleaned rich text in a region that scrolls sideways by itself.

    A table wider than a 320 px phone then never widens the page (WCAG 1.4.10 reflow); the
    region takes the keyboard focus, so it can be scrolled without a mouse, and is named for
    screen readers (numbered when there are several, as landmarks must differ).
    """
    tables = _TABLE.findall(html)
    if not tables:
        return html
    numbered = len(tables) > 1
    parts = iter(range(1, len(tables) + 1))

    def wrap(match):
        label = f"Tabela {next(parts)}" if numbered else "Tabela"
        return (
            f'<div class="table-wrap" role="region" tabindex="0" '
            f'aria-label="{label} – można ją przewijać w poziomie">{match.group(0)}</div>'
        )

    return mark_safe(_TABLE.sub(wrap, html))
