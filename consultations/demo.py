"""Demo consultations for a developer's machine: one in every status, several departments.

Dates are set relative to the day of the first run, in the city's time, so the statuses
make sense on any machine; deadlines and meetings fall on working days, meetings after
working hours. Invented people, places, addresses and links say that they are examples
and never point under the city's real domains. Running the seed again changes nothing
(rows are looked up by slug).
"""

import struct
import unicodedata
import zlib
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from common.workdays import next_working_day, previous_working_day
from consultations.models import Category, Consultation, Department, Material, Method
from consultations.procedures import Procedure
from districts.models import District

EXAMPLE = "(przykład)"
DEMO_NOTE = (
    "<p>To są konsultacje przykładowe wersji demonstracyjnej serwisu: osoby, adresy e-mail, "
    "miejsca spotkań i linki są zmyślone.</p>"
)
POST_AND_OFFICE = (
    "<li>pocztą na adres Urzędu Miasta Częstochowy, ul. Śląska 11/13, 42-217 Częstochowa,</li>"
    "<li>osobiście w Kancelarii Urzędu, ul. Śląska 11/13, pokój nr 3.</li>"
)
REMARKS_HOW = {
    Procedure.GENERAL: (
        "<p>Uwagi można złożyć:</p><ul>"
        "<li>na formularzu konsultacyjnym, wysyłając go na adres "
        '<a href="mailto:konsultacje@example.org">konsultacje@example.org</a> '
        "(adres przykładowy),</li>" + POST_AND_OFFICE + "</ul>"
    ),
    Procedure.SPATIAL_PLAN: (
        "<p>Uwagi na formularzu (jest w materiałach do pobrania) można złożyć:</p><ul>"
        '<li>e-mailem na adres <a href="mailto:planowanie@example.org">planowanie@example.org'
        "</a> (adres przykładowy),</li>" + POST_AND_OFFICE + "</ul>"
    ),
    Procedure.REVITALISATION: (
        "<p>Uwagi można złożyć:</p><ul>"
        '<li>e-mailem na adres <a href="mailto:rewitalizacja@example.org">'
        "rewitalizacja@example.org</a> (adres przykładowy),</li>"
        "<li>ustnie, w punkcie konsultacyjnym w godzinach jego pracy (miejsce i godziny "
        "w harmonogramie),</li>" + POST_AND_OFFICE + "</ul>"
    ),
}
PAPER_SURVEY = (
    "<p>Papierową ankietę można też wypełnić w siedzibie rady dzielnicy w godzinach dyżurów. "
    "Uwagi prosimy składać w sposób opisany wyżej.</p>"
)
# A schedule stage that lasts as long as the consultation itself.
WHOLE_CONSULTATION = "cały czas konsultacji"
MEETINGS_START_AT = time(17, 0)  # after working hours, as the planning act wants them


def tiny_pdf(lines: list[str]) -> bytes:
    """A small but valid one-page PDF with the given lines (Polish letters lose accents)."""
    lines = [
        unicodedata.normalize("NFKD", line.replace("ł", "l").replace("Ł", "L").replace("–", "-"))
        .encode("ascii", "ignore")
        .decode()
        for line in lines
    ]
    text = (
        "BT /F1 12 Tf 50 780 Td 16 TL "
        + " ".join(
            "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '"
            for line in lines
        )
        + " ET"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text.encode("latin-1")),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def tiny_png(width: int = 64, height: int = 40) -> bytes:
    """A small valid PNG: a plain map-like picture in the portal's navy and gold."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    rows = b"".join(
        b"\x00"
        + b"".join(b"\xf2\xb7\x05" if (x + y) % 16 < 3 else b"\x0b\x2f\x5b" for x in range(width))
        for y in range(height)
    )
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _spec():
    """Demo consultations; dates are offsets in days from today."""
    return [
        {
            "slug": "przebudowa-alei-najswietszej-maryi-panny",
            "title": "Przebudowa III Alei Najświętszej Maryi Panny",
            "summary": (
                "Miasto planuje nową nawierzchnię, szersze chodniki i drogę dla rowerów na "
                "III Alei. Zanim powstanie projekt wykonawczy, pytamy, co dla Państwa jest "
                "najważniejsze."
            ),
            "category": "inwestycje",
            "department": "IZ",
            "starts": -10,
            "ends": 12,
            "published": -17,
            "districts": ["srodmiescie", "podjasnogorska"],
            "methods": ["ankieta", "spotkanie-otwarte", "spacer-studyjny", "uwagi-papierowe"],
            "investment": {
                "estimated_cost": Decimal("18500000.00"),
                "location": "III Aleja NMP, od ul. Kilińskiego do placu Biegańskiego",
                "realisation_starts_on": 200,
                "realisation_ends_on": 600,
            },
            "schedule": [
                ("etap", "Zbieranie uwag i ankieta", WHOLE_CONSULTATION, 0, "", ""),
                (
                    "spotkanie",
                    "Spacer studyjny wzdłuż III Alei",
                    -3,
                    2,
                    "Zbiórka przy pomniku Najświętszej Maryi Panny (miejsce przykładowe)",
                    "Trasa bez schodów; tempo dostosowane do osób starszych.",
                ),
                (
                    "spotkanie",
                    "Otwarte spotkanie z projektantami",
                    4,
                    2,
                    "Sala spotkań, ul. Przykładowa 1 (miejsce przykładowe)",
                    "Winda i pętla indukcyjna (opis przykładowy); tłumacza PJM prosimy "
                    "zamówić co najmniej 3 dni robocze wcześniej.",
                ),
                ("spotkanie", "Dyżur projektanta online", 8, 1, "", ""),
                ("etap", "Raport z konsultacji", 30, 0, "", ""),
            ],
            "materials": [
                ("Koncepcja przebudowy – opis", "pdf"),
                ("Mapa zakresu przebudowy", "png"),
                ("Formularz uwag do wydruku", "pdf"),
            ],
        },
        {
            "slug": "nowa-siec-linii-autobusowych",
            "title": "Nowa sieć linii autobusowych i tramwajowych",
            "summary": (
                "Propozycja nowych tras i częstotliwości kursów komunikacji miejskiej. "
                "MZD zbiera opinie pasażerek i pasażerów ze wszystkich dzielnic."
            ),
            "category": "transport",
            "department": "MZD",
            "starts": -5,
            "ends": 25,
            "published": -12,
            "whole_city": True,
            "methods": ["ankieta", "uwagi-na-formularzu", "punkt-konsultacyjny"],
        },
        {
            "slug": "park-lisiniec-nowe-nasadzenia",
            "title": "Nowe nasadzenia i ścieżki w parku na Lisińcu",
            "summary": (
                "Jakie drzewa, łąki kwietne i ścieżki powinny pojawić się w parku? Projekt "
                "zieleni będzie do pobrania od pierwszego dnia konsultacji."
            ),
            "category": "zielen-i-srodowisko",
            "department": "OŚR",
            "starts": 9,
            "ends": 40,
            "published": -2,
            "districts": ["lisiniec"],
            "methods": ["warsztaty", "spacer-studyjny", "uwagi-papierowe"],
            "schedule": [
                (
                    "spotkanie",
                    "Warsztaty projektowe dla mieszkańców",
                    15,
                    3,
                    "Szkoła podstawowa, ul. Przykładowa 2 (miejsce przykładowe)",
                    "Sala na parterze, wejście bez progów (opis przykładowy).",
                ),
            ],
        },
        {
            "slug": "boisko-szkolne-bleszno",
            "title": "Boisko wielofunkcyjne przy szkole w Błesznie",
            "summary": (
                "Nowe ogólnodostępne boisko i bieżnia. Pytamy, z jakich dyscyplin chcą "
                "korzystać mieszkańcy i w jakich godzinach boisko ma być otwarte."
            ),
            "category": "inwestycje",
            "department": "IZ",
            "starts": 20,
            "ends": 41,
            "published": -1,
            "districts": ["bleszno"],
            "methods": ["ankieta", "spotkanie-otwarte"],
            "investment": {
                "estimated_cost": Decimal("2400000.00"),
                "location": "ul. Brzozowa, teren szkoły podstawowej (lokalizacja przykładowa)",
                "realisation_starts_on": 120,
                "realisation_ends_on": None,
            },
        },
        {
            "slug": "plan-miejscowy-kiedrzyn",
            "title": "Miejscowy plan zagospodarowania przestrzennego dla Kiedrzyna",
            "summary": (
                "Projekt planu dla terenów między ul. Wręczycką a torami. Zbieranie uwag "
                "się zakończyło; MPUP przygotowuje raport podsumowujący konsultacje."
            ),
            "category": "planowanie-przestrzenne",
            "department": "MPUP",
            "procedure": Procedure.SPATIAL_PLAN,
            "starts": -45,
            "ends": -15,
            "published": -52,
            "districts": ["kiedrzyn"],
            "methods": ["uwagi-na-formularzu", "spotkanie-otwarte", "dyzur-eksperta"],
            "materials": [
                ("Projekt planu – część tekstowa", "pdf"),
                ("Formularz uwag do projektu planu", "pdf"),
            ],
        },
        {
            "slug": "statut-filharmonii-czestochowskiej",
            "title": "Zmiana statutu Filharmonii Częstochowskiej",
            "summary": (
                "Konsultacje projektu nowego statutu Filharmonii. Wyniki są już opublikowane."
            ),
            "category": "kultura-i-sport",
            "department": "KiS",
            "starts": -90,
            "ends": -83,
            "published": -95,
            "whole_city": True,
            "methods": ["uwagi-na-formularzu"],
            "duration_justification": (
                "Przykład wersji demonstracyjnej: zmiana statutu jest techniczna i wynika "
                "z nowych przepisów, które wkrótce wchodzą w życie."
            ),
            "duration_provision": (
                "Przykład wersji demonstracyjnej: tu jednostka podaje przepis, który pozwala "
                "skrócić termin konsultacji."
            ),
            "results": (
                "<p>Wpłynęły 4 uwagi. Dwie uwzględniono, jedną uwzględniono częściowo, "
                "jednej nie uwzględniono. Szczegóły w raporcie z konsultacji.</p>"
            ),
        },
        {
            "slug": "program-rewitalizacji-zawodzia",
            "title": "Program rewitalizacji Zawodzia i Rakowa",
            "summary": (
                "Jak ożywić podwórka, skwery i lokale użytkowe w rejonie ulic Krakowskiej "
                "i Limanowskiego? Wydział Polityki Społecznej zaprasza do rozmowy."
            ),
            "category": "sprawy-spoleczne",
            "department": "PS",
            "procedure": Procedure.REVITALISATION,
            "starts": -2,
            "ends": 33,
            "published": -9,
            "districts": ["zawodzie-dabie", "rakow"],
            "methods": ["ankieta", "warsztaty", "punkt-konsultacyjny", "uwagi-papierowe"],
            "schedule": [
                (
                    "spotkanie",
                    "Punkt konsultacyjny: uwagi ustne",
                    3,
                    3,
                    "Lokal przy ul. Przykładowej 3 (miejsce przykładowe)",
                    "Wejście z poziomu chodnika (opis przykładowy).",
                ),
                (
                    "spotkanie",
                    "Warsztaty o podwórkach i skwerach",
                    10,
                    3,
                    "Sala spotkań, ul. Przykładowa 1 (miejsce przykładowe)",
                    "Winda (opis przykładowy).",
                ),
            ],
        },
        {
            "slug": "statut-dzielnicy-bleszno",
            "title": "Zmiana statutu Dzielnicy Błeszno",
            "summary": (
                "Projekt uchwały Rady Miasta, która zmienia statut dzielnicy: jak rada "
                "zwołuje zebrania mieszkańców i jak ogłasza swoje dyżury."
            ),
            "category": "inne",
            "department": "PS",
            "procedure": Procedure.DISTRICT_STATUTE,
            "starts": -3,
            "ends": 27,
            "published": -10,
            "districts": ["bleszno"],
            "methods": ["uwagi-na-formularzu", "uwagi-papierowe", "spotkanie-otwarte"],
            "schedule": [
                (
                    "spotkanie",
                    "Spotkanie z mieszkańcami Błeszna o projekcie statutu",
                    6,
                    2,
                    "Siedziba Rady Dzielnicy Błeszno (miejsce przykładowe)",
                    "Sala na parterze (opis przykładowy).",
                ),
            ],
        },
        {
            "slug": "uspokojenie-ruchu-tysiaclecie",
            "title": "Uspokojenie ruchu na osiedlu Tysiąclecie",
            "summary": (
                "Progi zwalniające, strefa „Tempo 30” i nowe przejścia dla pieszych przy "
                "szkołach. MZD pyta mieszkańców osiedla, gdzie są najbardziej potrzebne."
            ),
            "category": "transport",
            "department": "MZD",
            "starts": -6,
            "ends": 16,
            "published": -13,
            "withdrawn": -2,
            "withdrawal_reason": (
                "Przykład wersji demonstracyjnej: projekt wymaga nowych pomiarów ruchu. "
                "Konsultacje ogłosimy ponownie, gdy pomiary się zakończą."
            ),
            "districts": ["tysiaclecie"],
            "methods": ["ankieta", "spotkanie-otwarte"],
            "schedule": [
                (
                    "spotkanie",
                    "Spotkanie otwarte o projekcie",
                    5,
                    2,
                    "Siedziba Rady Dzielnicy Tysiąclecie (miejsce przykładowe)",
                    "Sala na parterze, wejście bez progów (opis przykładowy).",
                ),
            ],
        },
        {
            "slug": "regulamin-targowisk-miejskich",
            "title": "Regulamin targowisk miejskich",
            "summary": "Szkic: nowe zasady najmu stanowisk na targowiskach miejskich.",
            "category": "inne",
            "department": "MN",
            "starts": 30,
            "ends": 60,
            "published": None,
            "whole_city": True,
            "methods": ["uwagi-na-formularzu"],
        },
    ]


def _at(day: date, moment: time) -> datetime:
    """That moment of the day in the city's time."""
    return timezone.make_aware(datetime.combine(day, moment))


def demo_dates(spec: dict, today: date) -> dict:
    """The moments of a demo consultation: it opens at 8:00 and ends at 23:59 of a working
    day; publication, the order and a withdrawal happen on working days too."""

    def day(offset: int) -> date:
        return today + timedelta(days=offset)

    ends_at = _at(next_working_day(day(spec["ends"])), time(23, 59))
    dates = {
        "starts_at": _at(day(spec["starts"]), time(8, 0)),
        "ends_at": ends_at,
        "published_at": None,
        "withdrawn_at": None,
        "results_published_at": None,
    }
    if spec["published"] is not None:
        dates["published_at"] = _at(previous_working_day(day(spec["published"])), time(9, 0))
    if "withdrawn" in spec:
        dates["withdrawn_at"] = _at(previous_working_day(day(spec["withdrawn"])), time(10, 0))
    if spec.get("results"):
        results_day = next_working_day(timezone.localdate(ends_at) + timedelta(days=20))
        dates["results_published_at"] = _at(results_day, time(12, 0))
    return dates


def demo_order(number: int, published_at) -> dict:
    """The President's order of a demo consultation, plainly an example.

    Its number says „(przykład)”, and the link never points under the city's real domains
    (bip.czestochowa.pl): example.org is reserved for examples and says so to anyone who
    opens it. The order is signed on a working day before publication.
    """
    order_date = previous_working_day(timezone.localdate(published_at) - timedelta(days=3))
    return {
        "order_number": f"{number}.{order_date.year} {EXAMPLE}",
        "order_date": order_date,
        "bip_url": f"https://example.org/bip/przyklad-zarzadzenia-{number}-{order_date.year}",
    }


def _remarks_how(spec: dict) -> str:
    procedure = spec.get("procedure", Procedure.GENERAL)
    text = REMARKS_HOW.get(procedure, REMARKS_HOW[Procedure.GENERAL])
    if "ankieta" in spec["methods"]:
        text += PAPER_SURVEY
    return text


def _schedule(consultation, spec: dict, today: date):
    for kind, title, when, hours, place, accessibility in spec.get("schedule", []):
        if when == WHOLE_CONSULTATION:
            starts_at, ends_at = consultation.starts_at, consultation.ends_at
        else:
            day = next_working_day(today + timedelta(days=when))
            starts_at = _at(day, MEETINGS_START_AT if kind == "spotkanie" else time(9, 0))
            ends_at = starts_at + timedelta(hours=hours) if hours else None
        consultation.schedule_items.create(
            kind=kind,
            title=title,
            starts_at=starts_at,
            ends_at=ends_at,
            place=place,
            accessibility=accessibility,
            online_url="https://example.org/przyklad-spotkania-online"
            if not place and kind == "spotkanie"
            else "",
        )


def _materials(consultation, materials):
    for position, (title, kind) in enumerate(materials):
        content = tiny_png() if kind == "png" else tiny_pdf([consultation.title, title])
        Material.objects.create(
            consultation=consultation,
            title=title,
            position=position,
            file=ContentFile(content, name=f"material.{kind}"),
        )


@transaction.atomic
def seed_consultations() -> int:
    """Create the demo consultations that are missing; return how many were created."""
    today = timezone.localdate()
    created_count = 0
    for number, spec in enumerate(_spec(), start=101):
        if Consultation.objects.filter(slug=spec["slug"]).exists():
            continue
        department = Department.objects.get(code=spec["department"])
        dates = demo_dates(spec, today)
        order = demo_order(number, dates["published_at"]) if dates["published_at"] else {}
        investment = dict(spec.get("investment", {}))
        for field in ["realisation_starts_on", "realisation_ends_on"]:
            if investment.get(field) is not None:
                investment[field] = today + timedelta(days=investment[field])
        consultation = Consultation.objects.create(
            slug=spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
            description=f"<p>{spec['summary']}</p>{DEMO_NOTE}",
            subject=f"<p>{spec['title']}.</p>",
            purpose=(
                "<p>Poznanie opinii i propozycji mieszkanek i mieszkańców Częstochowy, "
                "zanim miasto podejmie decyzję.</p>"
            ),
            procedure=spec.get("procedure", Procedure.GENERAL),
            remarks_how=_remarks_how(spec),
            category=Category.objects.get(slug=spec["category"]),
            department=department,
            contact_name=f"Anna Kowalska {EXAMPLE}",
            contact_email="kontakt.przyklad@example.org",
            contact_phone="34 370 71 00",
            whole_city=spec.get("whole_city", False),
            duration_justification=spec.get("duration_justification", ""),
            duration_provision=spec.get("duration_provision", ""),
            withdrawal_reason=spec.get("withdrawal_reason", ""),
            results_summary=spec.get("results", ""),
            **dates,
            **investment,
            **order,
        )
        consultation.districts.set(District.objects.filter(slug__in=spec.get("districts", [])))
        consultation.methods.set(Method.objects.filter(slug__in=spec["methods"]))
        _schedule(consultation, spec, today)
        _materials(consultation, spec.get("materials", []))
        created_count += 1
    return created_count
