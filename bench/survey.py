"""The benchmark's survey: 20 questions of the usual kinds, and a POST body answering them.

Run with DJANGO_SETTINGS_MODULE=bench.settings (bench/run.sh). Writes the survey's
form body (without the CSRF token, which run.sh adds) to the file named on the command line.
"""

import os
import sys
from datetime import timedelta
from urllib.parse import urlencode

import django

SLUG = "bench-ankieta"


def main(body_path: str) -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "bench.settings")
    django.setup()
    from django.utils import timezone

    from consultations.models import Department
    from surveys.models import Option, Question, Section, Survey
    from surveys.services import question_fixed_options_sync

    Kind = Question.Kind
    now = timezone.now()
    survey = Survey.objects.create(
        title="Ankieta do pomiaru: 20 pytań",
        slug=SLUG,
        department=Department.objects.get(code="IZ"),
        opens_at=now - timedelta(days=1),
        closes_at=now + timedelta(days=30),
        status=Survey.Status.PUBLISHED,
    )
    section = Section.objects.create(survey=survey, position=1)
    plan = (
        [(Kind.SINGLE, {}) for _ in range(6)]
        + [(Kind.MULTIPLE, {"max_choices": 3}) for _ in range(3)]
        + [(Kind.SCALE, {"min_value": 1, "max_value": 5}) for _ in range(4)]
        + [(Kind.YES_NO, {}), (Kind.YES_NO, {}), (Kind.DISTRICT, {})]
        + [(Kind.NUMBER, {"min_value": 0, "max_value": 120}), (Kind.DATE, {})]
        + [(Kind.SHORT_TEXT, {}), (Kind.LONG_TEXT, {})]
    )
    data = []
    for position, (kind, limits) in enumerate(plan, start=1):
        question = Question.objects.create(
            section=section, position=position, text=f"Pytanie {position}", kind=kind, **limits
        )
        if kind in (Kind.SINGLE, Kind.MULTIPLE):
            Option.objects.bulk_create(
                Option(question=question, label=f"Odpowiedź {n}", position=n) for n in range(1, 6)
            )
        question_fixed_options_sync(question=question)
        options = list(question.options.values_list("pk", flat=True))
        name = f"q{question.pk}"
        if kind in (Kind.SINGLE, Kind.YES_NO, Kind.DISTRICT):
            data.append((name, options[position % len(options)]))
        elif kind == Kind.MULTIPLE:
            data += [(name, options[0]), (name, options[2])]
        elif kind == Kind.SCALE:
            data.append((name, 4))
        elif kind == Kind.NUMBER:
            data.append((name, 15))
        elif kind == Kind.DATE:
            data.append((name, "2026-03-01"))
        elif kind == Kind.SHORT_TEXT:
            data.append((name, "Przy stawie"))
        else:
            data.append((name, "Więcej ławek w cieniu i drzew wzdłuż alei. " * 4))
    data += [("krok", 0), ("akcja", "wyslij"), ("stan", "")]
    with open(body_path, "w") as body:
        body.write(urlencode(data))


if __name__ == "__main__":
    main(sys.argv[1])
