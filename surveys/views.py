from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from common.datetimes import polish_date, polish_datetime
from common.roles import check_second_factor
from surveys import polls, printing, selectors, services
from surveys.forms import (
    BACK,
    CODE,
    PLACE,
    SEND,
    AnsweringSteps,
    PaperEntryForm,
    SurveyForm,
    answerable_sections,
    question_numbers,
)
from surveys.models import Survey
from surveys.permissions import (
    can_enter_any_paper_forms,
    can_enter_paper_forms,
    can_view_survey,
    may_enter_city_hall_forms,
    paper_entry_districts,
)
from surveys.wording import counted

# The browser remembers which surveys it has sent, so that a second online answer from it
# is discouraged. Only survey numbers, signed; nothing of it reaches the responses.
ANSWERED_COOKIE = "ankiety_wyslane"
ANSWERED_SALT = "surveys.answered"


@require_safe
def survey_list(request):
    now = timezone.now()
    surveys = list(selectors.survey_cards(now))
    for survey in surveys:
        survey.phase_now = survey.phase_at(now)
        survey.opens = polish_datetime(survey.opens_at)
        survey.closes = polish_datetime(survey.closes_at)
    context = {
        "open_surveys": [s for s in surveys if s.phase_now == Survey.Phase.OPEN],
        "planned_surveys": [s for s in surveys if s.phase_now == Survey.Phase.PLANNED],
        "closed_surveys": [s for s in surveys if s.phase_now == Survey.Phase.CLOSED],
        "offices": selectors.district_offices(),
    }
    context["any_on_paper"] = any(s.paper_copies for s in context["open_surveys"])
    return render(request, "surveys/survey_list.html", context)


def _survey_to_show(request, slug):
    survey = selectors.survey_for_answering(slug)
    if survey is None or not can_view_survey(request.user, survey):
        raise Http404("Nie ma takiej ankiety.")
    if not survey.is_published:
        check_second_factor(request)  # a draft is seen only with staff power
    return survey


def _answered_here(request) -> set[int]:
    value = request.get_signed_cookie(ANSWERED_COOKIE, default="", salt=ANSWERED_SALT)
    return {int(part) for part in value.split(",") if part.isdigit()}


def _remember_answered(response, request, survey):
    answered = sorted(_answered_here(request) | {survey.pk})[-50:]
    response.set_signed_cookie(
        ANSWERED_COOKIE,
        ",".join(str(pk) for pk in answered),
        salt=ANSWERED_SALT,
        max_age=365 * 24 * 3600,
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )


def _base_context(survey, now):
    return {
        "survey": survey,
        "phase": survey.phase_at(now),
        "preview": not survey.is_published,
        "opens": polish_datetime(survey.opens_at),
        "closes": polish_datetime(survey.closes_at),
        "closed_on": polish_date(survey.closes_at),
    }


def _step_page(request, survey, steps, step, form, now, *, status=200):
    context = _base_context(survey, now) | {
        "steps": steps,
        "step": step,
        "section": steps.sections[step] if steps.sections else None,
        "form": form,
        "blocks": form.blocks(),
        "errors": form.error_list() if form.is_bound else [],
        "state": steps.state_token(step),
        "is_first": step == 0,
        "is_last": step == steps.last_step,
        "step_count": len(steps.sections),
    }
    return render(request, "surveys/survey_detail.html", context, status=status)


@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def survey_detail(request, slug):
    """Answer a survey, section by section; nothing is stored until the last step is sent."""
    survey = _survey_to_show(request, slug)
    now = timezone.now()
    context = _base_context(survey, now)
    refused = 403 if request.method == "POST" else 200
    if context["phase"] in (Survey.Phase.PLANNED, Survey.Phase.CLOSED):
        return render(request, "surveys/survey_not_open.html", context, status=refused)
    if not survey.uses_codes and survey.pk in _answered_here(request) and not context["preview"]:
        return render(request, "surveys/survey_answered.html", context, status=refused)
    if request.method != "POST":
        steps = AnsweringSteps(survey)
        return _step_page(request, survey, steps, 0, steps.form_for(0), now)

    steps = AnsweringSteps(survey, request.POST)
    step = steps.step
    if steps.action == BACK:
        back = max(step - 1, 0)
        return _step_page(request, survey, steps, back, steps.form_for(back), now)
    form = steps.form_for(step, bound=True)
    if not form.is_valid():
        return _step_page(request, survey, steps, step, form, now)
    if CODE in form.cleaned_data:
        problem = services.access_code_problem(survey=survey, code=form.cleaned_data[CODE])
        if problem:
            form.add_error(CODE, problem)
            return _step_page(request, survey, steps, step, form, now)
    if step < steps.last_step and steps.action != SEND:
        return _step_page(request, survey, steps, step + 1, steps.form_for(step + 1), now)

    # With one part the step's form is already the whole questionnaire, checked once.
    whole = form if steps.last_step == 0 else steps.whole_form()
    if not whole.is_valid():
        wrong = steps.first_step_with_errors(whole)
        return _step_page(request, survey, steps, wrong, steps.form_for(wrong, bound=True), now)
    if context["preview"]:
        return render(request, "surveys/survey_preview_sent.html", context)
    try:
        services.response_submit(
            survey=survey, answers=whole.answers(), code=whole.cleaned_data.get(CODE), now=now
        )
    except services.SurveyNotOpen:
        return render(request, "surveys/survey_not_open.html", context, status=403)
    except services.CodeRefused as refusal:
        first = steps.form_for(0, bound=True)
        first.is_valid()
        first.add_error(CODE, refusal.messages[0])
        return _step_page(request, survey, steps, 0, first, now)
    response = redirect("surveys:thanks", slug=survey.slug)
    if not survey.uses_codes:
        _remember_answered(response, request, survey)
    return response


@require_safe
def survey_thanks(request, slug):
    survey = _survey_to_show(request, slug)
    return render(request, "surveys/survey_thanks.html", _base_context(survey, timezone.now()))


@require_safe
def survey_print(request, slug):
    """The questionnaire as a sheet of A4 paper: boxes to tick, lines to write on."""
    survey = _survey_to_show(request, slug)
    sections = answerable_sections(survey)
    form = SurveyForm(survey=survey, sections=sections, numbers=question_numbers(sections))
    address = settings.SITE_URL + survey.get_absolute_url()
    context = _base_context(survey, timezone.now()) | {
        "sections": [(section, form.blocks_of(section)) for section in sections],
        "address": address,
        "qr_code": printing.qr_code_svg(address),
        "districts_address": settings.SITE_URL + reverse("districts:list"),
    }
    return render(request, "surveys/survey_print.html", context)


# --- entering paper questionnaires ---------------------------------------------------------


@login_required
@require_safe
def paper_entry_list(request):
    """The surveys whose paper forms the signed-in person may enter now."""
    check_second_factor(request)
    surveys = selectors.surveys_for_paper_entry(request.user)
    if not surveys and not can_enter_any_paper_forms(request.user):
        raise PermissionDenied
    for survey in surveys:
        survey.entry_ends = polish_datetime(survey.paper_entry_ends_at())
    return render(request, "surveys/paper_entry_list.html", {"surveys": surveys})


@login_required
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def paper_entry(request, slug):
    """Type in paper questionnaires one after another: „Zapisz i następna”."""
    survey = selectors.survey_for_answering(slug)
    if survey is None:
        raise Http404("Nie ma takiej ankiety.")
    if not can_enter_paper_forms(request.user, survey):
        raise PermissionDenied
    check_second_factor(request)
    now = timezone.now()
    sections = answerable_sections(survey)
    numbers = question_numbers(sections)
    scope = {
        "districts": list(paper_entry_districts(request.user, survey).order_by("number")),
        "city_hall": may_enter_city_hall_forms(request.user, survey),
    }
    refusal = services.paper_entry_refusal(survey, now)
    status = 200
    if request.method == "POST" and refusal:
        entry_form = PaperEntryForm(**scope)
        answers = SurveyForm(survey=survey, sections=sections, numbers=numbers, from_paper=True)
        status = 403
    elif request.method == "POST":
        entry_form = PaperEntryForm(request.POST, **scope)
        answers = SurveyForm(
            survey=survey, sections=sections, numbers=numbers, data=request.POST, from_paper=True
        )
        if entry_form.is_valid() and answers.is_valid():
            place, district = entry_form.place()
            try:
                entry = services.paper_form_enter(
                    survey=survey,
                    user=request.user,
                    form_number=entry_form.cleaned_data["numer"],
                    place=place,
                    place_district=district,
                    answers=answers.answers(),
                    now=now,
                )
            except services.PaperEntryClosed as closed:
                refusal, status = closed.messages[0], 403
            except ValidationError as problem:
                entry_form.add_error("numer", problem.messages[0])
            else:
                messages.success(
                    request,
                    f"Zapisano formularz nr {entry.form_number}. Można wprowadzić następny.",
                )
                again = reverse("surveys:paper_entry", args=[survey.slug])
                query = urlencode({PLACE: entry_form.cleaned_data[PLACE]})
                return redirect(f"{again}?{query}")
    else:
        chosen = request.GET.get(PLACE, "")
        entry_form = PaperEntryForm(initial={PLACE: chosen}, **scope)
        answers = SurveyForm(survey=survey, sections=sections, numbers=numbers, from_paper=True)
    errors = []
    if entry_form.is_bound and answers.is_bound:
        errors = entry_form.error_list() + answers.error_list()
    context = _base_context(survey, now) | {
        "refusal": refusal,
        "entry_form": entry_form,
        "sections": [(section, answers.blocks_of(section)) for section in sections],
        "errors": errors,
        "entered": counted(survey.paper_entries.count(), "formularz", "formularze", "formularzy"),
        "entry_ends": polish_datetime(survey.paper_entry_ends_at()),
    }
    return render(request, "surveys/paper_entry.html", context, status=status)


# --- quick polls ---------------------------------------------------------------------------


def _poll_to_answer(slug):
    survey = selectors.survey_for_answering(slug)
    if survey is None or survey.kind != Survey.Kind.POLL or not survey.is_published:
        raise Http404("Nie ma takiej sondy.")
    return survey


def _poll_page(request, survey, now, *, state="", form=None, status=200):
    poll = polls.poll_block(survey, now, back="", state=state)
    if form is not None:
        poll.block = form.blocks()[0]
    context = _base_context(survey, now) | {
        "poll": poll,
        "errors": form.error_list() if form is not None else [],
    }
    return render(request, "surveys/poll.html", context, status=status)


# No CSRF token: the pages that carry the poll are stored once for every anonymous visitor,
# and a token would make each copy personal. A forged cross-site answer gains nothing that
# posting the form directly would not: a poll answer needs no account and no session.
@csrf_exempt
@never_cache
@require_http_methods(["GET", "HEAD", "POST"])
def poll_answer(request, slug):
    """A poll on its own page, and where the poll's form on other pages sends its answer."""
    survey = _poll_to_answer(slug)
    now = timezone.now()
    state = request.GET.get("sonda", "")
    if request.method != "POST":
        return _poll_page(request, survey, now, state=state)
    if not survey.is_open_at(now) or survey.uses_codes:
        return _poll_page(request, survey, now, status=403)
    back = polls.return_address(survey, request.POST.get("powrot", ""))
    if survey.pk in _answered_here(request):
        return redirect(f"{back}?sonda={polls.ALREADY}#sonda")
    form = polls.poll_form(survey, data=request.POST)
    if not form.is_valid():
        return _poll_page(request, survey, now, form=form)
    try:
        services.poll_answer_submit(survey=survey, answers=form.answers(), now=now)
    except services.SurveyNotOpen:
        return _poll_page(request, survey, now, status=403)
    response = redirect(f"{back}?sonda={polls.THANKS}#sonda")
    _remember_answered(response, request, survey)
    return response
