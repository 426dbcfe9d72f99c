from django import template

from czestochowa_portal.richtext import clean_rich_text

register = template.Library()


@register.filter
def rich_text(html):
    return clean_rich_text(html)
