"""Demo discussion for a developer's machine: comments, replies, an official answer, a draft
statute commented unit by unit, reported and hidden comments, remarks on paper and online,
and dispositions on a consultation with published results. Only for seed_demo (DEBUG on).

Runs after the demo consultations; running it again changes nothing.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from consultations.models import Consultation, Method
from participation.models import (
    COMMENTS_METHOD,
    Comment,
    Disposition,
    DraftDocument,
    OfficialAnswer,
    Remark,
)
from participation.services import (
    comment_hide,
    comment_report,
    draft_document_split,
    participant_join,
    remark_add,
)

DISCUSSED = ["przebudowa-alei-najswietszej-maryi-panny", "statut-dzielnicy-bleszno"]
STATUTE_DRAFT = """Projekt
UCHWAŁA NR …/…/2026 RADY MIASTA CZĘSTOCHOWY
w sprawie zmiany statutu Dzielnicy Błeszno (przykład wersji demonstracyjnej)

Na podstawie art. 35 ust. 1 ustawy o samorządzie gminnym uchwala się, co następuje:

Rozdział 1
Zebrania mieszkańców

§ 1. 1. Rada Dzielnicy zwołuje zebranie mieszkańców co najmniej raz w roku.
2. O zebraniu zawiadamia się:
1) na stronie internetowej portalu konsultacji;
2) na tablicy ogłoszeń w siedzibie Rady Dzielnicy;
3) w inny zwyczajowo przyjęty sposób, w szczególności:
a) w parafiach,
b) w szkołach.
3. Zawiadomienie ogłasza się co najmniej 7 dni przed zebraniem.

Rozdział 2
Dyżury

§ 2. Członkowie Rady Dzielnicy pełnią dyżury w siedzibie Rady co najmniej dwa razy w miesiącu.
§ 3. Uchwała wchodzi w życie po upływie 14 dni od ogłoszenia
w Dzienniku Urzędowym Województwa Śląskiego.
"""

# (e-mail, first name, name shown)
DEMO_RESIDENTS = [
    ("jan.blesznianin@konsultacje.test", "Jan", "Jan z Błeszna"),
    ("ewa.rowerzystka@konsultacje.test", "Ewa", "Ewa na rowerze"),
    ("krzysztof@konsultacje.test", "Krzysztof", "Krzysztof K."),
]


def _comment(consultation, author, text, when, *, unit=None, parent=None):
    return Comment.objects.create(
        consultation=consultation,
        author=author,
        shown_name=author.participant.display_name,
        text=text,
        unit=unit,
        parent=parent,
        created_at=when,
    )


@transaction.atomic
def seed_participation(*, make_user, resident, staff, moderator) -> None:
    """`make_user(email, first_name, last_name)` makes a verified demo account."""
    if Comment.objects.filter(consultation__slug__in=DISCUSSED).exists():
        return
    now = timezone.now()
    method = Method.objects.get(slug=COMMENTS_METHOD)
    alley = Consultation.objects.get(slug=DISCUSSED[0])
    statute = Consultation.objects.get(slug=DISCUSSED[1])
    for consultation in [alley, statute]:
        consultation.methods.add(method)
    people = [make_user(email, first, "Przykładowy") for email, first, _ in DEMO_RESIDENTS]
    for user, (_, _, shown) in zip(people, DEMO_RESIDENTS, strict=True):
        participant_join(user=user, display_name=shown)
    participant_join(user=resident, display_name="Maria Mieszkanka")
    jan, ewa, krzysztof = people

    # A discussion with a reply and the department's answer.
    started = max(alley.starts_at, now - timedelta(days=5))
    question = _comment(
        alley,
        ewa,
        "Czy droga dla rowerów będzie oddzielona od chodnika? Dziś piesi i rowerzyści "
        "mijają się na jednym pasie.\nPrzykład dobrego rozwiązania: "
        "https://example.org/droga-rowerowa",
        started + timedelta(hours=2),
    )
    _comment(
        alley,
        jan,
        "Popieram, zwłaszcza przy przystankach.",
        started + timedelta(hours=5),
        parent=question,
    )
    OfficialAnswer.objects.create(
        comment=question,
        department=alley.department,
        author=staff,
        text="Tak: projekt przewiduje drogę dla rowerów oddzieloną pasem zieleni. "
        "Szczegóły pokażemy na spotkaniu otwartym.",
        created_at=started + timedelta(days=1),
    )
    _comment(
        alley,
        resident,
        "Prosimy o więcej ławek i cienia przy Alejach.",
        started + timedelta(days=1, hours=3),
    )
    reported = _comment(
        alley, krzysztof, "KUP TANIO OKNA!!! https://example.org/okna", started + timedelta(days=2)
    )
    for reporter in [jan, ewa, resident]:
        comment_report(comment=reported, reporter=reporter, reason="reklama")
    hidden = _comment(
        alley,
        krzysztof,
        "Tekst, który moderator ukrył w wersji demonstracyjnej.",
        started + timedelta(days=2, hours=1),
    )
    comment_hide(
        comment=hidden, moderator=moderator, reason="komentarz zawierał dane osobowe sąsiada."
    )

    # A draft statute, commented unit by unit, and remarks on paper and online.
    document = DraftDocument.objects.create(
        consultation=statute,
        title="Projekt uchwały w sprawie zmiany statutu Dzielnicy Błeszno",
        kind=DraftDocument.Kind.RESOLUTION,
        source=STATUTE_DRAFT,
    )
    draft_document_split(document=document)
    units = {unit.slug: unit for unit in document.units.all()}
    when = max(statute.starts_at, now - timedelta(days=2))
    first = _comment(
        statute,
        jan,
        "Raz w roku to za rzadko – proponuję dwa zebrania.",
        when + timedelta(hours=1),
        unit=units["par-1-ust-1"],
    )
    _comment(
        statute,
        ewa,
        "Zgadzam się, wiosną i jesienią.",
        when + timedelta(hours=3),
        unit=units["par-1-ust-1"],
        parent=first,
    )
    _comment(
        statute,
        resident,
        "Warto dopisać zawiadomienie e-mailem dla chętnych.",
        when + timedelta(hours=4),
        unit=units["par-1-ust-2"],
    )
    remark_add(
        consultation=statute,
        channel=Remark.Channel.ONLINE,
        author=jan,
        received_on=timezone.localdate(when),
        unit=units["par-2"],
        content="Dyżury raz w tygodniu, także po godzinie 17.",
        proposed_wording="§ 2. Członkowie Rady Dzielnicy pełnią dyżury co tydzień.",
        justification="Osoby pracujące nie zdążą w godzinach pracy Urzędu.",
    )
    remark_add(
        consultation=statute,
        channel=Remark.Channel.PAPER,
        entered_by=staff,
        received_on=timezone.localdate(when),
        unit=units["par-1-ust-3"],
        content="Termin 7 dni jest za krótki.",
        proposed_wording="… co najmniej 14 dni …",
        author_name="Anna Przykładowa (dane zmyślone)",
        author_address="ul. Przykładowa 1, Częstochowa",
    )

    # Remarks with dispositions where the results are out (4 remarks, as its summary says).
    philharmonic = Consultation.objects.get(slug="statut-filharmonii-czestochowskiej")
    received = timezone.localdate(philharmonic.starts_at) + timedelta(days=2)
    positions = [
        (Disposition.Position.ACCEPTED, "Dopisano w § 4 nazwę sali koncertowej."),
        (Disposition.Position.ACCEPTED, "Poprawiono błąd w nazwie ustawy."),
        (Disposition.Position.PARTLY, "Skład rady programowej powiększono do 7, nie do 9 osób."),
        (Disposition.Position.REJECTED, "Zmiana wykracza poza zakres statutu."),
    ]
    for number, (position, justification) in enumerate(positions, start=1):
        remark = remark_add(
            consultation=philharmonic,
            channel=Remark.Channel.EMAIL,
            received_on=received,
            content=f"Uwaga przykładowa nr {number}.",
        )
        Disposition.objects.create(
            remark=remark,
            position=position,
            justification=justification,
            author=staff,
            decided_on=timezone.localdate(philharmonic.ends_at),
        )
