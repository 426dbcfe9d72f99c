"""The discussion as the pages show it: each comment's links for the person looking, the
form for a new comment, and the trimmed copies a page stored for everyone keeps for them.

Both the template tag (participation/templatetags) and the slots of a stored page
(participation/slots.py) build these parts here, so the two can never differ.
"""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe

from consultations.models import Consultation
from participation import permissions
from participation.forms import CommentForm
from participation.models import Comment, DraftUnit


def polish_count(count: int, one: str, few: str, many: str) -> str:
    """„1 wątek”, „3 wątki”, „5 wątków”, „22 wątki”: the three Polish plural forms."""
    if count == 1:
        word = one
    elif count % 10 in (2, 3, 4) and count % 100 not in (12, 13, 14):
        word = few
    else:
        word = many
    return f"{count} {word}"


STAND_IN = 987654321  # a number no comment has yet, replaced by each comment's own


class CommentAddresses:
    """The addresses of what can be done with a consultation's comments: each reversed once
    with a stand-in number, then given each comment's (reverse() for every link of every
    comment was most of the cost of filling a page's links)."""

    NAMES = ["comment_reply", "comment_edit", "comment_withdraw", "comment_report"]

    def __init__(self, slug: str):
        self.patterns = {
            name: reverse(f"participation:{name}", args=[slug, STAND_IN]).rpartition(str(STAND_IN))
            for name in [*self.NAMES, "official_answer"]
        }
        self.patterns["moderation_review"] = reverse(
            "participation:moderation_review", args=[STAND_IN]
        ).rpartition(str(STAND_IN))

    def __call__(self, name: str, pk: int) -> str:
        head, _, tail = self.patterns[name]
        return f"{head}{pk}{tail}"


def comment_links(
    viewer, comment, consultation, reported, addresses, *, top_level
) -> tuple[list, bool]:
    """What the person may do with the comment, as (label, address) pairs, and whether they
    have reported it already."""
    links, has_reported = [], False
    if not viewer.is_signed_in:
        return links, has_reported
    pk = comment.pk
    if top_level and permissions.can_reply(viewer, comment, consultation):
        links.append(("Odpowiedz", addresses("comment_reply", pk)))
    if permissions.can_edit(viewer, comment, consultation):
        until = timezone.localtime(comment.editable_until())
        links.append((f"Edycja (do {until:%H:%M})", addresses("comment_edit", pk)))
    if permissions.can_withdraw(viewer, comment, consultation):
        links.append(("Wycofaj", addresses("comment_withdraw", pk)))
    if permissions.can_report(viewer, comment, consultation):
        if pk in reported:
            has_reported = True
        else:
            links.append(("Zgłoś moderatorom", addresses("comment_report", pk)))
    if permissions.can_answer_officially(viewer, comment, consultation):
        links.append(("Odpowiedz w imieniu jednostki", addresses("official_answer", pk)))
    if viewer.is_moderator and comment.report_count:
        links.append(("Rozpatrz zgłoszenia", addresses("moderation_review", pk)))
    return links, has_reported


def comment_actions_html(comment, links, has_reported) -> SafeString:
    """The note „Zgłosili Państwo…” and the list of links under a comment; each link names
    the comment for screen readers."""
    parts = []
    if has_reported:
        parts.append('<p class="comment__meta">Zgłosili Państwo ten komentarz moderatorom.</p>')
    if links:
        who = "wycofany" if comment.is_withdrawn else comment.shown_name
        items = format_html_join(
            "",
            '<li><a href="{}">{}<span class="visually-hidden"> – komentarz {}, {}</span></a></li>',
            ((url, label, who, comment.when) for label, url in links),
        )
        parts.append(format_html('<ul class="comment__actions">{}</ul>', items))
    return mark_safe("".join(parts))


NEW_COMMENT = "participation/includes/new_comment.html"
# Stands for the visitor's CSRF token in the comment form kept with a stored page.
CSRF_STAND_IN = "csrf-stand-in-for-the-visitor"


def comment_form_sections(request, consultation, units) -> dict[bool, str]:
    """The section „Dodaj komentarz” with its form as every resident who may comment gets
    it, before (False) and after (True) accepting the Regulamin, the token a stand-in: kept
    with a stored page, it spares each visitor the form's rendering."""
    chosen = request.GET.get("jednostka", "")
    unit = next((unit for unit in units if unit.slug == chosen), None)
    form = CommentForm(units=units, initial={"unit": unit.slug if unit else ""})
    return {
        accepted: render_to_string(
            NEW_COMMENT,
            {
                "phase": "open",
                "consultation": consultation,
                "viewer": {"is_signed_in": True, "has_accepted_terms": accepted},
                "form": form,
                "csrf_token": CSRF_STAND_IN,
            },
        )
        for accepted in (False, True)
    }


def new_comment_context(request, viewer, consultation, units) -> dict:
    """The section „Dodaj komentarz”: the form, the invitation to log in, or the reason why
    the person cannot comment (participation/includes/new_comment.html)."""
    phase = permissions.discussion_phase(consultation, viewer.now)
    chosen = request.GET.get("jednostka", "")
    unit = next((unit for unit in units if unit.slug == chosen), None)
    refusal = permissions.why_cannot_comment(viewer, consultation) if phase == "open" else ""
    form = None
    if phase == "open" and viewer.is_signed_in and not refusal:
        form = CommentForm(units=units, initial={"unit": unit.slug if unit else ""})
    return {
        "phase": phase,
        "consultation": consultation,
        "viewer": viewer,
        "form": form,
        "refusal": refusal,
        "login_url": f"{reverse('account_login')}?next={request.path}%23nowy-komentarz",
    }


# --- What a stored page keeps for its slots ------------------------------------------------


def trimmed_consultation(consultation) -> Consultation:
    """What the rules read of a consultation, and nothing else (it is stored with the page)."""
    copy = Consultation(
        pk=consultation.pk,
        slug=consultation.slug,
        department_id=consultation.department_id,
        published_at=consultation.published_at,
        withdrawn_at=consultation.withdrawn_at,
        results_published_at=consultation.results_published_at,
        starts_at=consultation.starts_at,
        ends_at=consultation.ends_at,
    )
    copy.method_slugs = permissions.method_slugs(consultation)
    return copy


def trimmed_comment(comment) -> Comment:
    copy = Comment(
        pk=comment.pk,
        consultation_id=comment.consultation_id,
        parent_id=comment.parent_id,
        author_id=comment.author_id,
        shown_name=comment.shown_name,
        created_at=comment.created_at,
        withdrawn_at=comment.withdrawn_at,
        state=comment.state,
        report_count=comment.report_count,
    )
    copy.when = comment.when
    return copy


def trimmed_unit(unit) -> DraftUnit:
    return DraftUnit(
        pk=unit.pk, slug=unit.slug, kind=unit.kind, label=unit.label, heading=unit.heading
    )
