"""Demo consultations for a developer's machine: one in every status, several departments.

Dates are set relative to the day of the first run, so the statuses make sense on any
machine; running the seed again changes nothing (rows are looked up by slug).
"""

import struct
import unicodedata
import zlib
from datetime import timedelta
from decimal import Decimal

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from consultations.models import Category, Consultation, Department, Material, Method
from districts.models import District

LEGAL_BASIS = (
    "<p>Uchwała Nr 715/LXII/2010 Rady Miasta Częstochowy z dnia 28 czerwca 2010 r. "
    "w sprawie zasad i trybu przeprowadzania konsultacji społecznych z mieszkańcami "
    "Częstochowy oraz zarządzenie Prezydenta Miasta Częstochowy o przeprowadzeniu "
    "tych konsultacji.</p>"
)
REMARKS_HOW = (
    "<p>Uwagi można złożyć:</p><ul>"
    "<li>na formularzu konsultacyjnym, wysyłając go na adres "
    '<a href="mailto:konsultacje@czestochowa.um.gov.pl">konsultacje@czestochowa.um.gov.pl</a>,</li>'
    "<li>pocztą na adres Urzędu Miasta Częstochowy, ul. Śląska 11/13, 42-217 Częstochowa "
    "(decyduje data wpływu do Urzędu),</li>"
    "<li>osobiście w Kancelarii Urzędu, ul. Śląska 11/13, pokój nr 3,</li>"
    "<li>w siedzibach rad dzielnic w godzinach dyżurów.</li></ul>"
)


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


def _spec(now):
    day = timedelta(days=1)
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
            "starts_at": now - 10 * day,
            "ends_at": now + 12 * day,
            "published_at": now - 17 * day,
            "districts": ["srodmiescie", "podjasnogorska"],
            "methods": ["ankieta", "spotkanie-otwarte", "spacer-studyjny", "uwagi-papierowe"],
            "investment": {
                "estimated_cost": Decimal("18500000.00"),
                "location": "III Aleja NMP, od ul. Kilińskiego do placu Biegańskiego",
                "realisation_starts_on": (now + 200 * day).date(),
                "realisation_ends_on": (now + 600 * day).date(),
            },
            "schedule": [
                ("etap", "Zbieranie uwag i ankieta", -10, 22 * 24, "", ""),
                (
                    "spotkanie",
                    "Spacer studyjny wzdłuż III Alei",
                    -3,
                    2,
                    "Zbiórka przy pomniku Najświętszej Maryi Panny",
                    "Trasa bez schodów; tempo dostosowane do osób starszych.",
                ),
                (
                    "spotkanie",
                    "Otwarte spotkanie z projektantami",
                    4,
                    2,
                    "Sala sesyjna Urzędu Miasta, ul. Śląska 11/13",
                    "Winda, pętla indukcyjna; tłumacz PJM na życzenie zgłoszone 3 dni wcześniej.",
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
                "Propozycja nowych tras i częstotliwości kursów komunikacji miejskiej od "
                "przyszłego roku. MZD zbiera opinie pasażerek i pasażerów ze wszystkich dzielnic."
            ),
            "category": "transport",
            "department": "MZD",
            "starts_at": now - 5 * day,
            "ends_at": now + 25 * day,
            "published_at": now - 12 * day,
            "whole_city": True,
            "methods": ["ankieta", "uwagi-na-formularzu", "punkt-konsultacyjny"],
        },
        {
            "slug": "park-lisiniec-nowe-nasadzenia",
            "title": "Nowe nasadzenia i ścieżki w parku na Lisińcu",
            "summary": (
                "Jakie drzewa, łąki kwietne i ścieżki powinny pojawić się w parku? Konsultacje "
                "rozpoczną się wiosną; wcześniej opublikujemy projekt zieleni."
            ),
            "category": "zielen-i-srodowisko",
            "department": "OŚR",
            "starts_at": now + 9 * day,
            "ends_at": now + 40 * day,
            "published_at": now - 2 * day,
            "districts": ["lisiniec"],
            "methods": ["warsztaty", "spacer-studyjny", "uwagi-papierowe"],
            "schedule": [
                (
                    "spotkanie",
                    "Warsztaty projektowe dla mieszkańców",
                    15,
                    3,
                    "Szkoła Podstawowa nr 50, ul. Boya-Żeleńskiego",
                    "Sala na parterze, wejście bez progów.",
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
            "starts_at": now + 20 * day,
            "ends_at": now + 41 * day,
            "published_at": now - 1 * day,
            "districts": ["bleszno"],
            "methods": ["ankieta", "spotkanie-otwarte"],
            "investment": {
                "estimated_cost": Decimal("2400000.00"),
                "location": "ul. Brzozowa, teren szkoły podstawowej",
                "realisation_starts_on": (now + 120 * day).date(),
                "realisation_ends_on": None,
            },
        },
        {
            "slug": "plan-miejscowy-kiedrzyn",
            "title": "Miejscowy plan zagospodarowania przestrzennego dla Kiedrzyna",
            "summary": (
                "Projekt planu dla terenów między ul. Wręczycką a torami. Zbieranie uwag "
                "się zakończyło; MPUP rozpatruje zgłoszone uwagi."
            ),
            "category": "planowanie-przestrzenne",
            "department": "MPUP",
            "starts_at": now - 45 * day,
            "ends_at": now - 15 * day,
            "published_at": now - 52 * day,
            "districts": ["kiedrzyn"],
            "methods": ["uwagi-na-formularzu", "spotkanie-otwarte", "dyzur-eksperta"],
        },
        {
            "slug": "statut-filharmonii-czestochowskiej",
            "title": "Zmiana statutu Filharmonii Częstochowskiej",
            "summary": (
                "Konsultacje projektu nowego statutu Filharmonii. Wyniki są już opublikowane."
            ),
            "category": "kultura-i-sport",
            "department": "KiS",
            "starts_at": now - 90 * day,
            "ends_at": now - 83 * day,
            "published_at": now - 95 * day,
            "whole_city": True,
            "methods": ["uwagi-na-formularzu"],
            "duration_justification": (
                "Zmiana statutu jest techniczna i wynika z nowych przepisów, które wchodzą "
                "w życie przed końcem roku."
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
            "starts_at": now - 2 * day,
            "ends_at": now + 33 * day,
            "published_at": now - 9 * day,
            "districts": ["zawodzie-dabie", "rakow"],
            "methods": ["ankieta", "warsztaty", "punkt-konsultacyjny", "uwagi-papierowe"],
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
            "starts_at": now - 6 * day,
            "ends_at": now + 16 * day,
            "published_at": now - 13 * day,
            "withdrawn_at": now - 2 * day,
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
                    "Siedziba Rady Dzielnicy Tysiąclecie (adres przykładowy)",
                    "Sala na parterze, wejście bez progów.",
                ),
            ],
        },
        {
            "slug": "regulamin-targowisk-miejskich",
            "title": "Regulamin targowisk miejskich",
            "summary": "Szkic: nowe zasady najmu stanowisk na targowiskach miejskich.",
            "category": "inne",
            "department": "MN",
            "starts_at": now + 30 * day,
            "ends_at": now + 60 * day,
            "published_at": None,
            "whole_city": True,
            "methods": ["uwagi-na-formularzu"],
        },
    ]


def demo_order(number: int, published_at) -> dict:
    """The President's order of a demo consultation, with a link that is plainly an example.

    Invented entries never point under the city's real domains (bip.czestochowa.pl):
    example.org is reserved for examples and says so to anyone who opens it.
    """
    order_date = (published_at - timedelta(days=3)).date()
    return {
        "order_number": f"{number}.{order_date.year}",
        "order_date": order_date,
        "bip_url": f"https://example.org/bip/przyklad-zarzadzenia-{number}-{order_date.year}",
    }


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
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    created_count = 0
    for number, spec in enumerate(_spec(now), start=101):
        if Consultation.objects.filter(slug=spec["slug"]).exists():
            continue
        department = Department.objects.get(code=spec["department"])
        order = demo_order(number, spec["published_at"]) if spec["published_at"] else {}
        consultation = Consultation.objects.create(
            slug=spec["slug"],
            title=spec["title"],
            summary=spec["summary"],
            description=f"<p>{spec['summary']}</p>",
            subject=f"<p>{spec['title']}.</p>",
            purpose=(
                "<p>Poznanie opinii i propozycji mieszkanek i mieszkańców Częstochowy, "
                "zanim miasto podejmie decyzję.</p>"
            ),
            legal_basis=LEGAL_BASIS,
            remarks_how=REMARKS_HOW,
            category=Category.objects.get(slug=spec["category"]),
            department=department,
            contact_name="Anna Kowalska",
            contact_email=department.email or "konsultacje@czestochowa.um.gov.pl",
            contact_phone="34 370 71 00",
            starts_at=spec["starts_at"],
            ends_at=spec["ends_at"],
            whole_city=spec.get("whole_city", False),
            duration_justification=spec.get("duration_justification", ""),
            duration_provision=spec.get("duration_provision", ""),
            published_at=spec["published_at"],
            withdrawn_at=spec.get("withdrawn_at"),
            withdrawal_reason=spec.get("withdrawal_reason", ""),
            results_summary=spec.get("results", ""),
            results_published_at=(spec["ends_at"] + timedelta(days=20))
            if spec.get("results")
            else None,
            **spec.get("investment", {}),
            **order,
        )
        consultation.districts.set(District.objects.filter(slug__in=spec.get("districts", [])))
        consultation.methods.set(Method.objects.filter(slug__in=spec["methods"]))
        for kind, title, day_offset, hours, place, accessibility in spec.get("schedule", []):
            starts_at = (now + timedelta(days=day_offset)).replace(hour=17)
            consultation.schedule_items.create(
                kind=kind,
                title=title,
                starts_at=starts_at,
                ends_at=starts_at + timedelta(hours=hours) if hours else None,
                place=place,
                accessibility=accessibility,
                online_url="https://spotkania.czestochowa.pl/konsultacje"
                if not place and kind == "spotkanie"
                else "",
            )
        _materials(consultation, spec.get("materials", []))
        created_count += 1
    return created_count
