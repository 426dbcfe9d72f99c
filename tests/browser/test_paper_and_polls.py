"""Paper questionnaires and quick polls in Chromium: entering two forms by keyboard alone,
the printed A4 sheet, and a poll answered on the home page without JavaScript."""

import io

import pytest
from pypdf import PdfReader

from surveys.models import PaperFormEntry, Question, Response, Survey
from tests.browser.actions import log_in
from tests.browser.axe import axe_violations
from tests.browser.test_surveys import now_relative_survey, tab_to
from tests.surveys.conftest import add_question, add_section, every_kind_survey

Kind = Question.Kind
A4_WIDTH_PX = 794  # 210 mm at 96 px per inch


@pytest.fixture
def paper_survey():
    survey = now_relative_survey(title="Ławki w parku")
    section = add_section(survey)
    add_question(section, Kind.SINGLE, "Czy ławek jest dość?", options=["Tak", "Za mało"])
    add_question(section, Kind.NUMBER, "Ile ławek brakuje?", min_value=0, max_value=50)
    return survey


def test_a_council_member_enters_two_paper_forms_by_keyboard_alone(
    page, council_member, paper_survey
):
    log_in(page, council_member.email)
    page.goto(f"/ankiety/{paper_survey.slug}/wprowadzanie/")
    assert axe_violations(page) == ""
    single = Question.objects.get(kind=Kind.SINGLE)
    number = Question.objects.get(kind=Kind.NUMBER)

    # The form number has the focus; a missing number is refused, the answers kept.
    page.wait_for_function("document.activeElement.id === 'id_numer'")
    tab_to(page, f"e.id === 'id_q{single.pk}_0'")
    page.keyboard.press("Space")
    tab_to(page, "e.type === 'submit'")
    page.keyboard.press("Enter")
    page.wait_for_selector(".error-summary")
    assert "Numer formularza: Prosimy przepisać numer" in page.inner_text(".error-summary")
    assert page.is_checked(f"#id_q{single.pk}_0")
    assert axe_violations(page) == ""

    for form_number, answer in [("1", "7"), ("2", "12")]:
        if page.evaluate("document.activeElement.id") != "id_numer":
            tab_to(page, "e.id === 'id_numer'")
        page.keyboard.type(form_number)
        tab_to(page, f"e.id === 'id_q{single.pk}_0'")
        page.keyboard.press("Space")
        tab_to(page, f"e.id === 'id_q{number.pk}'")
        page.keyboard.type(answer)
        page.keyboard.press("Enter")  # „Zapisz i następna” from the last field
        page.wait_for_selector(f"text=Zapisano formularz nr {form_number}.")
        page.wait_for_function("document.activeElement.id === 'id_numer'")
        assert page.input_value("#id_numer") == ""
    assert Response.objects.filter(channel="papier", place_district__slug="bleszno").count() == 2
    assert set(PaperFormEntry.objects.values_list("form_number", flat=True)) == {"1", "2"}
    assert page.csp_violations == []


def test_the_printed_questionnaire_fits_a4(page):
    survey = every_kind_survey(title="Ankieta do druku")
    page.set_viewport_size({"width": A4_WIDTH_PX, "height": 1123})
    page.goto(f"/ankiety/{survey.slug}/druk/")
    assert axe_violations(page) == ""
    page.emulate_media(media="print")
    widest = page.evaluate(
        "Math.max(...[...document.querySelectorAll('body *')]"
        ".map(e => e.getBoundingClientRect().right))"
    )
    assert widest <= A4_WIDTH_PX
    assert page.evaluate("document.documentElement.scrollWidth") <= A4_WIDTH_PX
    assert page.is_hidden(".paper-toolbar")
    pdf = PdfReader(io.BytesIO(page.pdf(format="A4", print_background=True)))
    box = pdf.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 2 and abs(float(box.height) - 841.9) < 2  # A4
    assert 1 <= len(pdf.pages) <= 4
    text = "".join(p.extract_text() for p in pdf.pages)
    assert "Nr formularza" in text and "Dzielnica zamieszkania" in text


@pytest.fixture
def home_poll():
    poll = now_relative_survey(
        title="Sonda o parku",
        kind=Survey.Kind.POLL,
        on_home_page=True,
        results_visibility=Survey.ResultsVisibility.AT_ONCE,
    )
    add_question(
        add_section(poll),
        Kind.SINGLE,
        "Czy w parku potrzebna jest fontanna?",
        options=["Tak", "Nie"],
    )
    return poll


def test_a_poll_on_the_home_page_is_answered_without_javascript(page_without_javascript, home_poll):
    page = page_without_javascript
    page.goto("/")
    page.get_by_label("Nie", exact=True).check()
    page.click("text=Wyślij odpowiedź")
    page.wait_for_url("**/?sonda=dziekujemy#sonda")
    shown = page.inner_text("#sonda").replace("\xa0", " ")
    assert "Wyniki w tej chwili: 1 odpowiedź" in shown
    assert "Nie 100% (1 głos)" in shown
    assert Response.objects.get().answers.get().option.label == "Nie"


def test_the_poll_passes_axe_before_and_after_answering(page, home_poll):
    page.goto("/")
    assert axe_violations(page) == ""
    page.get_by_label("Tak", exact=True).check()
    page.click("text=Wyślij odpowiedź")
    page.wait_for_url("**/?sonda=dziekujemy#sonda")
    assert axe_violations(page) == ""
    page.set_viewport_size({"width": 320, "height": 800})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
