"""What a consultation needs before residents may see it: the one rule of publishing.

The publishing service refuses with these gaps, the admin's change form lists them beside
its fields and marks the fields, and an edit of a published consultation may open none of
them. Each gap names the form field that fills it, so the form can link to it.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone

from common.richtext import clean_rich_text
from consultations import bip
from consultations.models import Consultation
from consultations.procedures import RULES, Procedure


@dataclass(frozen=True)
class Gap:
    """One thing publishing still needs, and the form field that supplies it."""

    field: str
    # What the change form lists after „Do publikacji brakuje:”.
    label: str
    # The gap's own sentence in a refusal; empty for a field left empty, which the refusal
    # names together with the other empty ones („Prosimy uzupełnić: tytuł, cel konsultacji.”).
    sentence: str = ""


class PublicationIncomplete(ValidationError):
    """The publishing guard's refusal, carrying the gaps it found."""

    def __init__(self, gaps: list[Gap]):
        super().__init__(gap_sentences(gaps), code="not_ready")
        self.gaps = gaps


def gap_sentences(gaps: list[Gap]) -> list[str]:
    """The gaps as sentences for the department, in the order of the form."""
    empty = ", ".join(gap.label for gap in gaps if not gap.sentence)
    sentences = []
    for gap in gaps:
        sentence = gap.sentence or f"Prosimy uzupełnić: {empty}."
        if sentence not in sentences:
            sentences.append(sentence)
    return sentences


def blank_rich_text(html: str) -> bool:
    return not clean_rich_text(html).replace("<p></p>", "").strip()


def announcement_gaps(
    consultation: Consultation, *, has_districts=None, has_methods=None
) -> list[Gap]:
    """What the announcement (ogłoszenie) still lacks, in the order of the admin's form.

    A form that has not saved its choices yet passes whether districts and forms are chosen.
    """
    if has_districts is None:
        has_districts = consultation.districts.exists()
    if has_methods is None:
        has_methods = consultation.methods.exists()

    def plain(field, label):
        return [Gap(field, label)] if not getattr(consultation, field).strip() else []

    def rich(field, label):
        return [Gap(field, label)] if blank_rich_text(getattr(consultation, field)) else []

    gaps = [
        *plain("title", "tytuł"),
        *plain("summary", "krótki opis"),
        *rich("subject", "przedmiot konsultacji"),
        *rich("purpose", "cel konsultacji"),
    ]
    # The President's order is what makes the consultation lawful; residents check it in the BIP.
    gaps += plain("order_number", "numer zarządzenia Prezydenta")
    if not consultation.order_date:
        gaps.append(Gap("order_date", "data zarządzenia"))
    gaps += plain("bip_url", "link do zarządzenia w BIP")
    if consultation.bip_url.strip() and not bip.is_entry_link(consultation.bip_url):
        gaps.append(
            Gap(
                "bip_url",
                "link do wpisu o tych konsultacjach w BIP, nie do strony głównej Biuletynu",
                bip.NOT_AN_ENTRY,
            )
        )
    if not has_methods:
        gaps.append(
            Gap(
                "methods",
                "przynajmniej jedna forma konsultacji",
                "Prosimy wybrać przynajmniej jedną formę konsultacji.",
            )
        )
    gaps += rich("remarks_how", "jak i gdzie składać uwagi")
    if not consultation.whole_city and not has_districts:
        gaps.append(
            Gap(
                "whole_city",
                "zasięg: całe miasto albo przynajmniej jedna dzielnica",
                "Prosimy wskazać zasięg: całe miasto albo przynajmniej jedną dzielnicę.",
            )
        )
    gaps += [
        *plain("contact_name", "osoba do kontaktu"),
        *plain("contact_email", "e-mail osoby do kontaktu"),
        *plain("contact_phone", "telefon osoby do kontaktu"),
    ]
    if consultation.is_investment:
        investment = "Inwestycja wymaga szacowanego kosztu i lokalizacji."
        if consultation.estimated_cost is None:
            gaps.append(Gap("estimated_cost", "szacowany koszt inwestycji", investment))
        if not consultation.location.strip():
            gaps.append(Gap("location", "lokalizacja inwestycji", investment))
    return gaps


def duration_gaps(consultation: Consultation, *, published_at=None) -> list[Gap]:
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
        sentence = (
            f"Konsultacje trwają krócej niż {rules.min_days} dni{counted}: tyle wymaga "
            f"{rules.min_days_source} i uzasadnienie nie pozwala skrócić tego terminu."
        )
        label = f"dłuższy termin – ten tryb wymaga co najmniej {rules.min_days} dni"
        return [Gap("ends_at", label, sentence)]
    minimum = settings.CONSULTATION_MIN_DAYS
    if time >= timedelta(days=minimum):
        return []
    missing = [
        (field, label)
        for field, label in [
            ("duration_justification", "uzasadnienie krótszego terminu"),
            ("duration_provision", "przepis, który pozwala skrócić termin"),
        ]
        if not getattr(consultation, field).strip()
    ]
    needed = " i ".join(label for _, label in missing)
    sentence = f"Konsultacje trwają krócej niż {minimum} dni{counted}: prosimy podać {needed}."
    return [
        Gap(field, f"{label} (konsultacje trwają krócej niż {minimum} dni)", sentence)
        for field, label in missing
    ]


def publication_gaps(
    consultation: Consultation, *, published_at=None, has_districts=None, has_methods=None
) -> list[Gap]:
    """Everything that stops the consultation from being public, in the order of the form.

    The one rule for publishing a draft (published_at: now) and for keeping a published
    consultation public through an edit (its own publication moment).
    """
    published_at = published_at or consultation.published_at or timezone.now()
    gaps = announcement_gaps(consultation, has_districts=has_districts, has_methods=has_methods)
    if consultation.order_date and consultation.order_date > timezone.localdate(published_at):
        gaps.append(
            Gap(
                "order_date",
                "data zarządzenia nie późniejsza niż dzień publikacji",
                "Data zarządzenia nie może być późniejsza niż dzień publikacji.",
            )
        )
    if not consultation.is_published and consultation.ends_at <= published_at:
        gaps.append(
            Gap(
                "ends_at",
                "nowy termin – koniec konsultacji już minął",
                "Termin konsultacji już minął: przed publikacją prosimy poprawić daty.",
            )
        )
    else:
        gaps += duration_gaps(consultation, published_at=published_at)
    return sorted(gaps, key=lambda gap: FORM_ORDER.index(gap.field))


# The fields in the order the admin's form shows them: the gaps follow it, so the list on the
# form reads from top to bottom.
FORM_ORDER = [
    "title",
    "summary",
    "subject",
    "purpose",
    "order_number",
    "order_date",
    "bip_url",
    "ends_at",
    "duration_justification",
    "duration_provision",
    "methods",
    "remarks_how",
    "whole_city",
    "contact_name",
    "contact_email",
    "contact_phone",
    "estimated_cost",
    "location",
]


def minimum_duration_note(procedure: str | None = None) -> str:
    """How long residents must have, as the form says it beside the dates."""
    minimum = settings.CONSULTATION_MIN_DAYS
    note = (
        f"Na udział mieszkańcy muszą mieć co najmniej {minimum} dni, licząc od publikacji "
        "(albo od początku konsultacji, jeśli jest późniejszy). Krótszy termin wymaga "
        "uzasadnienia i przepisu, który pozwala go skrócić."
    )
    statutory = [
        f"{Procedure(choice).label.split(' – ')[0]} – {rules.min_days} dni"
        for choice, rules in RULES.items()
        if rules.min_days
    ]
    note += (
        " Dłuższego terminu, którego nie można skrócić, wymagają ustawy w trybach: "
        + "; ".join(statutory)
        + "."
    )
    if procedure and (rules := RULES[Procedure(procedure)]).min_days:
        note += (
            f" Wybrany tryb wymaga co najmniej {rules.min_days} dni: "
            f"tyle wymaga {rules.min_days_source}."
        )
    return note
