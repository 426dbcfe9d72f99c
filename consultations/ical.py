"""iCalendar (RFC 5545) feeds of consultation schedules, written by hand.

The format needs little: CRLF line ends, lines folded at 75 octets, commas, semicolons
and backslashes escaped, times in UTC. Writing it here keeps a runtime dependency out;
the tests read the feeds back with the `icalendar` package.
"""

from datetime import UTC, timedelta

from django.conf import settings
from django.utils import timezone

PRODID = "-//Urząd Miasta Częstochowy//Konsultacje Społeczne//PL"


def escape(text: str) -> str:
    return (
        (text or "")
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Split a content line into chunks of at most 75 octets without cutting a character."""
    encoded = line.encode()
    if len(encoded) <= 75:
        return line
    parts, current, size, limit = [], "", 0, 75
    for char in line:
        width = len(char.encode())
        if size + width > limit:
            parts.append(current)
            current, size, limit = "", 0, 74  # continuation lines start with a space
        current += char
        size += width
    parts.append(current)
    return "\r\n ".join(parts)


def utc(moment) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _event(
    uid, start, end, summary, description="", location="", url="", stamp=None, cancelled=False
):
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{utc(stamp or timezone.now())}",
        f"DTSTART:{utc(start)}",
        f"DTEND:{utc(end)}",
        f"SUMMARY:{escape(summary)}",
    ]
    if cancelled:
        # A higher sequence makes calendars replace the event they already hold.
        lines += ["STATUS:CANCELLED", "SEQUENCE:1"]
    if description:
        lines.append(f"DESCRIPTION:{escape(description)}")
    if location:
        lines.append(f"LOCATION:{escape(location)}")
    if url:
        lines.append(f"URL:{url}")
    lines.append("END:VEVENT")
    return lines


def _host() -> str:
    return settings.SITE_URL.split("://", 1)[-1].split("/", 1)[0]


def item_event(item) -> list[str]:
    consultation = item.consultation
    url = settings.SITE_URL + consultation.get_absolute_url()
    end = item.ends_at or item.starts_at + timedelta(hours=1)
    description = "\n".join(
        part
        for part in [
            f"Konsultacje: {consultation.title}",
            item.description,
            f"Dostępność miejsca: {item.accessibility}" if item.accessibility else "",
            f"Link do spotkania: {item.online_url}" if item.online_url else "",
            url,
        ]
        if part
    )
    cancelled = _cancelled(consultation, item.starts_at)
    return _event(
        uid=f"harmonogram-{item.pk}@{_host()}",
        start=item.starts_at,
        end=end,
        summary=f"{'Odwołane: ' if cancelled else ''}{item.title} – {consultation.title}",
        description=description,
        location=item.place or ("online" if item.online_url else ""),
        url=url,
        cancelled=cancelled,
    )


def _cancelled(consultation, start) -> bool:
    """What was still to come when the consultation was withdrawn will not take place."""
    withdrawn_at = consultation.withdrawn_at
    return withdrawn_at is not None and start >= withdrawn_at


def consultation_event(consultation) -> list[str]:
    url = settings.SITE_URL + consultation.get_absolute_url()
    if consultation.is_withdrawn:
        summary = f"Wycofane konsultacje: {consultation.title}"
        description = f"Powód wycofania: {consultation.withdrawal_reason}\n{url}"
    else:
        summary = f"Konsultacje: {consultation.title}"
        description = f"{consultation.summary}\n{url}"
    return _event(
        uid=f"konsultacje-{consultation.pk}@{_host()}",
        start=consultation.starts_at,
        end=consultation.ends_at,
        summary=summary,
        description=description,
        url=url,
        cancelled=consultation.is_withdrawn,
    )


def calendar(name: str, events: list[list[str]]) -> str:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape(name)}",
        "X-WR-TIMEZONE:Europe/Warsaw",
    ]
    for event in events:
        lines += event
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def consultation_calendar(consultation) -> str:
    events = [consultation_event(consultation)]
    events += [item_event(item) for item in consultation.schedule_items.all()]
    return calendar(f"Konsultacje: {consultation.title}", events)


def city_calendar(items) -> str:
    return calendar("Konsultacje społeczne w Częstochowie", [item_event(item) for item in items])
