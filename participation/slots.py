"""The discussion's personal slots in a consultation page stored for everyone
(common.pagecache): each comment's links and the form for a new comment, filled for the
person looking from the facts the page kept (participation.display's trimmed copies).

Per request: who the person is (one query for a signed-in resident) and, the first time a
comment asks, which of the page's comments they have reported (one query, only for someone
who ever reported one); nothing per comment.
"""

from django.middleware.csrf import get_token
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
            viewer, [pair[0] for pair in discussion["comments"].values()]
        )
        memo["addresses"] = display.CommentAddresses(discussion["consultation"].slug)
    links, has_reported = display.comment_links(
        viewer,
        comment,
        discussion["consultation"],
        memo["reported"],
        memo["addresses"],
        top_level=top_level,
    )
    return display.comment_actions_html(comment, links, has_reported)


@fills_slot("nowy-komentarz")
def new_comment(request, argument, facts, memo) -> str:
    discussion = facts["discussion"]
    viewer, consultation = _viewer(request, memo), discussion["consultation"]
    if permissions.discussion_phase(consultation, viewer.now) != "open":
        return ""
    if viewer.is_signed_in and permissions.can_comment(viewer, consultation):
        section = discussion["forms"][viewer.has_accepted_terms]
        return section.replace(display.CSRF_STAND_IN, get_token(request))
    context = display.new_comment_context(request, viewer, consultation, discussion["units"])
    return render_to_string(display.NEW_COMMENT, context, request=request)
