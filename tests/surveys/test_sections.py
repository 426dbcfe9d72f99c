"""A long survey goes section by section („Dalej”, „Wstecz”) and keeps every answer."""

import re

import pytest
from freezegun import freeze_time

from surveys.forms import state_dumps
from surveys.models import Answer, Question, Response
from tests.surveys.conftest import NOW, add_question, add_section, every_kind_survey, make_survey

pytestmark = pytest.mark.django_db
Kind = Question.Kind


@pytest.fixture
def survey():
    survey = make_survey("Trzy części")
    first = add_section(survey, "O parku")
    add_question(first, Kind.SHORT_TEXT, "Ulubione miejsce")
    add_question(first, Kind.SINGLE, "Jak często?", options=["Często", "Rzadko"])
    second = add_section(survey, "Zmiany")
    add_question(second, Kind.MULTIPLE, "Co dodać?", options=["Ławki", "Drzewa", "Kosze"])
    add_section(survey, "Pusta część bez pytań")
    third = add_section(survey, "O Państwu")
    add_question(third, Kind.DISTRICT, "Dzielnica zamieszkania")
    return survey


def names(survey):
    q = {question.text: question for question in Question.objects.filter(section__survey=survey)}
    options = {o.label: o.pk for question in q.values() for o in question.options.all()}
    return q, options


def hidden(html, name):
    return re.search(rf'name="{name}" value="([^"]*)"', html).group(1)


def step(client, survey, html, action, **answers):
    data = {"stan": hidden(html, "stan"), "krok": hidden(html, "krok"), "akcja": action} | answers
    with freeze_time(NOW):
        response = client.post(survey.get_absolute_url(), data)
    return response, readable(response.content.decode())


def start(client, survey):
    with freeze_time(NOW):
        return readable(client.get(survey.get_absolute_url()).content.decode())


def readable(html):
    """The page with its non-breaking spaces as plain ones, for reading the text."""
    return html.replace("&nbsp;", " ").replace("\xa0", " ")


def test_the_survey_is_answered_part_by_part_and_saved_only_at_the_end(client, survey):
    q, options = names(survey)
    html = start(client, survey)
    assert "Część 1 z 3: O parku" in html
    assert 'value="wstecz"' not in html
    assert "Pusta część" not in html

    response, html = step(
        client,
        survey,
        html,
        "dalej",
        **{f"q{q['Ulubione miejsce'].pk}": "Staw", f"q{q['Jak często?'].pk}": options["Często"]},
    )
    assert "Część 2 z 3: Zmiany" in html and hidden(html, "krok") == "1"
    assert 'value="wstecz"' in html
    assert Response.objects.count() == 0

    co_dodac = f"q{q['Co dodać?'].pk}"
    response, html = step(
        client, survey, html, "dalej", **{co_dodac: [options["Ławki"], options["Kosze"]]}
    )
    assert "Część 3 z 3: O Państwu" in html and 'value="wyslij"' in html
    assert Response.objects.count() == 0

    district = f"q{q['Dzielnica zamieszkania'].pk}"
    response, html = step(client, survey, html, "wyslij", **{district: options["Błeszno"]})
    assert response.status_code == 302
    saved = Response.objects.get()
    assert sorted(saved.answers.values_list("question__text", "option__label", "text")) == [
        ("Co dodać?", "Kosze", ""),
        ("Co dodać?", "Ławki", ""),
        ("Dzielnica zamieszkania", "Błeszno", ""),
        ("Jak często?", "Często", ""),
        ("Ulubione miejsce", None, "Staw"),
    ]


def test_going_back_and_forth_keeps_the_answers_of_every_part(client, survey):
    q, options = names(survey)
    html = start(client, survey)
    _, html = step(
        client,
        survey,
        html,
        "dalej",
        **{f"q{q['Ulubione miejsce'].pk}": "Staw", f"q{q['Jak często?'].pk}": options["Rzadko"]},
    )
    co_dodac = f"q{q['Co dodać?'].pk}"
    # „Wstecz” with answers typed in part 2: they are kept although nothing was checked.
    _, html = step(client, survey, html, "wstecz", **{co_dodac: [options["Drzewa"]]})
    assert "Część 1 z 3" in html
    assert 'value="Staw"' in html
    assert re.search(rf'value="{options["Rzadko"]}"[^>]*checked', html)
    assert "error-summary" not in html and "errorlist" not in html  # no errors on the way back
    _, html = step(
        client,
        survey,
        html,
        "dalej",
        **{f"q{q['Ulubione miejsce'].pk}": "Altana", f"q{q['Jak często?'].pk}": options["Rzadko"]},
    )
    assert "Część 2 z 3" in html
    assert re.search(rf'value="{options["Drzewa"]}"[^>]*checked', html)
    _, html = step(client, survey, html, "dalej", **{co_dodac: [options["Drzewa"]]})
    _, html = step(
        client, survey, html, "wstecz", **{f"q{q['Dzielnica zamieszkania'].pk}": options["Raków"]}
    )
    _, html = step(client, survey, html, "dalej", **{co_dodac: [options["Drzewa"]]})
    assert f'<option value="{options["Raków"]}" selected>' in html
    response, _ = step(
        client, survey, html, "wyslij", **{f"q{q['Dzielnica zamieszkania'].pk}": options["Raków"]}
    )
    assert response.status_code == 302
    assert Answer.objects.get(question__text="Ulubione miejsce").text == "Altana"


def test_a_part_with_errors_is_shown_again_with_its_answers(client, survey):
    q, _options = names(survey)
    html = start(client, survey)
    _, html = step(client, survey, html, "dalej", **{f"q{q['Ulubione miejsce'].pk}": "Staw"})
    assert "Część 1 z 3" in html
    assert "Prosimy wybrać jedną odpowiedź." in html
    assert 'value="Staw"' in html


def test_forged_or_foreign_answers_in_the_hidden_field_are_not_trusted(client, survey):
    q, options = names(survey)
    html = start(client, survey)
    _, html = step(
        client,
        survey,
        html,
        "dalej",
        **{f"q{q['Ulubione miejsce'].pk}": "Staw", f"q{q['Jak często?'].pk}": options["Często"]},
    )
    _, html = step(client, survey, html, "dalej", **{f"q{q['Co dodać?'].pk}": [options["Ławki"]]})
    district = {f"q{q['Dzielnica zamieszkania'].pk}": options["Raków"]}

    tampered = html.replace(hidden(html, "stan"), hidden(html, "stan")[:-3] + "abc")
    response, page = step(client, survey, tampered, "wyslij", **district)
    assert response.status_code == 200
    assert "Część 1 z 3" in page and "Prosimy wpisać odpowiedź." in page
    assert Response.objects.count() == 0

    other = every_kind_survey(title="Inna")
    foreign = html.replace(hidden(html, "stan"), state_dumps(other, _answers_of(html, survey)))
    response, page = step(client, survey, foreign, "wyslij", **district)
    assert "Część 1 z 3" in page
    assert Response.objects.count() == 0


def _answers_of(html, survey):
    from django.core import signing
    from django.utils.datastructures import MultiValueDict

    payload = signing.loads(hidden(html, "stan"), salt="surveys.answers-in-progress")
    return MultiValueDict(payload["odpowiedzi"])


def test_an_unknown_step_number_starts_from_a_known_one(client, survey):
    with freeze_time(NOW):
        for value in ["-5", "99", "x", ""]:
            response = client.post(survey.get_absolute_url(), {"krok": value, "akcja": "dalej"})
            assert response.status_code == 200
    assert Response.objects.count() == 0
