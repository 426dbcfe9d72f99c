"""The discussion on a consultation's page, as a tag the consultation's template calls.

consultations/ knows nothing of participation: its page leaves a place for the tag, and the
tag reads what it shows through participation's selectors (a fixed number of queries).
What depends on the visitor (their forms, edit and report links) stands in `{% personal %}`
slots, which a page stored for everyone fills per visitor (participation/slots.py).
"""

from django import template
from django.urls import reverse
from django.utils import timezone

from common import pagecache
from common.datetimes import html_datetime, polish_datetime
from common.pagination import page_query
from participation import display, permissions, selectors
from participation.display import polish_count
from participation.plaintext import plain_text_html

register = template.Library()


@register.simple_tag
def offers_discussion(consultation) -> bool:
    """Whether the page has a discussion section now (for its table of contents)."""
    return permissions.discussion_phase(consultation, timezone.now()) != "absent"


@register.simple_tag
def remarks_overview(consultation) -> dict:
    """The consultation page's section on remarks: the form's phase and how many remarks
    there are (one query). `shown` is false where there is neither a form nor a remark."""
    phase = permissions.remarks_form_phase(consultation, timezone.now())
    count = selectors.remark_count(consultation) if consultation.is_published else 0
    return {
        "shown": phase != "absent" or count > 0,
        "phase": phase,
        "count": count,
        "count_text": polish_count(count, "uwaga", "uwagi", "uwag"),
        "starts": polish_datetime(consultation.starts_at),
        "with_dispositions": consultation.results_published_at is not None,
    }


@register.inclusion_tag("participation/includes/admin_dispositions.html")
def dispositions_status(consultation):
    """For the consultation's change page in the admin: how many comments and remarks still
    wait for a disposition, each count a link to the list of just those."""
    counts = selectors.lacking_dispositions(consultation)
    query = f"?konsultacje={consultation.pk}&rozpatrzenie=brak"
    return {
        "rows": [
            {
                "label": label,
                "lacking": counts[name]["lacking"],
                "total": counts[name]["total"],
                "url": reverse(f"admin:participation_{model}_changelist") + query,
            }
            for name, model, label in [
                ("comments", "comment", "Komentarze"),
                ("remarks", "remark", "Uwagi"),
            ]
        ],
    }


def _decorate(comment, *, viewer, consultation, reported, addresses, show_dispositions, top_level):
    comment.html = plain_text_html(comment.text) if comment.is_shown else ""
    comment.when = polish_datetime(comment.created_at)
    comment.when_iso = html_datetime(comment.created_at)
    comment.answers = list(comment.official_answers.all())
    for answer in comment.answers:
        answer.html = plain_text_html(answer.text)
        answer.when = polish_datetime(answer.created_at)
        answer.when_iso = html_datetime(answer.created_at)
    comment.shown_disposition = getattr(comment, "disposition", None) if show_dispositions else None
    links, has_reported = display.comment_links(
        viewer, comment, consultation, reported, addresses, top_level=top_level
    )
    comment.actions_html = display.comment_actions_html(comment, links, has_reported)


@register.inclusion_tag("participation/includes/discussion.html", takes_context=True)
def discussion(context, consultation):
    """The discussion on the consultation's page. Rendering the page stored for everyone,
    it leaves its facts for the slots (participation/slots.py) instead of personal parts."""
    request = context["request"]
    now = timezone.now()
    phase = permissions.discussion_phase(consultation, now)
    if phase == "absent":
        return {"phase": phase}
    viewer = permissions.viewer_for(request.user, now)
    units = list(selectors.units_of(consultation))
    chosen = request.GET.get("jednostka", "")
    unit = next((unit for unit in units if unit.slug == chosen), None)
    page = selectors.discussion_page(consultation, unit=unit, page_number=request.GET.get("strona"))
    comments = list(page.object_list)
    everyone = comments + [reply for comment in comments for reply in comment.replies.all()]
    reported = selectors.reported_by(viewer, everyone)
    shown = {
        "viewer": viewer,
        "consultation": consultation,
        "reported": reported,
        "addresses": display.CommentAddresses(consultation.slug),
        "show_dispositions": consultation.results_published_at is not None,
    }
    for comment in comments:
        _decorate(comment, **shown, top_level=True)
        comment.shown_replies = list(comment.replies.all())
        for reply in comment.shown_replies:
            _decorate(reply, **shown, top_level=False)
    if pagecache.rendering_for_everyone(request):
        trimmed = display.trimmed_consultation(consultation)
        trimmed_units = [display.trimmed_unit(unit) for unit in units]
        pagecache.slot_facts(request)["discussion"] = {
            "consultation": trimmed,
            "units": trimmed_units,
            "comments": {
                comment.pk: (display.trimmed_comment(comment), comment.parent_id is None)
                for comment in everyone
            },
            "forms": (
                display.comment_form_sections(request, trimmed, trimmed_units)
                if phase == "open"
                else {}
            ),
        }
    return {
        "phase": phase,
        "request": request,
        "consultation": consultation,
        "has_draft": bool(units),
        "units": units,
        "unit": unit,
        "unknown_unit": bool(chosen) and unit is None,
        "page": page,
        "comments": comments,
        "count_text": polish_count(page.paginator.count, "wątek", "wątki", "wątków"),
        "page_query": page_query(request, "strona"),
        "csrf_token": context.get("csrf_token"),
        **display.new_comment_context(request, viewer, consultation, units),
    }
