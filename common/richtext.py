"""Rich text: what the editor may produce, and how stored HTML is cleaned for output.

The editor's extensions and the sanitiser share one list, so staff can only write
what will also survive the clean-up when the page is shown.
"""

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
