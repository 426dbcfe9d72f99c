"""Residents' text as the pages show it: plain text with its line breaks and its web
addresses as links; nothing the writer typed is ever read as HTML."""

from django.utils.html import urlize
from django.utils.safestring import SafeString, mark_safe
from django.utils.text import normalize_newlines


def plain_text_html(text: str) -> SafeString:
    """Escaped text, line breaks as <br>, addresses as links that search engines ignore."""
    html = urlize(normalize_newlines(text or ""), nofollow=True, autoescape=True)
    return mark_safe(html.replace("\n", "<br>"))


def link_count(text: str) -> int:
    """How many links the text would show: the same reading as `plain_text_html`."""
    return plain_text_html(text).count("<a ")
