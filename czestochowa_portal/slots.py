"""The personal slots of base.html in a page stored for everyone (common.pagecache): the
header's account links and the messages, filled for each visitor."""

from django.contrib import messages
from django.template.loader import render_to_string

from common.pagecache import fills_slot


@fills_slot("konto")
def account_links(request, argument, facts, memo) -> str:
    return render_to_string("includes/account_nav.html", request=request)


@fills_slot("komunikaty")
def messages_for_the_visitor(request, argument, facts, memo) -> str:
    if not len(messages.get_messages(request)):
        return ""
    return render_to_string("includes/messages.html", request=request)
