"""Who may do what in the discussion, in one place: views, templates and services ask here.

The answers depend on the person (a `Viewer`, worked out once per request), the
consultation's phase and the comment. Phases: before the start there is no discussion;
while open, verified residents comment, reply, edit (for COMMENT_EDIT_MINUTES) and
withdraw; after the end the discussion is read-only, but reports, moderation and the
department's answers go on.
"""

from dataclasses import dataclass, field
from datetime import datetime

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db.models import Exists, OuterRef

from common import roles
from common.datetimes import polish_datetime
from consultations.models import Consultation, Status
from participation.models import COMMENTS_METHOD, REMARKS_METHOD, Comment, Participant, Report


@dataclass
class Viewer:
    """The person looking at the discussion, with everything the rules ask about them."""

    user: object
    now: datetime
    is_verified: bool = False
    is_moderator: bool = False
    participant: Participant | None = None
    department_ids: frozenset = field(default_factory=frozenset)
    is_superuser: bool = False
    has_reported: bool = False  # any comment, ever: else no need to ask which
    # Answers worked out once for this person and moment, e.g. whether they may comment on a
    # consultation: a page asks it for each of its comments.
    answers: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def is_signed_in(self) -> bool:
        return self.user.is_authenticated

    @property
    def is_blocked(self) -> bool:
        return self.participant is not None and self.participant.is_blocked_at(self.now)

    @property
    def has_accepted_terms(self) -> bool:
        return self.participant is not None


def viewer_for(user, now) -> Viewer:
    """One query for a signed-in resident, two for staff (none for an anonymous person).

    Only staff can belong to a department (`common.roles.user_roles_sync` gives every
    member the staff flag), so a resident's departments are not looked for.
    """
    if not user.is_authenticated or not user.is_active:
        return Viewer(user=user, now=now)
    verified = EmailAddress.objects.filter(user=OuterRef("pk"), verified=True)
    moderator = get_user_model().groups.through.objects.filter(
        user=OuterRef("pk"), group__name=roles.MODERATORS
    )
    reports = Report.objects.filter(reporter=OuterRef("pk"))
    row = (
        get_user_model()
        .objects.filter(pk=user.pk)
        .annotate(
            is_verified=Exists(verified),
            is_moderator=Exists(moderator),
            has_reported=Exists(reports),
        )
        .select_related("participant")
        .order_by()
        .first()
    )
    departments = frozenset()
    if user.is_staff:
        departments = frozenset(user.department_memberships.values_list("department_id", flat=True))
    return Viewer(
        user=user,
        now=now,
        is_verified=row.is_verified,
        is_moderator=row.is_moderator or user.is_superuser,
        participant=getattr(row, "participant", None),
        department_ids=departments,
        is_superuser=user.is_superuser,
        has_reported=row.has_reported,
    )


# --- The consultation ---------------------------------------------------------------------


def method_slugs(consultation) -> frozenset[str]:
    """The slugs of the consultation's forms; the copy a stored page keeps carries them."""
    slugs = getattr(consultation, "method_slugs", None)
    if slugs is None:
        slugs = frozenset(method.slug for method in consultation.methods.all())
    return slugs


def offers_comments(consultation) -> bool:
    return COMMENTS_METHOD in method_slugs(consultation)


def offers_remarks_form(consultation) -> bool:
    return REMARKS_METHOD in method_slugs(consultation)


def discussion_phase(consultation, now) -> str:
    """'absent' (no discussion, or not yet open), 'open' or 'closed' (read-only)."""
    if not consultation.is_published or not offers_comments(consultation):
        return "absent"
    status = consultation.status_at(now)
    if status in {Status.DRAFT, Status.PLANNED}:
        return "absent"
    if status == Status.OPEN:
        return "open"
    return "closed"


def is_open_for_comments(consultation, now) -> bool:
    return discussion_phase(consultation, now) == "open"


def is_owning_department_staff(viewer: Viewer, consultation: Consultation) -> bool:
    return viewer.is_superuser or consultation.department_id in viewer.department_ids


# --- Writing --------------------------------------------------------------------------------


def why_cannot_comment(viewer: Viewer, consultation) -> str:
    """'' when the person may comment now; otherwise the reason, in Polish, for them."""
    key = ("comment", consultation.pk)
    if key not in viewer.answers:
        viewer.answers[key] = _why_cannot_comment(viewer, consultation)
    return viewer.answers[key]


def _phase(viewer: Viewer, consultation) -> str:
    key = ("phase", consultation.pk)
    if key not in viewer.answers:
        viewer.answers[key] = discussion_phase(consultation, viewer.now)
    return viewer.answers[key]


def _why_cannot_comment(viewer: Viewer, consultation) -> str:
    if _phase(viewer, consultation) != "open":
        return "Dyskusja nie jest teraz otwarta."
    if not viewer.is_signed_in:
        return "Komentować mogą osoby zalogowane."
    if not viewer.is_verified:
        return "Komentować można po potwierdzeniu adresu e-mail konta."
    if consultation.department_id in viewer.department_ids:
        return (
            "Pracownicy jednostki prowadzącej konsultacje nie komentują ich prywatnie: "
            "odpowiadają na komentarze w imieniu jednostki."
        )
    if viewer.is_blocked:
        return (
            "Możliwość komentowania jest dla Państwa konta zablokowana do "
            f"{polish_datetime(viewer.participant.blocked_until)}."
        )
    return ""


def can_comment(viewer: Viewer, consultation) -> bool:
    return why_cannot_comment(viewer, consultation) == ""


def can_reply(viewer: Viewer, comment: Comment, consultation) -> bool:
    return comment.parent_id is None and comment.is_shown and can_comment(viewer, consultation)


def can_edit(viewer: Viewer, comment: Comment, consultation) -> bool:
    return (
        viewer.is_signed_in
        and comment.author_id == viewer.user.pk
        and comment.is_shown
        and viewer.now < comment.editable_until()
        and can_comment(viewer, consultation)
    )


def can_withdraw(viewer: Viewer, comment: Comment, consultation) -> bool:
    return (
        viewer.is_signed_in
        and comment.author_id == viewer.user.pk
        and not comment.is_withdrawn
        and _phase(viewer, consultation) == "open"
    )


def can_report(viewer: Viewer, comment: Comment, consultation) -> bool:
    """Anyone signed in with a confirmed address, once, about someone else's shown comment."""
    return (
        viewer.is_signed_in
        and viewer.is_verified
        and comment.author_id != viewer.user.pk
        and comment.is_shown
        and _phase(viewer, consultation) != "absent"
    )


def can_moderate(viewer: Viewer) -> bool:
    return viewer.is_moderator


def can_answer_officially(viewer: Viewer, comment: Comment, consultation) -> bool:
    """Staff of the owning department answer in its name, during and after the consultation."""
    return (
        viewer.is_signed_in
        and is_owning_department_staff(viewer, consultation)
        and comment.withdrawn_at is None
        and _phase(viewer, consultation) != "absent"
    )


def can_record_disposition(viewer: Viewer, consultation) -> bool:
    """The department's position on comments and remarks: its own staff, once it has begun."""
    return (
        viewer.is_signed_in
        and is_owning_department_staff(viewer, consultation)
        and consultation.is_published
        and consultation.status_at(viewer.now) not in {Status.DRAFT, Status.PLANNED}
    )


# --- Remarks on the form -------------------------------------------------------------------


def remarks_form_phase(consultation, now) -> str:
    """'absent' (no remarks form), 'before', 'open' or 'closed' (ended, withdrawn, results)."""
    if not consultation.is_published or not offers_remarks_form(consultation):
        return "absent"
    status = consultation.status_at(now)
    if status == Status.PLANNED:
        return "before"
    if status == Status.OPEN:
        return "open"
    return "closed"


def why_cannot_file_remark(viewer: Viewer, consultation) -> str:
    """'' when the person may send a remark on the form now; otherwise why not, in Polish.

    A block from the discussion does not stop a remark: a moderator keeps order in the
    discussion, while filing a remark is a right the consultation's rules give everyone
    who may take part; a remark is published without its author, by number only.
    """
    phase = remarks_form_phase(consultation, viewer.now)
    if phase == "absent":
        return "Te konsultacje nie zbierają uwag na formularzu."
    if phase == "before":
        return f"Uwagi na formularzu można składać od {polish_datetime(consultation.starts_at)}."
    if phase == "closed":
        if consultation.is_withdrawn:
            return "Konsultacje zostały wycofane: uwag już się nie zbiera."
        return f"Termin składania uwag upłynął {polish_datetime(consultation.ends_at)}."
    if not viewer.is_signed_in:
        return "Uwagi na formularzu mogą składać osoby zalogowane."
    if not viewer.is_verified:
        return "Uwagi można składać po potwierdzeniu adresu e-mail konta."
    if consultation.department_id in viewer.department_ids:
        return (
            "Pracownicy jednostki prowadzącej konsultacje nie składają w nich uwag przez "
            "formularz: uwagi otrzymane na piśmie wprowadzają w panelu administracyjnym."
        )
    return ""


def can_file_remark(viewer: Viewer, consultation) -> bool:
    return why_cannot_file_remark(viewer, consultation) == ""


def may_see_author_data(user, consultation) -> bool:
    """Remark authors' names and addresses: only the owning department (and superusers)."""
    if not user.is_authenticated or not user.is_active:
        return False
    return (
        user.is_superuser
        or user.department_memberships.filter(department_id=consultation.department_id).exists()
    )
