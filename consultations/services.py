from datetime import timedelta

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from common import roles
from common.richtext import clean_rich_text
from consultations.models import Consultation, DepartmentMembership
from consultations.permissions import can_publish_consultation


@transaction.atomic
def department_member_add(*, user, department) -> DepartmentMembership:
    """Make the user a member of staff of the department, with admin access."""
    membership, _ = DepartmentMembership.objects.get_or_create(user=user, department=department)
    if not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    user.groups.add(Group.objects.get(name=roles.STAFF))
    return membership


def _blank_rich_text(html: str) -> bool:
    return not clean_rich_text(html).replace("<p></p>", "").strip()


def announcement_gaps(
    consultation: Consultation, *, has_districts=None, has_methods=None
) -> list[str]:
    """What the announcement (ogłoszenie) still lacks, as sentences for the department.

    A form that has not saved its choices yet passes whether districts and forms are chosen.
    """
    if has_districts is None:
        has_districts = consultation.districts.exists()
    if has_methods is None:
        has_methods = consultation.methods.exists()
    gaps = []
    plain = {
        "title": "tytuł",
        "summary": "krótki opis",
        "participants": "kto może wziąć udział",
        "contact_name": "osoba do kontaktu",
        "contact_email": "e-mail osoby do kontaktu",
        "contact_phone": "telefon osoby do kontaktu",
    }
    rich = {
        "subject": "przedmiot konsultacji",
        "purpose": "cel konsultacji",
        "legal_basis": "podstawa prawna",
        "remarks_how": "jak i gdzie składać uwagi",
    }
    missing = [label for field, label in plain.items() if not getattr(consultation, field).strip()]
    missing += [
        label for field, label in rich.items() if _blank_rich_text(getattr(consultation, field))
    ]
    if missing:
        gaps.append("Uzupełnij: " + ", ".join(missing) + ".")
    if not consultation.whole_city and not has_districts:
        gaps.append("Wskaż zasięg: całe miasto albo przynajmniej jedną dzielnicę.")
    if not has_methods:
        gaps.append("Wybierz przynajmniej jedną formę konsultacji.")
    if consultation.is_investment and (
        consultation.estimated_cost is None or not consultation.location.strip()
    ):
        gaps.append("Inwestycja wymaga szacowanego kosztu i lokalizacji.")
    return gaps


def duration_gap(consultation: Consultation, justification: str) -> str | None:
    """Why the consultation is too short, unless a justification is on record."""
    minimum = settings.CONSULTATION_MIN_DAYS
    if consultation.duration < timedelta(days=minimum) and not justification.strip():
        return f"Konsultacje trwają krócej niż {minimum} dni: podaj uzasadnienie krótszego terminu."
    return None


@transaction.atomic
def consultation_publish(*, consultation: Consultation, user, justification: str = "") -> None:
    """Make a draft public, if the announcement is complete and long enough.

    A consultation shorter than CONSULTATION_MIN_DAYS needs a written justification: the
    city's practice has short ones (a 7-day statute change), and the reason must be on record.
    """
    if not can_publish_consultation(user, consultation):
        raise PermissionDenied("Nie możesz publikować konsultacji tej jednostki.")
    consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
    if consultation.is_published:
        raise ValidationError("Te konsultacje są już opublikowane.", code="already_published")
    errors = announcement_gaps(consultation)
    now = timezone.now()
    if consultation.ends_at <= now:
        errors.append("Termin konsultacji już minął: popraw daty przed publikacją.")
    justification = (justification or consultation.duration_justification).strip()
    if too_short := duration_gap(consultation, justification):
        errors.append(too_short)
    if errors:
        raise ValidationError(errors, code="not_ready")
    consultation.duration_justification = justification
    consultation.published_at = now
    consultation.published_by = user
    consultation._history_user = user
    consultation.save(update_fields=["published_at", "published_by", "duration_justification"])


@transaction.atomic
def consultation_results_publish(*, consultation: Consultation, user) -> None:
    """Publish the results information of a finished consultation."""
    if not can_publish_consultation(user, consultation):
        raise PermissionDenied("Nie możesz publikować wyników konsultacji tej jednostki.")
    consultation = Consultation.objects.select_for_update().get(pk=consultation.pk)
    errors = []
    if not consultation.is_published:
        errors.append("Najpierw opublikuj same konsultacje.")
    elif consultation.results_published_at is not None:
        errors.append("Wyniki tych konsultacji są już opublikowane.")
    if consultation.ends_at > timezone.now():
        errors.append("Wyniki można opublikować dopiero po zakończeniu konsultacji.")
    if _blank_rich_text(consultation.results_summary):
        errors.append("Uzupełnij informację o wynikach.")
    if errors:
        raise ValidationError(errors, code="not_ready")
    consultation.results_published_at = timezone.now()
    consultation._history_user = user
    consultation.save(update_fields=["results_published_at"])
