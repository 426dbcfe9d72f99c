"""The discussion's personal slots in a consultation page stored for everyone
(common.pagecache): each comment's links and the form for a new comment, filled for the
person looking from the facts the page kept (participation.display's trimmed copies).

Per request: who the person is (two queries when signed in) and, the first time a comment
asks, which of the page's comments they have reported (one query); nothing per comment.
"""

from django.template.loader import render_to_string
from django.utils import timezone

from common.pagecache import fills_slot
from participation import display, permissions, selectors


def _viewer(request, memo):
    if "viewer" not in memo:
        memo["viewer"] = permissions.viewer_for(request.user, timezone.now())
    return memo["viewer"]


@fills_slot("akcje")
def comment_actions(request, argument, facts, memo) -> str:
    viewer = _viewer(request, memo)
    if not viewer.is_signed_in:
        return ""
    discussion = facts["discussion"]
    comment, top_level = discussion["comments"][int(argument)]
    if "reported" not in memo:
        memo["reported"] = selectors.reported_by(
            request.user, [pair[0] for pair in discussion["comments"].values()]
        )
    links, has_reported = display.comment_links(
        viewer, comment, discussion["consultation"], memo["reported"], top_level=top_level
    )
    return display.comment_actions_html(comment, links, has_reported)


@fills_slot("nowy-komentarz")
def new_comment(request, argument, facts, memo) -> str:
    discussion = facts["discussion"]
    context = display.new_comment_context(
        request, _viewer(request, memo), discussion["consultation"], discussion["units"]
    )
    if context["phase"] != "open":
        return ""
    return render_to_string("participation/includes/new_comment.html", context, request=request)
