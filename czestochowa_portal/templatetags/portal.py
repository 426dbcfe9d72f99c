from django import template
from js_asset import Media

from common import pagecache
from common.amounts import amount_display
from common.datetimes import html_datetime, polish_date, polish_datetime
from common.phones import phone_display, phone_href
from common.richtext import clean_rich_text, scrollable_tables
from common.typography import polish_nbsp
from czestochowa_portal.adminsite import polish_yes_no_icons

register = template.Library()


@register.filter
def rich_text(html):
    return scrollable_tables(polish_nbsp(clean_rich_text(html)))


@register.filter
def nbsp(value):
    return polish_nbsp(value)


@register.filter
def with_csp_nonce(media, request):
    """Give a form's media (the rich-text editor's import map) the page's CSP nonce."""
    return Media.from_media(media, nonce=getattr(request, "csp_nonce", ""))


@register.filter
def machine_time(value):
    """For `<time datetime="…">`: `{{ news.publish_at|machine_time }}`."""
    return html_datetime(value)


@register.filter(name="polish_date")
def polish_date_filter(value):
    """„1 grudnia 2026 r.”: `{{ news.publish_at|polish_date }}`."""
    return polish_date(value)


@register.filter(name="polish_datetime")
def polish_datetime_filter(value):
    """„1 grudnia 2026 r., godz. 18:00”."""
    return polish_datetime(value)


@register.filter(name="polish_yes_no_icons")
def polish_yes_no_icons_filter(cell):
    return polish_yes_no_icons(str(cell))


@register.filter
def amount(value):
    """„250 000,00 zł”, non-breaking: `{{ consultation.estimated_cost|amount }}`."""
    return amount_display(value)


@register.filter
def phone(value):
    """„34 370 73 73”: `{{ district.phone|phone }}`."""
    return phone_display(value)


@register.filter
def phone_link(value):
    """`href="{{ district.phone|phone_link }}"` gives `tel:+48343707373`."""
    return phone_href(value)


class PersonalNode(template.Node):
    def __init__(self, name, argument, nodelist):
        self.name, self.argument, self.nodelist = name, argument, nodelist

    def render(self, context):
        request = context.get("request")
        if request is not None and pagecache.rendering_for_everyone(request):
            argument = self.argument.resolve(context) if self.argument else ""
            return pagecache.personal_slot(self.name.resolve(context), argument)
        return self.nodelist.render(context)


@register.tag
def personal(parser, token):
    """`{% personal "name" argument %}…{% endpersonal %}`: what only this visitor sees.

    Rendered as usual, except in the page stored for everyone (common.pagecache), where it
    leaves the slot that the filler registered for `name` fills for each visitor.
    """
    bits = token.split_contents()
    if len(bits) not in (2, 3):
        raise template.TemplateSyntaxError("{% personal %} takes a slot name and an argument")
    nodelist = parser.parse(("endpersonal",))
    parser.delete_first_token()
    argument = parser.compile_filter(bits[2]) if len(bits) == 3 else None
    return PersonalNode(parser.compile_filter(bits[1]), argument, nodelist)
