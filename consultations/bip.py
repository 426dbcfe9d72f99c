"""Links to the Biuletyn Informacji Publicznej (BIP), where the law requires the announcement.

The portal does not replace the BIP: each consultation points at its own entry there (the
President's order or the notice), so the link must lead to that entry, not to the home page
of the Bulletin, where a resident would have to search for it.
"""

from urllib.parse import urlsplit

from django.core.exceptions import ValidationError

HOME_PAGES = {"", "index.php", "index.html", "index.htm"}
NOT_AN_ENTRY = (
    "Link musi prowadzić do wpisu o tych konsultacjach w BIP (np. zarządzenia), "
    "a nie do strony głównej Biuletynu."
)


def is_entry_link(url: str) -> bool:
    """True when the link has a path beyond the host's root: a page, not a home page."""
    return urlsplit(url.strip()).path.strip("/") not in HOME_PAGES


def validate_entry_link(url: str) -> None:
    if url and not is_entry_link(url):
        raise ValidationError(NOT_AN_ENTRY, code="bip_home_page")
