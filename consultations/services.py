from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from consultations.models import Consultation, DepartmentMembership
from consultations.permissions import can_publish_consultation, can_withdraw_consultation
from consultations.publication import PublicationIncomplete, blank_rich_text, publication_gaps


@transaction.atomic
def department_member_add(*, user, department) -> DepartmentMembership:
    """Make the user a member of staff of the department, with admin access.

    The membership's save gives the staff flag and group (common.roles).
    """
    membership, _ = DepartmentMembership.objects.get_or_create(user=user, department=department)
    return membership


@transaction.atomic
def department_member_remove(*, membership: DepartmentMembership) -> None:
    """Take the user off the department's staff; their last department takes the admin away."""
    membership.delete()


@transaction.atomic
def consultation_publish(
    *, consultation: Consultation, user, justification: str = "", provision: str = ""
) -> None:
    """Make a draft public, if the announcement is complete and residents get enough time.

    Residents get less than CONSULTATION_MIN_DAYS only with a written reason and the provision
    that allows it: the city's practice has short ones (a 7-day statute change), and both the
    reason and its basis must be on record. A minimum set by the procedure's statute has no
    such exception.
    """
    if not can_publish_consultation(user, consultation):
        raise PermissionDenied("Brak uprawnień do publikowania konsultacji tej jednostki.")
    consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
    if consultation.is_published:
        raise ValidationError("Te konsultacje są już opublikowane.", code="already_published")
    now = timezone.now()
    consultation.duration_justification = (
        justification or consultation.duration_justification
    ).strip()
    consultation.duration_provision = (provision or consultation.duration_provision).strip()
    if gaps := publication_gaps(consultation, published_at=now):
        raise PublicationIncomplete(gaps)
    consultation.published_at = now
    consultation.published_by = user
    consultation._history_user = user
    consultation.save(
        update_fields=[
            "published_at",
            "published_by",
            "duration_justification",
            "duration_provision",
        ]
    )


@transaction.atomic
def consultation_results_publish(*, consultation: Consultation, user) -> None:
    """Publish the results information of a finished consultation."""
    if not can_publish_consultation(user, consultation):
        raise PermissionDenied("Brak uprawnień do publikowania wyników konsultacji tej jednostki.")
    consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
    errors = []
    if not consultation.is_published:
        errors.append("Najpierw opublikuj same konsultacje.")
    elif consultation.is_withdrawn:
        errors.append("Te konsultacje wycofano: nie publikuje się ich wyników.")
    elif consultation.results_published_at is not None:
        errors.append("Wyniki tych konsultacji są już opublikowane.")
    if consultation.ends_at > timezone.now():
        errors.append("Wyniki można opublikować dopiero po zakończeniu konsultacji.")
    if blank_rich_text(consultation.results_summary):
        errors.append("Uzupełnij informację o wynikach.")
    if errors:
        raise ValidationError(errors, code="not_ready")
    consultation.results_published_at = timezone.now()
    consultation._history_user = user
    consultation.save(update_fields=["results_published_at"])


@transaction.atomic
def consultation_withdraw(*, consultation: Consultation, user, reason: str) -> Consultation:
    """Withdraw a published consultation, with a reason shown on its page.

    The page stays at its address (it is printed on flyers and in calendars) and says that
    the consultation was withdrawn, when and why; the lists stop offering it.
    """
    if not can_withdraw_consultation(user, consultation):
        raise PermissionDenied("Brak uprawnień do wycofania konsultacji tej jednostki.")
    consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
    if not consultation.is_published:
        raise ValidationError(
            "Szkicu nie trzeba wycofywać: mieszkańcy go nie widzą.", code="not_published"
        )
    if consultation.is_withdrawn:
        raise ValidationError("Te konsultacje są już wycofane.", code="already_withdrawn")
    if consultation.results_published_at is not None:
        raise ValidationError(
            "Konsultacji z opublikowanymi wynikami nie można wycofać.", code="has_results"
        )
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(
            {
                "reason": (
                    "Prosimy podać powód wycofania: zobaczą go mieszkańcy na stronie konsultacji."
                )
            },
            code="required",
        )
    consultation.withdrawn_at = timezone.now()
    consultation.withdrawn_by = user
    consultation.withdrawal_reason = reason
    consultation._history_user = user
    consultation.save(update_fields=["withdrawn_at", "withdrawn_by", "withdrawal_reason"])
    return consultation
