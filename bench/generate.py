"""Fill the benchmark database: 2,000 consultations with schedules, materials and districts.

Run with DJANGO_SETTINGS_MODULE=bench.settings and DATABASE_URL pointing at a database of
its own (bench/run.sh uses portal_bench). Rows are written in bulk; the material rows
point at file names only, the pages never open the files.
"""

import os
import random
import sys
from datetime import timedelta

import django

WORDS = [
    "droga",
    "ścieżka",
    "rowerowa",
    "chodnik",
    "zieleń",
    "park",
    "drzewa",
    "łąka",
    "skwer",
    "plac",
    "szkoła",
    "przedszkole",
    "boisko",
    "biblioteka",
    "przystanek",
    "autobus",
    "tramwaj",
    "parking",
    "oświetlenie",
    "kanalizacja",
    "woda",
    "remont",
    "przebudowa",
    "rewitalizacja",
    "podwórko",
    "kamienica",
    "targowisko",
    "cmentarz",
    "mieszkańcy",
    "dzielnica",
    "osiedle",
    "ulica",
    "aleja",
    "most",
    "rondo",
    "skrzyżowanie",
    "bezpieczeństwo",
    "hałas",
    "powietrze",
]


def sentence(rng, words=14):
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def main(count: int) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    django.setup()
    from django.db import transaction
    from django.utils import timezone

    from consultations.models import (
        Category,
        Consultation,
        Department,
        Material,
        Method,
        ScheduleItem,
    )
    from consultations.search import fold_text
    from districts.models import District

    rng = random.Random(2026)  # noqa: S311 - the same data on every run
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    departments = list(Department.objects.all())
    categories = list(Category.objects.all())
    districts = list(District.objects.all())
    methods = list(Method.objects.all())
    day = timedelta(days=1)
    with transaction.atomic():
        Consultation.objects.all().delete()
        rows = []
        for number in range(count):
            starts_at = now + rng.randint(-700, 60) * day
            title = f"{sentence(rng, 5)[:-1]} – konsultacje nr {number}"
            summary = sentence(rng, 24)
            description = "".join(f"<p>{sentence(rng, 40)}</p>" for _ in range(4))
            published = number % 20 != 0
            ends_at = starts_at + rng.randint(14, 45) * day
            rows.append(
                Consultation(
                    title=title,
                    slug=f"bench-{number:04d}",
                    summary=summary,
                    description=description,
                    subject=f"<p>{sentence(rng)}</p>",
                    purpose=f"<p>{sentence(rng)}</p>",
                    legal_basis="<p>Uchwała Nr 715/LXII/2010 Rady Miasta Częstochowy.</p>",
                    remarks_how="<p>E-mailem, pocztą lub w Kancelarii Urzędu, pok. 3.</p>",
                    department=rng.choice(departments),
                    category=rng.choice(categories),
                    contact_name="Anna Kowalska",
                    contact_email="konsultacje@example.org",
                    contact_phone="34 370 71 00",
                    whole_city=number % 3 == 0,
                    starts_at=starts_at,
                    ends_at=ends_at,
                    published_at=starts_at - 7 * day if published else None,
                    results_published_at=ends_at + 20 * day
                    if published and ends_at + 20 * day < now and number % 2 == 0
                    else None,
                    results_summary="<p>Wyniki.</p>",
                    search_text=fold_text(f"{title} {summary} {description}"),
                )
            )
        created = Consultation.objects.bulk_create(rows, batch_size=500)
        through = Consultation.districts.through
        through.objects.bulk_create(
            [
                through(consultation=consultation, district=district)
                for consultation in created
                if not consultation.whole_city
                for district in rng.sample(districts, rng.randint(1, 3))
            ],
            batch_size=2000,
        )
        method_through = Consultation.methods.through
        method_through.objects.bulk_create(
            [
                method_through(consultation=consultation, method=method)
                for consultation in created
                for method in rng.sample(methods, 3)
            ],
            batch_size=2000,
        )
        ScheduleItem.objects.bulk_create(
            [
                ScheduleItem(
                    consultation=consultation,
                    kind=ScheduleItem.Kind.MEETING if index else ScheduleItem.Kind.STAGE,
                    title=f"Spotkanie {index + 1}" if index else "Zbieranie uwag",
                    starts_at=consultation.starts_at + index * 4 * day,
                    ends_at=consultation.starts_at + index * 4 * day + timedelta(hours=2),
                    place="Urząd Miasta Częstochowy, ul. Śląska 11/13, sala sesyjna",
                    accessibility="Winda, pętla indukcyjna",
                )
                for consultation in created
                for index in range(4)
            ],
            batch_size=2000,
        )
        Material.objects.bulk_create(
            [
                Material(
                    consultation=consultation,
                    title=title,
                    file=f"materialy/bench/{consultation.slug}-{index}.pdf",
                    kind="pdf",
                    size=rng.randint(40_000, 4_000_000),
                    position=index,
                )
                for consultation in created
                for index, title in enumerate(["Projekt dokumentu", "Uzasadnienie"])
            ],
            batch_size=2000,
        )
    print(
        f"{Consultation.objects.count()} consultations, "
        f"{ScheduleItem.objects.count()} schedule items, {Material.objects.count()} materials"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 2000)
