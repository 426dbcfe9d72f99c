"""The discussion on a consultation's page, as a tag the consultation's template calls.

consultations/ knows nothing of participation: its page leaves a place for the tag, and the
tag reads what it shows through participation's selectors (a fixed number of queries).
What depends on the visitor (their forms, edit and report links) is rendered only for a
signed-in visitor, whose pages are never stored for others.
"""

from django import template
from django.urls import reverse
from django.utils import timezone

from common.datetimes import html_datetime, polish_datetime
from common.pagination import page_query
from participation import permissions, selectors
from participation.forms import CommentForm
from participation.plaintext import plain_text_html

register = template.Library()


def polish_count(count: int, one: str, few: str, many: str) -> str:
    """„1 wątek”, „3 wątki”, „5 wątków”, „22 wątki”: the three Polish plural forms."""
    if count == 1:
        word = one
    elif count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        word = few
    else:
        word = many
    return f"{count} {word}"


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


def _decorate(comment, viewer, consultation, reported, show_dispositions, *, top_level):
    comment.html = plain_text_html(comment.text) if comment.is_shown else ""
    comment.when = polish_datetime(comment.created_at)
    comment.when_iso = html_datetime(comment.created_at)
    comment.answers = list(comment.official_answers.all())
    for answer in comment.answers:
        answer.html = plain_text_html(answer.text)
        answer.when = polish_datetime(answer.created_at)
        answer.when_iso = html_datetime(answer.created_at)
    comment.shown_disposition = getattr(comment, "disposition", None) if show_dispositions else None
    slug = consultation.slug
    links = []
    if viewer.is_signed_in:
        if top_level and permissions.can_reply(viewer, comment, consultation):
            links.append(
                ("Odpowiedz", reverse("participation:comment_reply", args=[slug, comment.pk]))
            )
        if permissions.can_edit(viewer, comment, consultation):
            until = timezone.localtime(comment.editable_until())
            links.append(
                (
                    f"Popraw (do {until:%H:%M})",
                    reverse("participation:comment_edit", args=[slug, comment.pk]),
                )
            )
        if permissions.can_withdraw(viewer, comment, consultation):
            links.append(
                ("Wycofaj", reverse("participation:comment_withdraw", args=[slug, comment.pk]))
            )
        if permissions.can_report(viewer, comment, consultation):
            if comment.pk in reported:
                comment.reported = True
            else:
                links.append(
                    (
                        "Zgłoś moderatorom",
                        reverse("participation:comment_report", args=[slug, comment.pk]),
                    )
                )
        if permissions.can_answer_officially(viewer, comment, consultation):
            links.append(
                (
                    "Odpowiedz w imieniu jednostki",
                    reverse("participation:official_answer", args=[slug, comment.pk]),
                )
            )
        if viewer.is_moderator and comment.report_count:
            links.append(
                (
                    "Rozpatrz zgłoszenia",
                    reverse("participation:moderation_review", args=[comment.pk]),
                )
            )
    comment.links = links


@register.inclusion_tag("participation/includes/discussion.html", takes_context=True)
def discussion(context, consultation):
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
    reported = selectors.reported_by(request.user, everyone)
    show_dispositions = consultation.results_published_at is not None
    for comment in comments:
        _decorate(comment, viewer, consultation, reported, show_dispositions, top_level=True)
        comment.shown_replies = list(comment.replies.all())
        for reply in comment.shown_replies:
            _decorate(reply, viewer, consultation, reported, show_dispositions, top_level=False)
    refusal = permissions.why_cannot_comment(viewer, consultation) if phase == "open" else ""
    form = None
    if phase == "open" and viewer.is_signed_in and not refusal:
        form = CommentForm(units=units, initial={"unit": unit.slug if unit else ""})
    return {
        "phase": phase,
        "request": request,
        "consultation": consultation,
        "viewer": viewer,
        "units": units,
        "has_draft": bool(units),
        "unit": unit,
        "unknown_unit": bool(chosen) and unit is None,
        "page": page,
        "comments": comments,
        "count_text": polish_count(page.paginator.count, "wątek", "wątki", "wątków"),
        "page_query": page_query(request, "strona"),
        "form": form,
        "refusal": refusal,
        "login_url": f"{reverse('account_login')}?next={request.path}%23nowy-komentarz",
        "csrf_token": context.get("csrf_token"),
    }
