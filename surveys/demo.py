"""Demo surveys for a developer's machine, with generated answers.

- an open survey with every kind of question and a few hundred responses, online and on
  paper from several district offices (for the results and exports to chew on);
- a closed survey with answers;
- a survey answered with single-use codes (its demo codes are known: `DEMO_CODES`);
- the 2010-style questionnaire on how consultations should run in Częstochowa;
- a planned survey;
- a quick poll (sonda) on the home page with results shown at once.

Surveys of a demo consultation take its dates; the others are set relative to the day of
the first run. Answers come from a seeded random generator and go in with bulk inserts.
Running the seed again changes nothing (surveys are looked up by slug).
"""

import random
from datetime import date, datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from common.workdays import next_working_day
from consultations.models import Consultation, Department
from districts.models import District
from surveys import codes
from surveys.models import (
    AccessCode,
    Answer,
    Option,
    Question,
    Response,
    Section,
    Survey,
)
from surveys.services import question_fixed_options_sync

Kind = Question.Kind
DEMO_NOTE = (
    "<p>To jest ankieta przykładowa wersji demonstracyjnej serwisu: pytania i odpowiedzi są "
    "zmyślone.</p>"
)
CODES_SURVEY = "uspokojenie-ruchu-tysiaclecie-ankieta"


def _demo_codes(count=40) -> list[str]:
    rng = random.Random("kody-tysiaclecie")  # noqa: S311 - demo codes are meant to be known
    return ["".join(rng.choice(codes.ALPHABET) for _ in range(codes.LENGTH)) for _ in range(count)]


# Codes of the demo survey with codes, known so that a developer can answer it.
DEMO_CODES = _demo_codes()
# The first ones are spent by the demo responses; these remain for a developer to try.
DEMO_CODES_SPENT = 12

TEXTS = {
    "short": [
        "Więcej drzew i cienia",
        "Bezpiecznie dla pieszych",
        "Żeby była żywa także wieczorem",
        "Mniej samochodów",
        "Ławki i fontanna",
    ],
    "long": [
        "Prosimy pamiętać o osobach starszych: ławki co kilkadziesiąt metrów i równe płyty.",
        "Ogródki kawiarniane tak, ale nie kosztem szerokości chodnika.",
        "Stojaki na rowery przy każdej przecznicy i oświetlenie drogi dla rowerów.",
        "Drzewa w donicach nie wystarczą, potrzebne są prawdziwe nasadzenia.",
    ],
    "other": ["Na wózku", "Z psem", "Skuterem", "Parking dla rowerów cargo", "Poidełka"],
}


def _at(day: date, moment: time):
    return timezone.make_aware(datetime.combine(day, moment))


def _dates(consultation_slug, today, *, opens=None, closes=None):
    """The consultation's dates when it exists, else offsets in days from today."""
    consultation = Consultation.objects.filter(slug=consultation_slug).first()
    if consultation is not None:
        return consultation, consultation.starts_at, consultation.ends_at
    return (
        None,
        _at(today + timedelta(days=opens), time(8, 0)),
        _at(next_working_day(today + timedelta(days=closes)), time(23, 59)),
    )


def _question(section, kind, text, *, options=(), other="", **fields) -> Question:
    question = Question.objects.create(
        section=section, kind=kind, text=text, position=section.questions.count() + 1, **fields
    )
    Option.objects.bulk_create(
        [
            Option(question=question, label=label, position=position)
            for position, label in enumerate(options, start=1)
        ]
    )
    if other:
        Option.objects.create(question=question, label=other, position=99, is_other=True)
    question_fixed_options_sync(question=question)
    return question


def _survey(slug, title, department, opens_at, closes_at, consultation=None, **fields):
    return Survey.objects.create(
        slug=slug,
        title=title,
        department=Department.objects.get(code=department),
        consultation=consultation,
        opens_at=opens_at,
        closes_at=closes_at,
        status=Survey.Status.PUBLISHED,
        **fields,
    )


def _sections(survey, titles):
    return [
        Section.objects.create(survey=survey, title=title, position=position)
        for position, title in enumerate(titles, start=1)
    ]


# --- the surveys ---------------------------------------------------------------------------


def _every_kind(today):
    consultation, opens_at, closes_at = _dates(
        "przebudowa-alei-najswietszej-maryi-panny", today, opens=-10, closes=12
    )
    survey = _survey(
        "jak-ma-wygladac-iii-aleja",
        "Jak ma wyglądać III Aleja po przebudowie?",
        "IZ",
        opens_at,
        closes_at,
        consultation,
        introduction=(
            "<p>Zanim powstanie projekt przebudowy III Alei Najświętszej Maryi Panny, chcemy "
            "wiedzieć, jak Państwo z niej korzystają i co jest dla Państwa najważniejsze. "
            "Ankieta ma trzy krótkie części i zajmie około pięciu minut.</p>" + DEMO_NOTE
        ),
        results_visibility=Survey.ResultsVisibility.AT_ONCE,
    )
    how, what, end = _sections(
        survey, ["Jak korzystają Państwo z III Alei", "Co jest najważniejsze", "Na koniec"]
    )
    _question(
        how,
        Kind.SINGLE,
        "Jak najczęściej poruszają się Państwo po III Alei?",
        options=["pieszo", "rowerem", "hulajnogą", "samochodem", "komunikacją miejską"],
        other="Inaczej (jak?)",
    )
    _question(
        how,
        Kind.NUMBER,
        "Ile razy w tygodniu bywają Państwo na III Alei?",
        help_text="Wystarczy liczba przybliżona.",
        min_value=0,
        max_value=50,
    )
    _question(how, Kind.DATE, "Kiedy ostatnio byli Państwo na III Alei?", required=False)
    _question(
        what,
        Kind.MULTIPLE,
        "Czego najbardziej brakuje na III Alei?",
        help_text="Można zaznaczyć najwyżej trzy odpowiedzi.",
        options=[
            "ławek",
            "zieleni i drzew",
            "stojaków na rowery",
            "toalet publicznych",
            "ogródków kawiarnianych",
            "lepszego oświetlenia",
        ],
        other="Inne (jakie?)",
        max_choices=3,
    )
    _question(
        what,
        Kind.RANKING,
        "Prosimy ustawić te sprawy w kolejności od najważniejszej.",
        options=[
            "szersze chodniki",
            "droga dla rowerów",
            "zieleń",
            "miejsca do siedzenia",
            "miejsca postojowe",
        ],
    )
    _question(
        what,
        Kind.SCALE,
        "Jak oceniają Państwo obecny stan III Alei?",
        min_value=1,
        max_value=5,
        min_label="bardzo źle",
        max_label="bardzo dobrze",
    )
    _question(
        what,
        Kind.YES_NO,
        "Czy III Aleja powinna być w weekendy zamknięta dla samochodów?",
    )
    _question(end, Kind.DISTRICT, "Dzielnica zamieszkania")
    _question(
        end,
        Kind.SHORT_TEXT,
        "Jednym zdaniem: czego życzą sobie Państwo dla III Alei?",
        required=False,
    )
    _question(end, Kind.LONG_TEXT, "Inne uwagi i propozycje", required=False)
    return survey, 360


def _closed(today):
    consultation, opens_at, closes_at = _dates(
        "plan-miejscowy-kiedrzyn", today, opens=-45, closes=-15
    )
    survey = _survey(
        "ocena-konsultacji-planu-dla-kiedrzyna",
        "Ocena konsultacji planu miejscowego dla Kiedrzyna",
        "MPUP",
        opens_at,
        closes_at,
        consultation,
        introduction="<p>Jak oceniają Państwo przebieg konsultacji planu?</p>" + DEMO_NOTE,
        paper_copies=False,
    )
    (section,) = _sections(survey, [""])
    _question(
        section,
        Kind.SCALE,
        "Jak oceniają Państwo informacje o planie podane przez miasto?",
        min_value=1,
        max_value=5,
        min_label="bardzo źle",
        max_label="bardzo dobrze",
    )
    _question(section, Kind.YES_NO, "Czy materiały do planu były zrozumiałe?")
    _question(
        section,
        Kind.MULTIPLE,
        "Skąd dowiedzieli się Państwo o konsultacjach?",
        options=["z serwisu konsultacji", "od rady dzielnicy", "z lokalnych mediów", "od sąsiadów"],
        other="Inaczej (jak?)",
    )
    _question(section, Kind.DISTRICT, "Dzielnica zamieszkania")
    return survey, 120


def _with_codes(today):
    consultation, opens_at, closes_at = _dates(
        "uspokojenie-ruchu-tysiaclecie", today, opens=-6, closes=16
    )
    survey = _survey(
        CODES_SURVEY,
        "Uspokojenie ruchu na osiedlu Tysiąclecie – ankieta dla mieszkańców osiedla",
        "MZD",
        opens_at,
        closes_at,
        consultation,
        introduction=(
            "<p>Kody do ankiety trafiły do skrzynek pocztowych na osiedlu. Z jednego kodu "
            "można odpowiedzieć jeden raz.</p>" + DEMO_NOTE
        ),
        uses_codes=True,
        paper_copies=False,
    )
    (section,) = _sections(survey, [""])
    _question(
        section,
        Kind.SINGLE,
        "Który sposób uspokojenia ruchu najbardziej Państwu odpowiada?",
        options=["progi zwalniające", "strefa tempo 30", "wyniesione przejścia dla pieszych"],
        other="Inny (jaki?)",
    )
    _question(section, Kind.YES_NO, "Czy popierają Państwo strefę tempo 30 na całym osiedlu?")
    _question(section, Kind.LONG_TEXT, "Gdzie na osiedlu jest najniebezpieczniej?", required=False)
    AccessCode.objects.bulk_create(
        [
            AccessCode(survey=survey, code_hash=codes.code_hash(code), used=n < DEMO_CODES_SPENT)
            for n, code in enumerate(DEMO_CODES)
        ]
    )
    return survey, DEMO_CODES_SPENT


def _rules_of_consultation(today):
    consultation, opens_at, closes_at = _dates(None, today, opens=-5, closes=25)
    survey = _survey(
        "jak-powinny-przebiegac-konsultacje",
        "Jak powinny przebiegać konsultacje społeczne w Częstochowie?",
        "PS",
        opens_at,
        closes_at,
        consultation,
        introduction=(
            "<p>O tym, jak miasto ma pytać mieszkańców o zdanie, powinni zdecydować sami "
            "mieszkańcy. Odpowiedzi pomogą przygotować zasady prowadzenia konsultacji "
            "społecznych w Częstochowie, tak aby ważne dla miasta decyzje zapadały "
            "w porozumieniu z Państwem.</p>"
            "<p>Ankietę można wypełnić tutaj, a na papierze – w siedzibach rad dzielnic "
            "w godzinach dyżurów i w Informacji Ogólnej Urzędu Miasta, na parterze budynku "
            "przy ul. Śląskiej 11/13.</p>" + DEMO_NOTE
        ),
    )
    experience, opinion, about = _sections(
        survey, ["Państwa doświadczenia", "Jak konsultować", "O Państwu"]
    )
    _question(
        experience,
        Kind.SINGLE,
        "Czy brali Państwo kiedyś udział w konsultacjach społecznych w Częstochowie?",
        options=["tak, wiele razy", "tak, raz lub dwa", "nie, ale chętnie wezmę udział", "nie"],
    )
    _question(
        experience,
        Kind.RANKING,
        "Skąd chcą Państwo dowiadywać się o konsultacjach? Prosimy wskazać trzy najlepsze "
        "sposoby, od najlepszego.",
        options=[
            "serwis konsultacji",
            "lokalne media",
            "rada dzielnicy",
            "plakaty i ulotki",
            "wiadomość e-mail",
        ],
        max_choices=3,
    )
    _question(
        opinion,
        Kind.MULTIPLE,
        "W jakich sprawach miasto powinno pytać mieszkańców o zdanie?",
        options=[
            "drogi i inwestycje",
            "zieleń i parki",
            "plan zagospodarowania przestrzennego",
            "komunikacja miejska",
            "budżet miasta",
            "kultura i sport",
            "sprawy dzielnicy",
        ],
        other="Inne (jakie?)",
    )
    _question(
        opinion,
        Kind.MULTIPLE,
        "Jakie formy konsultacji są dla Państwa najwygodniejsze?",
        help_text="Można zaznaczyć najwyżej trzy odpowiedzi.",
        options=[
            "ankieta w internecie",
            "ankieta papierowa",
            "otwarte spotkanie",
            "warsztaty",
            "spacer studyjny",
            "dyżur w siedzibie rady dzielnicy",
            "uwagi wysłane e-mailem",
        ],
        max_choices=3,
    )
    _question(
        opinion,
        Kind.SINGLE,
        "Jak długo powinny trwać konsultacje?",
        options=["7 dni", "14 dni", "21 dni", "30 dni lub dłużej"],
    )
    _question(
        opinion,
        Kind.YES_NO,
        "Czy po każdych konsultacjach miasto powinno publikować raport z ich wynikami?",
    )
    _question(
        opinion,
        Kind.SCALE,
        "Na ile zgadzają się Państwo ze zdaniem: „Konsultacje mają wpływ na decyzje miasta”?",
        min_value=1,
        max_value=5,
        min_label="zdecydowanie się nie zgadzam",
        max_label="zdecydowanie się zgadzam",
    )
    _question(about, Kind.DISTRICT, "Dzielnica zamieszkania")
    _question(
        about,
        Kind.LONG_TEXT,
        "Co jeszcze powinny określać zasady konsultacji w Częstochowie?",
        required=False,
    )
    return survey, 150


def _planned(today):
    consultation, opens_at, closes_at = _dates("boisko-szkolne-bleszno", today, opens=20, closes=41)
    survey = _survey(
        "boisko-w-blesznie-czego-potrzebuja-dzieci",
        "Boisko przy szkole w Błesznie – czego potrzebują dzieci i młodzież?",
        "IZ",
        opens_at,
        closes_at,
        consultation,
        introduction="<p>Ankieta rozpocznie się razem z konsultacjami.</p>" + DEMO_NOTE,
    )
    (section,) = _sections(survey, [""])
    _question(
        section,
        Kind.MULTIPLE,
        "Jakie boisko jest potrzebne?",
        options=["do piłki nożnej", "do koszykówki", "do siatkówki", "bieżnia"],
    )
    _question(section, Kind.DISTRICT, "Dzielnica zamieszkania")
    return survey, 0


# --- generated answers ---------------------------------------------------------------------

PAPER_OFFICES = ["srodmiescie", "podjasnogorska", "stare-miasto", "rakow", "tysiaclecie"]


def _home_poll(today):
    survey = _survey(
        "sonda-zielen-w-centrum",
        "Zieleń w centrum",
        "OŚR",
        _at(today - timedelta(days=5), time(8, 0)),
        _at(today + timedelta(days=25), time(23, 59)),
        kind=Survey.Kind.POLL,
        on_home_page=True,
        paper_copies=False,
        results_visibility=Survey.ResultsVisibility.AT_ONCE,
    )
    (section,) = _sections(survey, [""])
    _question(
        section,
        Kind.SINGLE,
        "Czego najbardziej brakuje Państwu w centrum Częstochowy?",
        options=["drzew i cienia", "ławek", "trawników i kwietników", "fontann i poidełek"],
    )
    return survey, 140


def _answers_for(question, options, rng, today, districts_near):
    if not question.required and rng.random() < 0.35:
        return []
    kind = question.kind
    if kind in (Kind.SINGLE, Kind.YES_NO):
        weights = [len(options) - n + 1 for n in range(len(options))]
        chosen = rng.choices(options, weights=weights)[0]
        text = rng.choice(TEXTS["other"]) if chosen.is_other else ""
        return [Answer(question=question, option=chosen, text=text)]
    if kind == Kind.DISTRICT:
        near = [o for o in options if o.district_id in districts_near]
        pool = near if near and rng.random() < 0.6 else options
        return [Answer(question=question, option=rng.choice(pool))]
    if kind == Kind.MULTIPLE:
        limit = min(question.max_choices or len(options), len(options))
        chosen = rng.sample(options, rng.randint(question.min_choices or 1, limit))
        return [
            Answer(
                question=question,
                option=option,
                text=rng.choice(TEXTS["other"]) if option.is_other else "",
            )
            for option in chosen
        ]
    if kind == Kind.RANKING:
        count = min(question.max_choices or len(options), len(options))
        ranked = rng.sample(options, count)
        return [
            Answer(question=question, option=option, rank=place)
            for place, option in enumerate(ranked, start=1)
        ]
    if kind == Kind.SCALE:
        values = list(range(question.min_value, question.max_value + 1))
        weights = [1 + min(n, len(values) - n) for n in range(len(values))]
        return [Answer(question=question, number=rng.choices(values, weights=weights)[0])]
    if kind == Kind.NUMBER:
        high = min(question.max_value or 20, 20)
        return [Answer(question=question, number=rng.randint(question.min_value or 0, high))]
    if kind == Kind.DATE:
        return [Answer(question=question, date=today - timedelta(days=rng.randint(0, 60)))]
    if kind == Kind.SHORT_TEXT:
        return [Answer(question=question, text=rng.choice(TEXTS["short"]))]
    if kind == Kind.LONG_TEXT:
        return [Answer(question=question, text=rng.choice(TEXTS["long"]))]
    return []


def _generate_responses(survey, count, rng, today):
    """`count` responses, about a third on paper, dated between opening and today."""
    if not count:
        return
    questions = list(
        Question.objects.filter(section__survey=survey)
        .order_by("section__position", "position")
        .prefetch_related("options")
    )
    options = {question.pk: list(question.options.all()) for question in questions}
    offices = {d.slug: d for d in District.objects.filter(slug__in=PAPER_OFFICES)}
    near = {d.pk for d in offices.values()}
    first_day = timezone.localdate(survey.opens_at)
    last_day = min(today, timezone.localdate(survey.closes_at))
    span = max((last_day - first_day).days, 0)
    responses, answers = [], []
    for _ in range(count):
        on_paper = survey.paper_copies and rng.random() < 0.3
        place, place_district = "", None
        if on_paper:
            if rng.random() < 0.3:
                place = Response.Place.CITY_HALL
            else:
                place = Response.Place.DISTRICT_OFFICE
                place_district = offices[rng.choice(PAPER_OFFICES)]
        response = Response(
            survey=survey,
            channel=Response.Channel.PAPER if on_paper else Response.Channel.ONLINE,
            submitted_on=first_day + timedelta(days=rng.randint(0, span)),
            place=place,
            place_district=place_district,
        )
        responses.append(response)
        for question in questions:
            for answer in _answers_for(question, options[question.pk], rng, today, near):
                answer.response = response
                answers.append(answer)
    Response.objects.bulk_create(responses, batch_size=1000)
    Answer.objects.bulk_create(answers, batch_size=2000)


@transaction.atomic
def seed_surveys() -> int:
    """Create the demo surveys that are missing, with their answers; return how many."""
    today = timezone.localdate()
    rng = random.Random(2010)  # noqa: S311 - the same demo answers on every machine
    created = 0
    builders = [_every_kind, _closed, _with_codes, _rules_of_consultation, _planned, _home_poll]
    slugs = [
        "jak-ma-wygladac-iii-aleja",
        "ocena-konsultacji-planu-dla-kiedrzyna",
        CODES_SURVEY,
        "jak-powinny-przebiegac-konsultacje",
        "boisko-w-blesznie-czego-potrzebuja-dzieci",
        "sonda-zielen-w-centrum",
    ]
    for slug, build in zip(slugs, builders, strict=True):
        if Survey.objects.filter(slug=slug).exists():
            continue
        survey, count = build(today)
        _generate_responses(survey, count, rng, today)
        created += 1
    return created


def unused_demo_codes() -> list[str]:
    """The demo codes left for a developer to try, as printed."""
    return [codes.printed(code) for code in DEMO_CODES[DEMO_CODES_SPENT:]]
