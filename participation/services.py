"""Writes of the discussion, the drafts, the remarks and moderation.

Every rule of permissions.py that guards a write is checked again here, inside the
transaction, so that a forged form or a stale page cannot get past it (the 15-minute edit
window, a block given a second ago). Each write refreshes the stored pages that show the
consultation's discussion, and nothing else.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone

from common import pagecache
from consultations.models import Consultation
from participation import permissions
from participation.drafts import split_draft
from participation.models import (
    Comment,
    Disposition,
    DraftDocument,
    DraftUnit,
    ModerationAction,
    OfficialAnswer,
    Participant,
    ParticipationEvent,
    Remark,
    Report,
)


class ParticipationRefused(Exception):
    """A write the rules do not allow; the message is for the person, in Polish."""

    def __init__(self, message: str, *, status: int = 403):
        super().__init__(message)
        self.message = message
        self.status = status


def discussion_pages_changed(consultation) -> None:
    """The stored pages that show the consultation's comments, remarks or dispositions."""
    pagecache.addresses_changed(
        [
            reverse("consultations:detail", args=[consultation.slug]),
            reverse("participation:draft", args=[consultation.slug]),
            reverse("participation:remarks", args=[consultation.slug]),
        ]
    )


def _locked_consultation(consultation_id) -> Consultation:
    return (
        Consultation.objects.select_for_update().prefetch_related("methods").get(pk=consultation_id)
    )


# --- Residents ------------------------------------------------------------------------------


@transaction.atomic
def participant_join(*, user, display_name: str, now=None) -> Participant:
    """The resident accepts the Regulamin and chooses the name shown under comments."""
    participant, created = Participant.objects.get_or_create(
        user=user,
        defaults={"display_name": display_name, "terms_accepted_at": now or timezone.now()},
    )
    if not created and participant.display_name != display_name:
        participant.display_name = display_name
        participant.save(update_fields=["display_name"])
    return participant


def _check_rate(author, now) -> None:
    since = now - timedelta(minutes=settings.COMMENT_RATE_MINUTES)
    recent = Comment.objects.filter(author=author, created_at__gt=since).count()
    if recent >= settings.COMMENTS_PER_WINDOW:
        raise ParticipationRefused(
            f"W ciągu {settings.COMMENT_RATE_MINUTES} minut można dodać najwyżej "
            f"{settings.COMMENTS_PER_WINDOW} komentarzy. Prosimy spróbować za kilka minut – "
            "treść komentarza została zachowana w formularzu.",
            status=429,
        )


@transaction.atomic
def comment_add(*, author, consultation, text: str, unit=None, parent=None, now=None) -> Comment:
    """A comment or a reply. The author's row is locked, so the rate limit and a block hold
    even when several posts of one person arrive at once."""
    now = now or timezone.now()
    participant = Participant.objects.select_for_update().filter(user=author).first()
    if participant is None:
        raise ParticipationRefused("Przed pierwszym komentarzem prosimy zaakceptować Regulamin.")
    consultation = Consultation.objects.prefetch_related("methods").get(pk=consultation.pk)
    viewer = permissions.viewer_for(author, now)
    if reason := permissions.why_cannot_comment(viewer, consultation):
        raise ParticipationRefused(reason)
    if parent is not None:
        if parent.consultation_id != consultation.pk or not permissions.can_reply(
            viewer, parent, consultation
        ):
            raise ParticipationRefused("Na ten komentarz nie można już odpowiedzieć.")
        unit = parent.unit
    if unit is not None and unit.document.consultation_id != consultation.pk:
        raise ParticipationRefused("Wybrany fragment nie należy do projektu tych konsultacji.")
    _check_rate(author, now)
    comment = Comment.objects.create(
        consultation=consultation,
        unit=unit,
        parent=parent,
        author=author,
        shown_name=participant.display_name,
        text=text,
        created_at=now,
    )
    if parent is not None and parent.author_id != author.pk:
        ParticipationEvent.objects.create(
            recipient_id=parent.author_id,
            kind=ParticipationEvent.Kind.REPLY,
            comment=parent,
            reply=comment,
            created_at=now,
        )
    discussion_pages_changed(consultation)
    return comment


@transaction.atomic
def comment_edit(*, comment, editor, text: str, now=None) -> Comment:
    now = now or timezone.now()
    comment = Comment.objects.select_for_update().select_related("consultation").get(pk=comment.pk)
    consultation = Consultation.objects.prefetch_related("methods").get(pk=comment.consultation_id)
    viewer = permissions.viewer_for(editor, now)
    if not permissions.can_edit(viewer, comment, consultation):
        if comment.author_id == editor.pk and now >= comment.editable_until():
            raise ParticipationRefused(
                f"Komentarz można poprawiać przez {settings.COMMENT_EDIT_MINUTES} minut od "
                "dodania. Ten czas minął: komentarz jest już zamknięty."
            )
        raise ParticipationRefused("Tego komentarza nie można zmienić.")
    comment.text = text
    comment.edited_at = now
    comment.save(update_fields=["text", "edited_at"])
    discussion_pages_changed(consultation)
    return comment


@transaction.atomic
def comment_withdraw(*, comment, by, now=None) -> Comment:
    """The text goes; the row stays as a placeholder so that replies keep their context."""
    now = now or timezone.now()
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    consultation = Consultation.objects.prefetch_related("methods").get(pk=comment.consultation_id)
    if not permissions.can_withdraw(permissions.viewer_for(by, now), comment, consultation):
        raise ParticipationRefused("Tego komentarza nie można wycofać.")
    comment.withdrawn_at = now
    comment.text = ""
    comment.save(update_fields=["withdrawn_at", "text"])
    discussion_pages_changed(consultation)
    return comment


@transaction.atomic
def official_answer_add(*, comment, author, text: str, now=None) -> OfficialAnswer:
    now = now or timezone.now()
    consultation = Consultation.objects.prefetch_related("methods").get(pk=comment.consultation_id)
    viewer = permissions.viewer_for(author, now)
    if not permissions.can_answer_officially(viewer, comment, consultation):
        raise ParticipationRefused(
            "Odpowiadać w imieniu jednostki mogą tylko jej pracownicy, w czasie konsultacji "
            "i po ich zakończeniu."
        )
    answer = OfficialAnswer.objects.create(
        comment=comment,
        department_id=consultation.department_id,
        author=author,
        text=text,
        created_at=now,
    )
    ParticipationEvent.objects.create(
        recipient_id=comment.author_id,
        kind=ParticipationEvent.Kind.OFFICIAL_ANSWER,
        comment=comment,
        official_answer=answer,
        created_at=now,
    )
    discussion_pages_changed(consultation)
    return answer


# --- Reports and moderation -----------------------------------------------------------------


def _hidden_event(comment, now) -> None:
    ParticipationEvent.objects.create(
        recipient_id=comment.author_id,
        kind=ParticipationEvent.Kind.COMMENT_HIDDEN,
        comment=comment,
        created_at=now,
    )


@transaction.atomic
def comment_report(*, comment, reporter, reason: str, note: str = "", now=None) -> Report:
    """One report per person; at COMMENT_REPORT_THRESHOLD the comment waits for a moderator."""
    now = now or timezone.now()
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    consultation = Consultation.objects.prefetch_related("methods").get(pk=comment.consultation_id)
    if not permissions.can_report(permissions.viewer_for(reporter, now), comment, consultation):
        raise ParticipationRefused("Tego komentarza nie można zgłosić.")
    if Report.objects.filter(comment=comment, reporter=reporter).exists():
        raise ParticipationRefused("Ten komentarz został już przez Państwa zgłoszony.")
    report = Report.objects.create(
        comment=comment, reporter=reporter, reason=reason, note=note, created_at=now
    )
    comment.report_count += 1
    fields = ["report_count"]
    if (
        comment.state == Comment.State.VISIBLE
        and comment.report_count >= settings.COMMENT_REPORT_THRESHOLD
    ):
        comment.state = Comment.State.AWAITING_REVIEW
        fields.append("state")
        ModerationAction.objects.create(
            action=ModerationAction.Action.AUTO_HIDE,
            comment=comment,
            affected_user_id=comment.author_id,
            reason=f"{comment.report_count} zgłoszenia",
            created_at=now,
        )
        _hidden_event(comment, now)
        discussion_pages_changed(consultation)
    comment.save(update_fields=fields)
    return report


def _check_moderator(moderator, now) -> None:
    if not permissions.can_moderate(permissions.viewer_for(moderator, now)):
        raise ParticipationRefused("Brak uprawnień do moderowania.")


@transaction.atomic
def comment_hide(*, comment, moderator, reason: str, now=None) -> Comment:
    now = now or timezone.now()
    _check_moderator(moderator, now)
    comment = Comment.objects.select_for_update().select_related("consultation").get(pk=comment.pk)
    was_shown = comment.state == Comment.State.VISIBLE
    comment.state = Comment.State.HIDDEN
    comment.hide_reason = reason
    comment.reviewed_at = now
    comment.report_count = 0
    comment.save(update_fields=["state", "hide_reason", "reviewed_at", "report_count"])
    ModerationAction.objects.create(
        moderator=moderator,
        action=ModerationAction.Action.HIDE,
        comment=comment,
        affected_user_id=comment.author_id,
        reason=reason,
        created_at=now,
    )
    if was_shown:
        _hidden_event(comment, now)
    discussion_pages_changed(comment.consultation)
    return comment


@transaction.atomic
def comment_restore(*, comment, moderator, reason: str = "", now=None) -> Comment:
    """Shown again; the reports so far are reviewed, new ones count from zero."""
    now = now or timezone.now()
    _check_moderator(moderator, now)
    comment = Comment.objects.select_for_update().select_related("consultation").get(pk=comment.pk)
    comment.state = Comment.State.VISIBLE
    comment.hide_reason = ""
    comment.reviewed_at = now
    comment.report_count = 0
    comment.save(update_fields=["state", "hide_reason", "reviewed_at", "report_count"])
    ModerationAction.objects.create(
        moderator=moderator,
        action=ModerationAction.Action.RESTORE,
        comment=comment,
        affected_user_id=comment.author_id,
        reason=reason,
        created_at=now,
    )
    discussion_pages_changed(comment.consultation)
    return comment


@transaction.atomic
def participant_block(*, user, moderator, days: int, reason: str, comment=None, now=None):
    """No comments from this person for `days` days; what they wrote stays as it is."""
    now = now or timezone.now()
    _check_moderator(moderator, now)
    until = now + timedelta(days=days)
    participant = Participant.objects.select_for_update().filter(user=user).first()
    if participant is None:
        raise ParticipationRefused("Ta osoba nie bierze udziału w dyskusji.")
    participant.blocked_until = until
    participant.block_reason = reason
    participant.save(update_fields=["blocked_until", "block_reason"])
    ModerationAction.objects.create(
        moderator=moderator,
        action=ModerationAction.Action.BLOCK,
        comment=comment,
        affected_user=user,
        reason=reason,
        blocked_until=until,
        created_at=now,
    )
    return participant


# --- Drafts ---------------------------------------------------------------------------------


@dataclass
class SplitOutcome:
    created: int
    updated: int
    removed: int
    kept_with_comments: list[str]


@transaction.atomic
def draft_document_split(*, document: DraftDocument) -> SplitOutcome:
    """Units from the document's pasted text, matched to the existing ones by anchor.

    A unit whose anchor comes back keeps its row (and its comments) with the new text; one
    that is gone is deleted, unless comments or remarks point at it: it then stays, at the
    end, for staff to decide.
    """
    others = DraftUnit.objects.filter(document__consultation=document.consultation_id).exclude(
        document=document
    )
    units = split_draft(document.source, taken_slugs=set(others.values_list("slug", flat=True)))
    existing = {unit.slug: unit for unit in document.units.all()}
    created = updated = 0
    for position, parsed in enumerate(units, start=1):
        values = {
            "position": position,
            "kind": parsed.kind,
            "label": parsed.label,
            "heading": parsed.heading,
            "text": parsed.text,
        }
        unit = existing.pop(parsed.slug, None)
        if unit is None:
            DraftUnit.objects.create(document=document, slug=parsed.slug, **values)
            created += 1
        else:
            for name, value in values.items():
                setattr(unit, name, value)
            unit.save()
            updated += 1
    kept, removed = [], 0
    for offset, unit in enumerate(existing.values(), start=len(units) + 1):
        if unit.comments.exists() or unit.remarks.exists():
            unit.position = offset
            unit.save(update_fields=["position"])
            kept.append(unit.name)
        else:
            unit.delete()
            removed += 1
    discussion_pages_changed(document.consultation)
    return SplitOutcome(created, updated, removed, kept)


# --- Remarks and dispositions ---------------------------------------------------------------


@transaction.atomic
def remark_add(*, consultation, entered_by=None, **fields) -> Remark:
    """The next number of the consultation: its row is locked until the remark is saved,
    so two remarks arriving at once get consecutive numbers, never the same one."""
    consultation = _locked_consultation(consultation.pk)
    last = Remark.objects.filter(consultation=consultation).aggregate(last=Max("number"))["last"]
    remark = Remark.objects.create(
        consultation=consultation, number=(last or 0) + 1, entered_by=entered_by, **fields
    )
    discussion_pages_changed(consultation)
    return remark


def _check_remark_rate(author, now) -> None:
    since = now - timedelta(minutes=settings.REMARK_RATE_MINUTES)
    recent = Remark.objects.filter(
        author=author, channel=Remark.Channel.ONLINE, created_at__gt=since
    ).count()
    if recent >= settings.REMARKS_PER_WINDOW:
        raise ParticipationRefused(
            f"W ciągu {settings.REMARK_RATE_MINUTES} minut można złożyć przez formularz "
            f"najwyżej {settings.REMARKS_PER_WINDOW} uwag. Prosimy spróbować za kilka minut – "
            "treść uwagi została zachowana w formularzu.",
            status=429,
        )


@transaction.atomic
def remark_file(
    *,
    author,
    consultation,
    content: str,
    unit=None,
    unit_text: str = "",
    proposed_wording: str = "",
    justification: str = "",
    author_name: str = "",
    author_address: str = "",
    is_property_owner: bool | None = None,
    now=None,
) -> Remark:
    """A resident's remark on the consultation's form, numbered as every other remark.

    The author's row is locked first, so the rate limit holds when one person sends several
    at once; then `remark_add` locks the consultation's row for the number. Name, address
    and the property question are kept only where the procedure requires them.
    """
    now = now or timezone.now()
    get_user_model().objects.select_for_update().filter(pk=author.pk).first()
    consultation = _locked_consultation(consultation.pk)
    viewer = permissions.viewer_for(author, now)
    if reason := permissions.why_cannot_file_remark(viewer, consultation):
        raise ParticipationRefused(reason)
    if unit is not None and unit.document.consultation_id != consultation.pk:
        raise ParticipationRefused("Wybrany fragment nie należy do projektu tych konsultacji.")
    if consultation.procedure_rules.name_and_address_required:
        if not author_name or not author_address or is_property_owner is None:
            raise ParticipationRefused(
                "W tym trybie uwaga musi zawierać imię i nazwisko albo nazwę, adres oraz "
                "informację, czy są Państwo właścicielem lub użytkownikiem wieczystym "
                "nieruchomości, której dotyczy."
            )
    else:
        author_name, author_address, is_property_owner = "", "", None
    _check_remark_rate(author, now)
    return remark_add(
        consultation=consultation,
        channel=Remark.Channel.ONLINE,
        received_on=timezone.localdate(now),
        author=author,
        unit=unit,
        unit_text=unit_text,
        content=content,
        proposed_wording=proposed_wording,
        justification=justification,
        author_name=author_name,
        author_address=author_address,
        is_property_owner=is_property_owner,
    )


@transaction.atomic
def disposition_record(
    *, author, position: str, justification: str, comment=None, remark=None, now=None
) -> Disposition:
    now = now or timezone.now()
    subject = comment or remark
    consultation = Consultation.objects.get(pk=subject.consultation_id)
    if not permissions.can_record_disposition(permissions.viewer_for(author, now), consultation):
        raise ParticipationRefused("Rozpatrują pracownicy jednostki prowadzącej konsultacje.")
    disposition, _ = Disposition.objects.update_or_create(
        comment=comment,
        remark=remark,
        defaults={
            "position": position,
            "justification": justification,
            "author": author,
            "decided_on": timezone.localdate(now),
        },
    )
    if consultation.results_published_at is not None:
        discussion_pages_changed(consultation)
    return disposition
