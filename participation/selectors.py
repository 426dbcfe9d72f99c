"""Reads of the discussion and the drafts: each a fixed number of queries, whatever the data."""

from django.core.paginator import Paginator
from django.db.models import Count, Min, Prefetch, Q, prefetch_related_objects

from participation.models import (
    Comment,
    DraftDocument,
    DraftUnit,
    OfficialAnswer,
    Remark,
    Report,
)

COMMENTS_PER_PAGE = 20


def _answers():
    return Prefetch(
        "official_answers", queryset=OfficialAnswer.objects.select_related("department")
    )


def discussion_page(consultation, *, unit=None, page_number=None):
    """A page of top-level comments (newest first), each with its replies (oldest first)
    and official answers: five queries for any number of comments."""
    comments = (
        Comment.objects.filter(consultation=consultation, parent__isnull=True)
        .select_related("unit", "disposition")
        .order_by("-created_at", "-pk")
    )
    if unit is not None:
        comments = comments.filter(unit=unit)
    page = Paginator(comments, COMMENTS_PER_PAGE).get_page(page_number)
    replies = Comment.objects.select_related("disposition").order_by("created_at", "pk")
    prefetch_related_objects(
        page.object_list,
        _answers(),
        Prefetch("replies", queryset=replies.prefetch_related(_answers())),
    )
    return page


def page_of_comment(comment, *, unit=None) -> int:
    """The page of the discussion where a top-level comment (or a reply's parent) is."""
    top = comment.parent or comment
    newer = Comment.objects.filter(consultation_id=top.consultation_id, parent__isnull=True)
    if unit is not None:
        newer = newer.filter(unit=unit)
    newer = newer.filter(
        Q(created_at__gt=top.created_at) | Q(created_at=top.created_at, pk__gt=top.pk)
    ).count()
    return newer // COMMENTS_PER_PAGE + 1


def units_of(consultation):
    """The units of the consultation's drafts, in reading order (one query)."""
    return (
        DraftUnit.objects.filter(document__consultation=consultation)
        .select_related("document")
        .order_by("document__position", "document_id", "position", "pk")
    )


def unit_by_slug(consultation, slug):
    if not slug or len(slug) > 100:
        return None
    return units_of(consultation).filter(slug=slug).first()


def drafts_with_comment_counts(consultation):
    """The consultation's drafts with their units, each unit with its count of shown
    comments (replies included): two queries."""
    shown = Q(comments__withdrawn_at__isnull=True, comments__state=Comment.State.VISIBLE)
    units = DraftUnit.objects.annotate(comment_count=Count("comments", filter=shown)).order_by(
        "position", "pk"
    )
    return list(
        DraftDocument.objects.filter(consultation=consultation).prefetch_related(
            Prefetch("units", queryset=units)
        )
    )


def reported_by(viewer, comments) -> set[int]:
    """Which of these comments the person has already reported (one query, none for someone
    who never reported a comment)."""
    user = viewer.user
    if not user.is_authenticated or not viewer.has_reported:
        return set()
    ids = [comment.pk for comment in comments]
    return set(
        Report.objects.filter(reporter=user, comment_id__in=ids).values_list(
            "comment_id", flat=True
        )
    )


def moderation_queue():
    """Comments with reports since their last review, oldest report first, with reasons."""
    return (
        Comment.objects.reported()
        .select_related("consultation", "author__participant")
        .annotate(first_report_at=Min("reports__created_at"))
        .prefetch_related(Prefetch("reports", queryset=Report.objects.order_by("created_at", "pk")))
        .order_by("first_report_at", "pk")
    )


REMARKS_PER_PAGE = 25
# What a public page may show of a remark: its author's name, address, account and answer
# about the property are never even read for it.
PERSONAL_REMARK_FIELDS = ["author", "author_name", "author_address", "is_property_owner"]


def public_remarks_page(consultation, *, page_number=None):
    """A page of the consultation's remarks by number, with unit and disposition (two
    queries: the count and the page)."""
    remarks = (
        Remark.objects.filter(consultation=consultation)
        .select_related("unit", "disposition")
        .defer(*PERSONAL_REMARK_FIELDS, "entered_by")
        .order_by("number")
    )
    return Paginator(remarks, REMARKS_PER_PAGE).get_page(page_number)


def remark_count(consultation) -> int:
    return Remark.objects.filter(consultation=consultation).count()


def lacking_dispositions(consultation) -> dict:
    """How many comments and remarks of the consultation still wait for a disposition, of
    how many (one query each)."""
    counts = {}
    for name, queryset in [
        ("comments", Comment.objects.filter(consultation=consultation, withdrawn_at__isnull=True)),
        ("remarks", Remark.objects.filter(consultation=consultation)),
    ]:
        counts[name] = queryset.aggregate(
            total=Count("pk"), lacking=Count("pk", filter=Q(disposition__isnull=True))
        )
    return counts
