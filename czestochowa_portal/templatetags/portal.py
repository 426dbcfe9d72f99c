from django import template
from js_asset import Media

from common.richtext import clean_rich_text

register = template.Library()


@register.filter
def rich_text(html):
    return clean_rich_text(html)


@register.filter
def with_csp_nonce(media, request):
    """Give a form's media (the rich-text editor's import map) the page's CSP nonce."""
    return Media.from_media(media, nonce=getattr(request, "csp_nonce", ""))
