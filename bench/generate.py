"""Fill the benchmark database: 2,000 consultations with schedules, materials and districts,
and the participation the pages must survive.

Run with DJANGO_SETTINGS_MODULE=bench.settings and DATABASE_URL pointing at a database of
its own (bench/run.sh uses portal_bench). Rows are written in bulk; the material rows
point at file names only, the pages never open the files.

Participation: bench-0001 (the detail page measured) is open with comments and the remarks
form; bench-0002 is open with a draft and 2,000 comments (1,500 threads, 500 replies, an
official answer on every tenth thread); bench-0003 is open for the posting test. RESIDENTS
verified residents, signed in: their session keys go to the file named by the second
argument, one „e-mail key” a line, for wrk's Cookie header and the posting clients.
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


RESIDENTS = 40
BUSY_THREADS, BUSY_REPLIES = 1500, 500
DRAFT = """§ 1. Uchwała określa zasady korzystania z parków miejskich.
§ 2. 1. Park jest otwarty codziennie.
2. W parku zabrania się:
1) palenia tytoniu;
2) jazdy na rowerze poza alejkami.
§ 3. Wykonanie uchwały powierza się Prezydentowi Miasta Częstochowy.
"""


def participation(now, rng, sessions_path) -> None:
    """Open consultations with comments, a busy one, and residents with sessions."""
    from allauth.account.models import EmailAddress
    from django.conf import settings
    from django.contrib.auth import (
        BACKEND_SESSION_KEY,
        HASH_SESSION_KEY,
        SESSION_KEY,
        get_user_model,
    )
    from django.contrib.auth.hashers import make_password
    from django.contrib.sessions.backends.cached_db import SessionStore

    from consultations.models import Consultation, Department, Method
    from participation.models import (
        COMMENTS_METHOD,
        REMARKS_METHOD,
        Comment,
        DraftDocument,
        OfficialAnswer,
        Participant,
    )
    from participation.services import draft_document_split

    day = timedelta(days=1)
    no_password = make_password(None)  # they only ever come with a session
    methods = Method.objects.filter(slug__in=[COMMENTS_METHOD, REMARKS_METHOD])
    open_ones = list(
        Consultation.objects.filter(slug__in=["bench-0001", "bench-0002", "bench-0003"])
    )
    for consultation in open_ones:
        consultation.starts_at = now - 3 * day
        consultation.ends_at = now + 30 * day
        consultation.published_at = now - 10 * day
        consultation.results_published_at = None
        consultation.withdrawn_at = None
        consultation.save()
        consultation.methods.add(*methods)
    busy = next(c for c in open_ones if c.slug == "bench-0002")
    document = DraftDocument.objects.create(
        consultation=busy, title="Projekt uchwały", source=DRAFT
    )
    draft_document_split(document=document)
    units = list(document.units.all())

    users = get_user_model().objects.bulk_create(
        get_user_model()(email=f"mieszkaniec{number:02d}@bench.test", password=no_password)
        for number in range(RESIDENTS)
    )
    EmailAddress.objects.bulk_create(
        EmailAddress(user=user, email=user.email, verified=True, primary=True) for user in users
    )
    Participant.objects.bulk_create(
        Participant(user=user, display_name=f"Mieszkaniec {number}", terms_accepted_at=now)
        for number, user in enumerate(users)
    )
    threads = Comment.objects.bulk_create(
        Comment(
            consultation=busy,
            author=users[number % RESIDENTS],
            shown_name=f"Mieszkaniec {number % RESIDENTS}",
            text=sentence(rng, 30) + " https://example.org/park",
            unit=units[number % len(units)] if number % 2 else None,
            created_at=now - timedelta(minutes=BUSY_THREADS - number),
        )
        for number in range(BUSY_THREADS)
    )
    Comment.objects.bulk_create(
        Comment(
            consultation=busy,
            parent=threads[-1 - number],
            author=users[(number + 1) % RESIDENTS],
            shown_name=f"Mieszkaniec {(number + 1) % RESIDENTS}",
            text=sentence(rng, 12),
            unit=threads[-1 - number].unit,
            created_at=now - timedelta(seconds=number + 1),
        )
        for number in range(BUSY_REPLIES)
    )
    staff = get_user_model().objects.create(email="pracownik@bench.test", password=no_password)
    OfficialAnswer.objects.bulk_create(
        OfficialAnswer(
            comment=thread,
            department=Department.objects.get(pk=busy.department_id),
            author=staff,
            text=sentence(rng, 20),
        )
        for thread in threads[::10]
    )
    backend = settings.AUTHENTICATION_BACKENDS[0]
    lines = []
    for user in users:
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = backend
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        lines.append(f"{user.email} {session.session_key}")
    with open(sessions_path, "w") as sessions:
        sessions.write("\n".join(lines) + "\n")
    print(
        f"{Comment.objects.filter(consultation=busy).count()} comments on bench-0002, "
        f"{len(users)} signed-in residents"
    )


def main(count: int, sessions_path: str) -> None:
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
        participation(now, rng, sessions_path)
    print(
        f"{Consultation.objects.count()} consultations, "
        f"{ScheduleItem.objects.count()} schedule items, {Material.objects.count()} materials"
    )


if __name__ == "__main__":
    main(
        int(sys.argv[1]) if len(sys.argv) > 1 else 2000,
        sys.argv[2] if len(sys.argv) > 2 else "bench/results/sessions.txt",
    )
