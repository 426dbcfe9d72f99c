"""Writes of the surveys app: saving a response, codes, duplicating, generated options."""

import re

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from common import pagecache
from common.datetimes import polish_datetime
from common.slugs import unique_slug
from districts.models import District
from surveys import codes
from surveys.models import (
    AccessCode,
    Answer,
    Option,
    PaperFormEntry,
    Question,
    Response,
    Section,
    Survey,
    questionnaires_changed,
)
from surveys.permissions import (
    can_manage_survey,
    may_enter_city_hall_forms,
    paper_entry_districts,
    results_public_at,
)

MAX_CODES_AT_ONCE = 2000
OUTSIDE_CITY = "spoza Częstochowy"
YES_NO_OPTIONS = ["Tak", "Nie", "Nie mam zdania"]


class SurveyNotOpen(ValidationError):
    """The survey does not take answers now (a draft, not yet open, or closed)."""


class CodeRefused(ValidationError):
    """The access code is unknown or already spent."""


class PaperEntryClosed(ValidationError):
    """Paper forms of this survey cannot be entered now (before opening, after the deadline)."""


class FormNumberTaken(ValidationError):
    """A paper form with this number was already entered for the survey."""


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
        questionnaires_changed()
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
    questionnaires_changed()  # bulk writes bypass Option.save


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


# --- paper questionnaires ----------------------------------------------------------------

FORM_NUMBER_PATTERN = re.compile(r"[0-9A-Z/-]{1,20}")


def form_number_normalised(raw: str) -> str | None:
    """„ 017 ” and „17” are one form, „b-5” and „B-5” too; None when it is no form number."""
    number = (raw or "").strip().upper()
    if not FORM_NUMBER_PATTERN.fullmatch(number):
        return None
    if number.isdigit():
        number = str(int(number))
    return number


def paper_entry_refusal(survey: Survey, now) -> str | None:
    """Why paper forms of the survey cannot be entered at this moment, or None."""
    if not survey.is_published:
        return "Ankieta nie jest opublikowana: ankiet papierowych nie można jeszcze wprowadzać."
    if not survey.paper_copies:
        return "Ta ankieta nie ma wersji papierowej."
    if now < survey.opens_at:
        return (
            f"Ankieta rozpocznie się {polish_datetime(survey.opens_at)}. Ankiety papierowe "
            "można wprowadzać od tej chwili."
        )
    ends = survey.paper_entry_ends_at()
    if now >= ends:
        return (
            f"Wprowadzanie ankiet papierowych zakończyło się {polish_datetime(ends)} "
            f"({survey.paper_entry_days} dni po zakończeniu ankiety). Formularza nie zapisano."
        )
    return None


def _check_paper_place(*, user, survey, place, place_district) -> None:
    if place == Response.Place.CITY_HALL and place_district is None:
        if may_enter_city_hall_forms(user, survey):
            return
        raise PermissionDenied(
            "Ankiety zebrane w Urzędzie Miasta wprowadza jednostka prowadząca ankietę."
        )
    if place == Response.Place.DISTRICT_OFFICE and place_district is not None:
        if paper_entry_districts(user, survey).filter(pk=place_district.pk).exists():
            return
        raise PermissionDenied(
            "Brak uprawnień do wprowadzania ankiet zebranych w siedzibie Rady Dzielnicy "
            f"{place_district.name_genitive}."
        )
    raise ValidationError("Prosimy wskazać miejsce zebrania ankiety.", code="place")


@transaction.atomic
def paper_form_enter(
    *,
    survey: Survey,
    user,
    form_number: str,
    place: str,
    place_district: District | None = None,
    answers: list[Answer],
    now=None,
) -> PaperFormEntry:
    """Enter one paper questionnaire: its answers and the audit row, all or nothing.

    The audit row says who entered which form number and when; the response says what was
    answered, where the form was collected and on which day. Nothing joins the two: they
    are only written in the same transaction, so neither exists without the other. A number
    already entered is refused (the unique constraint decides, so two people typing the
    same form at once get one row).
    """
    now = now or timezone.now()
    _check_paper_place(user=user, survey=survey, place=place, place_district=place_district)
    refusal = paper_entry_refusal(survey, now)
    if refusal:
        raise PaperEntryClosed(refusal, code="closed")
    number = form_number_normalised(form_number)
    if number is None:
        raise ValidationError(
            "Numer formularza to do 20 cyfr lub liter (także „-” i „/”), np. 17 albo B-17.",
            code="form_number",
        )
    try:
        with transaction.atomic():
            entry = PaperFormEntry.objects.create(
                survey=survey, form_number=number, entered_by=user, entered_at=now
            )
    except IntegrityError:
        raise FormNumberTaken(
            f"Formularz nr {number} został już wprowadzony. Prosimy sprawdzić numer na formularzu.",
            code="taken",
        ) from None
    response_submit(
        survey=survey,
        answers=answers,
        channel=Response.Channel.PAPER,
        place=place,
        place_district=place_district,
        now=now,
    )
    return entry


# --- quick polls -----------------------------------------------------------------------------


def poll_answer_submit(*, survey: Survey, answers: list[Answer], now=None) -> Response:
    """Save a poll's answer; where its results are shown at once, the stored pages that
    show them (the home page, the consultation's page) are drawn anew."""
    now = now or timezone.now()
    response = response_submit(survey=survey, answers=answers, now=now)
    if results_public_at(survey, now):
        pages = ["/"]
        if survey.consultation_id:
            pages.append(survey.consultation.get_absolute_url())
        pagecache.addresses_changed(pages)
    return response
