from django import template

register = template.Library()


@register.filter
def expand_units(html, abbreviations):
    return abbreviations.expand(html)


@register.simple_tag
def unit_abbr(abbreviations, code):
    return abbreviations.abbr(code)
