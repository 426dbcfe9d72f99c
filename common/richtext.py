"""Rich text: what the editor may produce, how it is stored and cleaned, and the editor's words.

The editor's extensions and the sanitiser share one list, so staff can only write
what will also survive the clean-up when the page is shown.
"""

import html as html_entities
import re

import nh3
from django.core.exceptions import ValidationError
from django.utils.safestring import SafeString, mark_safe
from django.views.i18n import JavaScriptCatalog
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
    # The portal's own: Polish toolbar, tab stops, the table dialog and „Zakończ listę”
    # (static/js/editor-polish.js, registered in settings.DJANGO_PROSE_EDITOR_EXTENSIONS).
    "PolishEditor": True,
}

_cleaner = nh3.Cleaner(**allowlist_from_extensions(expand_extensions(RICH_TEXT_EXTENSIONS)))

# --- Links --------------------------------------------------------------------------------------

_LINK = re.compile(r'(<a\b[^>]*?\bhref=")([^"]*)(")')
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:", re.I)
_EMAIL = re.compile(r"^[^@\s/:]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}$")
# „www.czestochowa.pl”, „czestochowa.pl/aktualnosci?x=1”, „bip.czestochowa.pl:8080/”
_HOST = re.compile(r"^(?:[\w](?:[\w-]*[\w])?\.)+[^\W\d_]{2,}(?::\d{1,5})?(?:[/?#]\S*)?$")


def link_target(href: str) -> str | None:
    """Where a link typed in the editor leads, or None when it cannot be read.

    A browser takes „www.czestochowa.pl” for a path on the portal (a page that does not
    exist), so an address without a scheme gets https:// and an e-mail address mailto:.
    Paths of the portal („/konsultacje/”) and anchors („#mapa”) stay as they are.
    """
    href = href.strip()
    if not href or href.startswith("#") or _SCHEME.match(href):
        return href
    if href.startswith("//"):
        return f"https:{href}"
    if href.startswith("/"):
        return href
    if _EMAIL.match(href):
        return f"mailto:{href}"
    if _HOST.match(href):
        return f"https://{href}"
    return None


def _links_with_targets(html: str, *, strict: bool) -> str:
    unreadable = []

    def fix(match):
        href = html_entities.unescape(match.group(2))
        target = link_target(href)
        if target is None:
            unreadable.append(href)
            return match.group(0)
        return f"{match.group(1)}{html_entities.escape(target)}{match.group(3)}"

    fixed = _LINK.sub(fix, html)
    if strict and unreadable:
        raise ValidationError(
            [
                ValidationError(
                    "Adres odnośnika „%(href)s” nie prowadzi do żadnej strony. Prosimy wpisać "
                    "pełny adres (np. https://www.czestochowa.pl) albo ścieżkę w portalu "
                    "zaczynającą się od „/” (np. /konsultacje/).",
                    code="unreadable_link",
                    params={"href": href},
                )
                for href in unreadable
            ]
        )
    return fixed


# --- Storing and showing ------------------------------------------------------------------------

_EMPTY = re.compile(r"^<(\w+)></\1>$")


def sanitize_rich_text(html: str) -> str:
    """What a rich-text field stores: only the allowlist's HTML, every link with its scheme.

    The fields' `sanitize`, so it holds for the admin and the panel alike, with or without
    JavaScript. A link that cannot be read is refused with a message beside the field.
    """
    cleaned = _links_with_targets(_cleaner.clean(html or ""), strict=True)
    # The editor leaves one empty paragraph in an empty field: store it as empty.
    return "" if _EMPTY.match(cleaned) else cleaned


def clean_rich_text(html: str | None) -> SafeString:
    """Return stored editor HTML with everything outside the allowlist removed.

    Links saved before the rule above get their scheme here too.
    """
    if not html:
        return mark_safe("")
    return mark_safe(_links_with_targets(_cleaner.clean(html), strict=False))


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


# --- The editor's words -------------------------------------------------------------------------

# Everything the editor (django-prose-editor) shows, keyed by its English. Its dialogs ask
# gettext; its toolbar names buttons in English, which static/js/editor-polish.js looks up
# here. The JavaScript catalogue below serves them, over the package's own Polish.
EDITOR_WORDS = {
    # toolbar
    "paragraph": "Akapit",
    "Paragraph": "Akapit",
    "heading 2": "Nagłówek poziomu 2",
    "heading 3": "Nagłówek poziomu 3",
    "heading 4": "Nagłówek poziomu 4",
    "Heading 2": "Nagłówek poziomu 2",
    "Heading 3": "Nagłówek poziomu 3",
    "Heading 4": "Nagłówek poziomu 4",
    "question_mark": "Różne style",
    "Text style": "Styl tekstu",
    "unordered list": "Lista punktowana",
    "ordered list": "Lista numerowana",
    "Leave the list": "Zakończ listę",
    "Leave the list: Enter in an empty item or Shift+Tab": (
        "Zakończ listę: punkt stanie się zwykłym akapitem (to samo robi Enter w pustym punkcie "
        "albo Shift+Tab)"
    ),
    "blockquote": "Cytat",
    "bold": "Pogrubienie",
    "italic": "Kursywa",
    "insert link": "Wstaw odnośnik",
    "remove link": "Usuń odnośnik",
    "Insert table": "Wstaw tabelę",
    "Add column": "Dodaj kolumnę",
    "Delete column": "Usuń kolumnę",
    "Add row": "Dodaj wiersz",
    "Delete row": "Usuń wiersz",
    "Merge cells": "Scal komórki",
    "Split cell": "Podziel komórkę",
    "Toggle header cell": "Komórka nagłówka: włącz lub wyłącz",
    "Delete table": "Usuń tabelę",
    "undo": "Cofnij",
    "redo": "Ponów",
    # dialogs
    "Update": "Zatwierdź",
    "Cancel": "Anuluj",
    "Insert": "Wstaw",
    "Edit Link": "Odnośnik",
    "URL": (
        "Adres: pełny (np. https://www.czestochowa.pl) albo ścieżka w portalu (np. /konsultacje/)"
    ),
    "Title": "Opis odnośnika (nieobowiązkowy)",
    "Open in new window": "Otwórz w nowym oknie",
    "Table Properties": "Nowa tabela",
    "Rows": "Liczba wierszy",
    "Columns": "Liczba kolumn",
    "Include header row": "Pierwszy wiersz jako nagłówek",
    "Insert Table": "Wstaw tabelę",
    "List properties": "Właściwości listy",
    "Start at": "Numeracja od",
    "List type": "Rodzaj numeracji",
    "Bullets": "Punktory",
    "Decimal numbers": "Cyfry arabskie",
    "Lowercase letters": "Małe litery",
    "Uppercase letters": "Wielkie litery",
    "Lowercase Roman numerals": "Małe cyfry rzymskie",
    "Uppercase Roman numerals": "Wielkie cyfry rzymskie",
}


class EditorCatalog(JavaScriptCatalog):
    """The JavaScript catalogue of the pages with an editor: the package's Polish, and ours."""

    packages = ["django_prose_editor"]

    def get_catalog(self):
        return super().get_catalog() | EDITOR_WORDS
