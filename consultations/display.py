"""How a consultation's dates and status read in Polish, computed once per page.

Formatting stays out of template loops: a list page calls `decorate` for its items and
the template prints ready strings.
"""

from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import ngettext

from common.datetimes import polish_date, polish_datetime
from consultations.models import Status

STATUS_LABELS = {
    Status.DRAFT: "Szkic",
    Status.PLANNED: "Planowane",
    Status.OPEN: "Trwające",
    Status.CLOSED: "Zakończone",
    Status.RESULTS: "Wyniki opublikowane",
    Status.WITHDRAWN: "Wycofane",
}
STATUS_BADGES = {
    Status.DRAFT: "badge--error",
    Status.PLANNED: "badge--planned",
    Status.OPEN: "badge--open",
    Status.CLOSED: "badge--closed",
    Status.RESULTS: "badge--results",
    Status.WITHDRAWN: "badge--error",
}


def days(count: int) -> str:
    return ngettext("%(count)d dzień", "%(count)d dni", count) % {"count": count}


def duration_text(duration) -> str:
    """„28 dni”, „28 dni i 23 godz.”: a period in whole days and the hours left over."""
    hours = duration.seconds // 3600
    return days(duration.days) + (f" i {hours} godz." if hours else "")


def days_between(now, moment) -> int:
    """Whole calendar days from today to the day of the moment, in the city's time."""
    return (timezone.localdate(moment) - timezone.localdate(now)).days


def countdown(consultation, now) -> str:
    """„Pozostało 5 dni”, „Początek za 2 dni”; empty when nothing is counted."""
    status = consultation.status_at(now)
    if status == Status.OPEN:
        left = days_between(now, consultation.ends_at)
        if left <= 0:
            return "Ostatni dzień konsultacji"
        return ngettext("Pozostał %(count)d dzień", "Pozostało %(count)d dni", left) % {
            "count": left
        }
    if status == Status.PLANNED:
        ahead = days_between(now, consultation.starts_at)
        if ahead <= 0:
            return "Początek dzisiaj"
        if ahead == 1:
            return "Początek jutro"
        return f"Początek za {days(ahead)}"
    return ""


def status_sentence(consultation, now) -> str:
    status = consultation.status_at(now)
    if status == Status.DRAFT:
        return "Szkic: tej strony nie widzą mieszkańcy. Oglądasz podgląd."
    if status == Status.PLANNED:
        return f"Konsultacje rozpoczną się {polish_datetime(consultation.starts_at)}."
    if status == Status.OPEN:
        return f"Konsultacje trwają do {polish_datetime(consultation.ends_at)}."
    if status == Status.WITHDRAWN:
        return (
            f"Konsultacje wycofano {polish_date(consultation.withdrawn_at)} "
            "Uwagi i opinie nie są już zbierane."
        )
    if status == Status.CLOSED:
        return (
            f"Konsultacje zakończyły się {polish_date(consultation.ends_at)} "
            "Jednostka opracowuje ich wyniki."
        )
    published = polish_date(consultation.results_published_at)
    return f"Konsultacje zakończone. Wyniki opublikowano {published}"


def order_line(consultation) -> str:
    """„Zarządzenie Nr 2638.2018 Prezydenta Miasta Częstochowy z dnia 6 września 2018 r.”."""
    if not consultation.order_number or not consultation.order_date:
        return ""
    return (
        f"Zarządzenie Nr {consultation.order_number} Prezydenta Miasta Częstochowy "
        f"z dnia {date_format(consultation.order_date, 'j E Y')} r."
    )


def districts_text(consultation) -> str:
    if consultation.whole_city:
        return "całe miasto"
    names = [district.name for district in consultation.districts.all()]
    return ", ".join(names) if names else "nie wskazano"


def decorate(consultation, now):
    """Attach the strings a card or a page prints; return the consultation."""
    status = consultation.status_at(now)
    consultation.status_code = status.value
    consultation.status_label = STATUS_LABELS[status]
    consultation.status_badge = STATUS_BADGES[status]
    consultation.status_sentence = status_sentence(consultation, now)
    consultation.countdown = countdown(consultation, now)
    consultation.dates_text = (
        f"{polish_date(consultation.starts_at)} – {polish_date(consultation.ends_at)}"
    )
    consultation.districts_text = districts_text(consultation)
    return consultation


def material_label(material) -> str:
    """„PDF, 1,2 MB”."""
    return f"{material.get_kind_display()}, {filesizeformat(material.size)}"


def schedule_when(item) -> str:
    """„poniedziałek, 16 marca 2026 r., godz. 18:00–20:00”: the weekday in lower case, as it
    stands mid-line after the phase („Zakończone – poniedziałek, …”); a template that starts
    a line with it writes `|capfirst`."""
    start = timezone.localtime(item.starts_at)
    text = (
        f"{date_format(start, 'l').lower()}, {date_format(start, 'j E Y')} r., godz. {start:%H:%M}"
    )
    if item.ends_at:
        end = timezone.localtime(item.ends_at)
        if end.date() == start.date():
            return f"{text}–{end:%H:%M}"
        return f"{text} – {date_format(end, 'j E Y')} r., godz. {end:%H:%M}"
    return text


PHASE_LABELS = {
    "past": "zakończone",
    "current": "teraz",
    "future": "przed nami",
    "cancelled": "odwołane",
}


def decorated(consultations, now) -> list:
    """The consultations as a list, each ready to be shown as a card."""
    cards = list(consultations)
    for consultation in cards:
        decorate(consultation, now)
    return cards
