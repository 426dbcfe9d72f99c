from datetime import timedelta

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from common.richtext import clean_rich_text
from consultations import bip
from consultations.models import Consultation, DepartmentMembership
from consultations.permissions import can_publish_consultation, can_withdraw_consultation


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
        "contact_name": "osoba do kontaktu",
        "contact_email": "e-mail osoby do kontaktu",
        "contact_phone": "telefon osoby do kontaktu",
    }
    rich = {
        "subject": "przedmiot konsultacji",
        "purpose": "cel konsultacji",
        "remarks_how": "jak i gdzie składać uwagi",
    }
    # The President's order is what makes the consultation lawful; residents check it in the BIP.
    order = {
        "numer zarządzenia Prezydenta": consultation.order_number.strip(),
        "data zarządzenia": consultation.order_date,
        "link do zarządzenia w BIP": consultation.bip_url.strip(),
    }
    missing = [label for field, label in plain.items() if not getattr(consultation, field).strip()]
    missing += [
        label for field, label in rich.items() if _blank_rich_text(getattr(consultation, field))
    ]
    missing += [label for label, value in order.items() if not value]
    if missing:
        gaps.append("Uzupełnij: " + ", ".join(missing) + ".")
    if consultation.bip_url.strip() and not bip.is_entry_link(consultation.bip_url):
        gaps.append(bip.NOT_AN_ENTRY)
    if not consultation.whole_city and not has_districts:
        gaps.append("Wskaż zasięg: całe miasto albo przynajmniej jedną dzielnicę.")
    if not has_methods:
        gaps.append("Prosimy wybrać przynajmniej jedną formę konsultacji.")
    if consultation.is_investment and (
        consultation.estimated_cost is None or not consultation.location.strip()
    ):
        gaps.append("Inwestycja wymaga szacowanego kosztu i lokalizacji.")
    return gaps


def duration_gap(consultation: Consultation, *, published_at=None) -> str | None:
    """Why the time residents get is too short for the procedure or for the city's minimum.

    The time counts from the later of publication and start (`time_for_residents`), so
    neither a start in the past nor one moved back after publication hides a short period.
    A minimum set by a statute is never shortened; the city's own minimum
    (CONSULTATION_MIN_DAYS) may be, with the reason and the provision that allows it.
    """
    published_at = published_at or consultation.published_at or timezone.now()
    time = consultation.time_for_residents(published_at)
    counted = ", licząc od publikacji" if published_at > consultation.starts_at else ""
    rules = consultation.procedure_rules
    if rules.min_days and time < timedelta(days=rules.min_days):
        return (
            f"Konsultacje trwają krócej niż {rules.min_days} dni{counted}: tyle wymaga "
            f"{rules.min_days_source} i uzasadnienie nie pozwala skrócić tego terminu."
        )
    minimum = settings.CONSULTATION_MIN_DAYS
    if time >= timedelta(days=minimum):
        return None
    missing = [
        label
        for value, label in [
            (consultation.duration_justification, "uzasadnienie krótszego terminu"),
            (consultation.duration_provision, "przepis, który pozwala skrócić termin"),
        ]
        if not value.strip()
    ]
    if not missing:
        return None
    needed = " i ".join(missing)
    return f"Konsultacje trwają krócej niż {minimum} dni{counted}: prosimy podać {needed}."


def publication_gaps(
    consultation: Consultation, *, published_at=None, has_districts=None, has_methods=None
) -> list[str]:
    """Everything that stops the consultation from being public, as sentences for the department.

    The one rule for publishing a draft (published_at: now) and for keeping a published
    consultation public through an edit (its own publication moment).
    """
    published_at = published_at or consultation.published_at or timezone.now()
    gaps = announcement_gaps(consultation, has_districts=has_districts, has_methods=has_methods)
    if consultation.order_date and consultation.order_date > timezone.localdate(published_at):
        gaps.append("Data zarządzenia nie może być późniejsza niż dzień publikacji.")
    if too_short := duration_gap(consultation, published_at=published_at):
        gaps.append(too_short)
    return gaps


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
    errors = []
    if consultation.ends_at <= now:
        errors.append("Termin konsultacji już minął: przed publikacją prosimy poprawić daty.")
    errors += publication_gaps(consultation, published_at=now)
    if errors:
        raise ValidationError(errors, code="not_ready")
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
    if _blank_rich_text(consultation.results_summary):
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
