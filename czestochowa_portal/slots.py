"""The personal slots of base.html in a page stored for everyone (common.pagecache): the
header's account links and the messages, filled for each visitor."""

from django.contrib import messages
from django.template.loader import get_template, render_to_string

from common.pagecache import fills_slot
from czestochowa_portal.context_processors import login_url_for, news_link_shown


@fills_slot("konto")
def account_links(request, argument, facts, memo) -> str:
    # The three things the links need, without every context processor of a whole page.
    return get_template("includes/account_nav.html").render(
        {
            "user": request.user,
            "can_write_news": news_link_shown(request),
            "login_url": login_url_for(request),
        }
    )


@fills_slot("komunikaty")
def messages_for_the_visitor(request, argument, facts, memo) -> str:
    if not len(messages.get_messages(request)):
        return ""
    return render_to_string("includes/messages.html", request=request)
