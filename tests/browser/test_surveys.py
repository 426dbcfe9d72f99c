"""Answering a survey in Chromium: by keyboard alone, without JavaScript, on a narrow screen."""

import pytest

from surveys.models import Answer, Question, Response
from tests.browser.axe import axe_violations
from tests.surveys.conftest import add_question, add_section, every_kind_survey, make_survey

Kind = Question.Kind
NARROW = {"width": 320, "height": 800}


def now_relative_survey(**fields):
    """A survey open now: the live server runs at the real time."""
    from django.utils import timezone

    from tests.surveys.conftest import DAY

    return make_survey(opens_at=timezone.now() - DAY, closes_at=timezone.now() + 5 * DAY, **fields)


@pytest.fixture
def short_survey():
    survey = now_relative_survey(title="Ławki w parku")
    section = add_section(survey)
    add_question(section, Kind.SINGLE, "Czy ławek jest dość?", options=["Tak", "Za mało"])
    add_question(section, Kind.NUMBER, "Ile ławek brakuje?", min_value=0, max_value=50)
    add_question(section, Kind.SHORT_TEXT, "Gdzie je postawić?", required=False)
    return survey


def tab_to(page, predicate_js, limit=80):
    for _ in range(limit):
        page.keyboard.press("Tab")
        if page.evaluate(
            f"(() => {{ const e = document.activeElement; return {predicate_js}; }})()"
        ):
            return
    raise AssertionError(f"Tab never reached: {predicate_js}")


def test_a_resident_fills_a_survey_by_keyboard_corrects_the_errors_and_sends_it(page, short_survey):
    number = Question.objects.get(kind=Kind.NUMBER)
    single = Question.objects.get(kind=Kind.SINGLE)
    page.goto(short_survey.get_absolute_url())
    # The number first, wrong; the choice left out.
    tab_to(page, f"e.id === 'id_q{number.pk}'")
    page.keyboard.type("500")
    tab_to(page, "e.type === 'submit'")
    page.keyboard.press("Enter")
    page.wait_for_selector(".error-summary")
    page.wait_for_function("document.activeElement.classList.contains('error-summary')")
    assert Response.objects.count() == 0
    assert page.input_value(f"#id_q{number.pk}") == "500"
    summary = page.locator(".error-summary").inner_text()
    assert "Pytanie 1: Prosimy wybrać jedną odpowiedź." in summary
    assert "Pytanie 2: Prosimy podać liczbę od 0 do 50." in summary
    assert axe_violations(page) == ""

    # Follow the first link of the summary: the focus lands on the question's first choice.
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    page.wait_for_function(f"document.activeElement.id === 'id_q{single.pk}_0'")
    page.keyboard.press("ArrowDown")  # the second choice: „Za mało”
    assert page.is_checked(f"#id_q{single.pk}_1")
    tab_to(page, f"e.id === 'id_q{number.pk}'")
    page.keyboard.press("Control+A")
    page.keyboard.type("4")
    tab_to(page, "e.type === 'submit'")
    page.keyboard.press("Enter")
    page.wait_for_selector("text=Dziękujemy za wypełnienie ankiety")
    assert axe_violations(page) == ""
    saved = Response.objects.get()
    assert set(saved.answers.values_list("option__label", "number")) == {
        (None, 4),
        ("Za mało", None),
    }
    assert page.csp_violations == []


def test_the_survey_pages_have_no_axe_violations_clean_and_with_errors(page):
    survey = every_kind_survey(title="Wszystkie rodzaje pytań")
    from django.utils import timezone

    from tests.surveys.conftest import DAY

    survey.opens_at, survey.closes_at = timezone.now() - DAY, timezone.now() + DAY
    survey.uses_codes = True
    survey.save()
    page.goto(survey.get_absolute_url())
    page.click("summary")  # the anonymity details open too
    assert axe_violations(page) == ""
    page.click("button[value=wyslij]")
    page.wait_for_selector(".error-summary")
    assert page.locator(".field__error").count() == 11  # ten questions and the code
    assert axe_violations(page) == ""
    page.goto("/ankiety/")
    page.click("summary")
    assert axe_violations(page) == ""


def test_a_long_survey_goes_part_by_part_without_javascript(page_without_javascript):
    page = page_without_javascript
    survey = now_relative_survey(title="Dwie części")
    first, second = add_section(survey, "Pierwsza"), add_section(survey, "Druga")
    add_question(first, Kind.SHORT_TEXT, "Imię psa")
    add_question(second, Kind.YES_NO, "Czy pies ma smycz?")
    page.goto(survey.get_absolute_url())
    page.fill("input[type=text]", "Burek")
    page.click("button[value=dalej]")
    assert "Część 2 z" in page.locator("h2.survey-form__section").inner_text()
    page.click("button[value=wstecz]")
    assert page.input_value("input[type=text]") == "Burek"
    page.click("button[value=dalej]")
    page.check("text=Nie mam zdania")
    page.click("button[value=wyslij]")
    assert page.locator("h1").inner_text() == "Dziękujemy za wypełnienie ankiety"
    assert set(Answer.objects.values_list("text", "option__label")) == {
        ("", "Nie mam zdania"),
        ("Burek", None),
    }


def test_survey_pages_do_not_scroll_sideways_at_320_pixels(page):
    survey = every_kind_survey(title="Bardzo długi tytuł ankiety o przebudowie alei i placu")
    from django.utils import timezone

    from tests.surveys.conftest import DAY

    survey.opens_at, survey.closes_at = timezone.now() - DAY, timezone.now() + DAY
    survey.save()
    page.set_viewport_size(NARROW)
    for url in [survey.get_absolute_url(), "/ankiety/"]:
        page.goto(url)
        assert (
            page.evaluate(
                "document.documentElement.scrollWidth - document.documentElement.clientWidth"
            )
            <= 0
        ), url
    page.goto(survey.get_absolute_url())
    page.click("button[value=wyslij]")
    assert (
        page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        <= 0
    )


def test_staff_make_a_sheet_of_codes_that_prints_and_passes_axe(page, department_staff, settings):
    from tests.browser.actions import log_in

    settings.STAFF_MFA_REQUIRED = False
    survey = now_relative_survey(title="Ankieta z kodami")
    add_question(add_section(survey), Kind.YES_NO, "Czy zwężyć ulicę?")
    log_in(page, department_staff.email)
    page.goto(f"/admin/surveys/survey/{survey.pk}/change/")
    page.click(".object-tools >> text=Kody dostępu")
    assert axe_violations(page) == ""
    page.fill("#id_count", "9")
    page.click("input[type=submit]")
    assert page.locator(".code-sheet__code").count() == 9
    assert axe_violations(page) == ""
    page.emulate_media(media="print")
    assert not page.locator(".code-sheet__intro").is_visible()
    assert not page.locator(".main-nav").is_visible()
    sheet = page.locator(".code-sheet")
    columns = sheet.evaluate("element => getComputedStyle(element).gridTemplateColumns")
    assert len(columns.split(" ")) == 3
