"""Writes of the surveys app: saving a response, codes, duplicating, generated options."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone

from common.slugs import unique_slug
from districts.models import District
from surveys import codes
from surveys.models import AccessCode, Answer, Option, Question, Response, Section, Survey
from surveys.permissions import can_manage_survey

MAX_CODES_AT_ONCE = 2000
OUTSIDE_CITY = "spoza Częstochowy"
YES_NO_OPTIONS = ["Tak", "Nie", "Nie mam zdania"]


class SurveyNotOpen(ValidationError):
    """The survey does not take answers now (a draft, not yet open, or closed)."""


class CodeRefused(ValidationError):
    """The access code is unknown or already spent."""


@transaction.atomic
def response_submit(
    *,
    survey: Survey,
    answers: list[Answer],
    code: str | None = None,
    channel: str = Response.Channel.ONLINE,
    place: str = "",
    place_district: District | None = None,
    now=None,
) -> Response:
    """Save one response with its answers, all or nothing; spend its code in the same go.

    Takes no user, request or time of day: what is not passed in cannot be stored. An online
    answer is taken only while the survey is open. With codes, the code is spent by one
    conditional UPDATE (… WHERE used = false): of two submissions racing with one code, the
    second waits for the first's row lock, then finds the code spent and saves nothing.
    """
    now = now or timezone.now()
    if channel == Response.Channel.ONLINE and not survey.is_open_at(now):
        raise SurveyNotOpen("Ta ankieta nie przyjmuje teraz odpowiedzi.", code="not_open")
    if survey.uses_codes and channel == Response.Channel.ONLINE:
        access_code_spend(survey=survey, code=code)
    response = Response.objects.create(
        survey=survey,
        channel=channel,
        submitted_on=timezone.localdate(now),
        place=place,
        place_district=place_district,
    )
    for answer in answers:
        answer.response = response
    Answer.objects.bulk_create(answers)
    return response


def access_code_spend(*, survey: Survey, code: str | None) -> None:
    """Mark the code used, or refuse it; call inside the transaction that saves the response."""
    hashes = codes.code_hashes(code) if code else []
    spent = AccessCode.objects.filter(survey=survey, code_hash__in=hashes, used=False).update(
        used=True
    )
    if spent == 1:
        return
    if AccessCode.objects.filter(survey=survey, code_hash__in=hashes).exists():
        raise CodeRefused(
            "Ten kod został już wykorzystany: z jednego kodu można odpowiedzieć tylko raz.",
            code="used",
        )
    raise CodeRefused(
        "Nie znamy takiego kodu dla tej ankiety. Prosimy sprawdzić, czy został przepisany "
        "bez pomyłki.",
        code="unknown",
    )


def access_code_problem(*, survey: Survey, code: str) -> str | None:
    """Why the code would be refused now, or None: a check before the last step (no lock)."""
    known = AccessCode.objects.filter(survey=survey, code_hash__in=codes.code_hashes(code))
    state = known.values_list("used", flat=True).first()
    if state is None:
        return (
            "Nie znamy takiego kodu dla tej ankiety. Prosimy sprawdzić, czy został przepisany "
            "bez pomyłki."
        )
    if state:
        return "Ten kod został już wykorzystany: z jednego kodu można odpowiedzieć tylko raz."
    return None


@transaction.atomic
def access_codes_generate(*, survey: Survey, user, count: int) -> list[str]:
    """Make `count` new single-use codes; returned once, in the printed form, never stored."""
    if not can_manage_survey(user, survey):
        raise PermissionDenied("Brak uprawnień do kodów tej ankiety.")
    if not 1 <= count <= MAX_CODES_AT_ONCE:
        raise ValidationError(
            f"Jednorazowo można utworzyć od 1 do {MAX_CODES_AT_ONCE} kodów.", code="count"
        )
    made: dict[str, str] = {}
    while len(made) < count:
        code = codes.new_code()
        made[codes.code_hash(code)] = code
    taken = set(
        AccessCode.objects.filter(survey=survey, code_hash__in=made).values_list(
            "code_hash", flat=True
        )
    )
    fresh = {digest: code for digest, code in made.items() if digest not in taken}
    AccessCode.objects.bulk_create(
        [AccessCode(survey=survey, code_hash=digest) for digest in fresh]
    )
    if not survey.uses_codes:
        survey.uses_codes = True
        survey.save(update_fields=["uses_codes", "updated_at"])
    return [codes.printed(code) for code in fresh.values()]


@transaction.atomic
def question_fixed_options_sync(*, question: Question) -> None:
    """Give a yes/no or district question its generated options; drop them from other kinds.

    The district question lists the 20 districts in the city's order and „spoza
    Częstochowy”. Options that have answers are never touched (a question with answers
    cannot change its kind, see Question.clean).
    """
    options = question.options.all()
    if question.kind == Question.Kind.YES_NO:
        wanted = [(label, None) for label in YES_NO_OPTIONS]
    elif question.kind == Question.Kind.DISTRICT:
        wanted = [(district.name, district) for district in District.objects.order_by("number")]
        wanted.append((OUTSIDE_CITY, None))
    else:
        # Generated district options of a question that is no longer about districts.
        options.filter(district__isnull=False, answers__isnull=True).delete()
        return
    current = [(option.label, option.district_id) for option in options]
    if current == [(label, district and district.pk) for label, district in wanted]:
        return
    options.filter(answers__isnull=True).delete()
    Option.objects.bulk_create(
        [
            Option(question=question, label=label, district=district, position=position)
            for position, (label, district) in enumerate(wanted, start=1)
        ]
    )


@transaction.atomic
def survey_duplicate(*, survey: Survey, user) -> Survey:
    """A draft copy of the survey with its sections, questions and options; no answers, no codes."""
    if not can_manage_survey(user, survey):
        raise PermissionDenied("Brak uprawnień do tej ankiety.")
    sections = list(survey.sections.prefetch_related("questions__options"))
    copy = Survey.objects.get(pk=survey.pk)
    copy.pk = None
    copy.title = f"{survey.title} (kopia)"[:200]
    copy.slug = unique_slug(Survey, f"{survey.slug}-kopia")
    copy.status = Survey.Status.DRAFT
    copy.save(force_insert=True)
    for section in sections:
        questions = list(section.questions.all())
        section.pk = None
        section.survey = copy
        section.save(force_insert=True)
        for question in questions:
            options = list(question.options.all())
            question.pk = None
            question.section = section
            question.save(force_insert=True)
            for option in options:
                option.pk = None
                option.question = question
            Option.objects.bulk_create(options)
    return copy


def section_for_new_survey(survey: Survey) -> Section:
    """The first section of a survey, made if it has none: every question needs one."""
    section = survey.sections.first()
    if section is None:
        section = Section.objects.create(survey=survey, position=1)
    return section
