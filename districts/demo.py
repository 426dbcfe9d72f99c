"""Demo offices, duty hours and council members; only for seed_demo (DEBUG on)."""

import datetime

from django.db import transaction

from districts.models import CouncilMembership, District, DutyHour
from districts.services import council_member_add

DEMO_NOTE = "Dane przykładowe wersji demonstracyjnej."

# (slug, weekday, start hour, members as (first name, last name, function, its form))
DEMO_COUNCILS = [
    (
        "bleszno",
        DutyHour.Weekday.TUESDAY,
        17,
        [("Jan", "Kowalski", "zarzad", "meska"), ("Ewa", "Nowak", "radny", "zenska")],
    ),
    (
        "rakow",
        DutyHour.Weekday.MONDAY,
        16,
        [
            ("Tomasz", "Wiśniewski", "przewodniczacy", "meska"),
            ("Anna", "Wójcik", "zarzad", "zenska"),
            ("Paweł", "Kamiński", "radny", "meska"),
        ],
    ),
    (
        "srodmiescie",
        DutyHour.Weekday.WEDNESDAY,
        17,
        [
            ("Katarzyna", "Lewandowska", "przewodniczacy", "zenska"),
            ("Michał", "Zieliński", "radny", "meska"),
        ],
    ),
    (
        "tysiaclecie",
        DutyHour.Weekday.THURSDAY,
        16,
        [
            ("Agnieszka", "Szymańska", "przewodniczacy", "zenska"),
            ("Łukasz", "Dąbrowski", "zarzad", "meska"),
        ],
    ),
    ("stradom", DutyHour.Weekday.FRIDAY, 15, [("Zofia", "Kozłowska", "przewodniczacy", "zenska")]),
]


def _demo_email(first_name, last_name, slug):
    ascii_name = f"{first_name}.{last_name}".lower().translate(
        str.maketrans("ąćęłńóśźż", "acelnoszz")
    )
    return f"{ascii_name}.{slug}@konsultacje.test"


@transaction.atomic
def seed_districts(make_account):
    """make_account(email, first_name, last_name) returns a verified demo user."""
    for district in District.objects.all():
        if not district.office_address:
            district.office_address = f"ul. Przykładowa {district.number}, 42-200 Częstochowa"
            district.office_note = DEMO_NOTE
            district.description = (
                f"Dzielnica {district.name} – opis przykładowy. Rada dzielnicy opiniuje sprawy "
                "ważne dla mieszkańców: plan miejscowy, inwestycje, drogi, zieleń i porządek."
            )
            district.save(update_fields=["office_address", "office_note", "description"])
        if not district.duty_hours.exists():
            DutyHour.objects.create(
                district=district,
                weekday=DutyHour.Weekday.TUESDAY
                if district.number % 2
                else DutyHour.Weekday.THURSDAY,
                starts_at=datetime.time(17, 0),
                ends_at=datetime.time(18, 30),
                place="siedziba rady",
                note="w pierwszym i trzecim tygodniu miesiąca",
            )
    for slug, weekday, hour, members in DEMO_COUNCILS:
        district = District.objects.get(slug=slug)
        DutyHour.objects.get_or_create(
            district=district,
            weekday=weekday,
            starts_at=datetime.time(hour, 0),
            defaults={"ends_at": datetime.time(hour + 2, 0), "place": "siedziba rady"},
        )
        for first_name, last_name, function, form in members:
            user = make_account(_demo_email(first_name, last_name, slug), first_name, last_name)
            council_member_add(
                user=user,
                district=district,
                function=CouncilMembership.Function(function),
                function_form=CouncilMembership.FunctionForm(form),
            )
