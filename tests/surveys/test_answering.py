"""Answering a survey without an account: every kind of question, valid and refused."""

import pytest
from freezegun import freeze_time

from surveys.models import Answer, Question, Response
from tests.surveys.conftest import (
    NOW,
    add_question,
    add_section,
    every_kind_survey,
    make_survey,
    option,
    question,
    valid_answers,
)

pytestmark = pytest.mark.django_db
Kind = Question.Kind


@pytest.fixture
def survey():
    return every_kind_survey()


def send(client, survey, data, **extra):
    with freeze_time(NOW):
        return client.post(
            survey.get_absolute_url(), data | {"krok": "0", "akcja": "wyslij"}, **extra
        )


def refused(client, survey, changes, *, drop=()):
    """Send valid answers with some changed: the page answers 200 with errors, saves nothing."""
    data = valid_answers(survey) | changes
    for key in drop:
        data.pop(key)
    response = send(client, survey, data)
    assert response.status_code == 200
    assert Response.objects.count() == 0
    assert Answer.objects.count() == 0
    return response.content.decode()


def field(survey, kind):
    return f"q{question(survey, kind).pk}"


def test_the_survey_page_shows_every_question_as_a_fieldset_with_a_legend(client, survey):
    with freeze_time(NOW):
        html = client.get(survey.get_absolute_url()).content.decode()
    assert html.count('<fieldset class="question"') == 10
    assert html.count('<legend class="question__legend"') == 10
    assert "Ankieta jest anonimowa" in html
    assert "Jak chronimy Państwa anonimowość" in html


def test_valid_answers_to_every_kind_are_saved_as_one_row_per_choice_or_value(client, survey):
    response = send(client, survey, valid_answers(survey))
    assert response.status_code == 302
    assert response.url == f"/ankiety/{survey.slug}/dziekujemy/"
    saved = Response.objects.get()
    assert (saved.channel, saved.submitted_on, saved.place) == ("internet", NOW.date(), "")
    rows = {}
    for answer in saved.answers.select_related("question", "option"):
        rows.setdefault(answer.question.kind, []).append(answer)
    assert [a.option.label for a in rows[Kind.SINGLE]] == ["Co tydzień"]
    assert sorted(a.option.label for a in rows[Kind.MULTIPLE]) == ["Toalet", "Ławek"]
    assert [a.text for a in rows[Kind.SHORT_TEXT]] == ["Przy stawie"]
    assert [a.text for a in rows[Kind.LONG_TEXT]] == ["Więcej ławek w cieniu."]
    assert [a.number for a in rows[Kind.SCALE]] == [4]
    assert [a.option.label for a in rows[Kind.YES_NO]] == ["Tak"]
    assert [a.number for a in rows[Kind.NUMBER]] == [15]
    assert [str(a.date) for a in rows[Kind.DATE]] == ["2026-03-01"]
    assert [a.option.label for a in rows[Kind.DISTRICT]] == ["Raków"]
    assert rows[Kind.DISTRICT][0].option.district.slug == "rakow"
    ranking = sorted(rows[Kind.RANKING], key=lambda a: a.rank)
    assert [(a.rank, a.option.label) for a in ranking] == [
        (1, "Plac zabaw"),
        (2, "Ścieżki"),
        (3, "Fontanna"),
    ]


def test_the_confirmation_page_thanks_and_says_what_was_kept(client, survey):
    response = send(client, survey, valid_answers(survey), follow=True)
    html = response.content.decode()
    assert "Dziękujemy za wypełnienie ankiety" in html
    assert "anonimowo" in html


@pytest.mark.parametrize(
    "kind",
    [
        Kind.SINGLE,
        Kind.MULTIPLE,
        Kind.SHORT_TEXT,
        Kind.LONG_TEXT,
        Kind.SCALE,
        Kind.YES_NO,
        Kind.NUMBER,
        Kind.DATE,
        Kind.DISTRICT,
    ],
)
def test_a_missing_required_answer_is_refused_beside_the_question(client, survey, kind):
    html = refused(client, survey, {}, drop=[field(survey, kind)])
    number = list(Kind).index(kind) + 1 if kind != Kind.DATE else 9
    assert "Prosimy poprawić zaznaczone odpowiedzi" in html
    assert f"Pytanie {number}:" in html
    assert f'id="pytanie-{question(survey, kind).pk}-bledy"' in html


def test_a_missing_ranking_is_refused(client, survey):
    ranking = question(survey, Kind.RANKING)
    keys = [f"q{ranking.pk}_{o.pk}" for o in ranking.options.all()]
    html = refused(client, survey, {}, drop=keys)
    assert "Prosimy ustawić odpowiedzi w kolejności" in html


def test_an_optional_question_may_stay_empty(client):
    survey = make_survey()
    section = add_section(survey)
    add_question(section, Kind.SHORT_TEXT, "Uwagi", required=False)
    add_question(section, Kind.MULTIPLE, "Co jeszcze?", options=["A", "B"], required=False)
    add_question(section, Kind.RANKING, "Kolejność", options=["A", "B"], required=False)
    add_question(section, Kind.NUMBER, "Ile?", required=False)
    assert send(client, survey, {}).status_code == 302
    assert Response.objects.count() == 1
    assert Answer.objects.count() == 0


@pytest.mark.parametrize(
    ("kind", "value", "message"),
    [
        (Kind.NUMBER, "121", "Prosimy podać liczbę od 0 do 120."),
        (Kind.NUMBER, "-1", "Prosimy podać liczbę od 0 do 120."),
        (Kind.NUMBER, "dwanaście", "Prosimy wpisać liczbę całkowitą, np. 12."),
        (Kind.NUMBER, "1.5", "Prosimy wpisać liczbę całkowitą, np. 12."),
        (Kind.NUMBER, "9" * 40, "Prosimy podać liczbę od 0 do 120."),
        (Kind.SCALE, "6", "Prosimy wybrać ocenę od 1 do 5."),
        (Kind.SCALE, "0", "Prosimy wybrać ocenę od 1 do 5."),
        (Kind.SCALE, "x", "Prosimy wybrać ocenę od 1 do 5."),
        (Kind.DATE, "31.02.2026", "Prosimy podać datę w postaci dzień.miesiąc.rok"),
        (Kind.DATE, "wczoraj", "Prosimy podać datę w postaci dzień.miesiąc.rok"),
        (Kind.DATE, "1066-10-14", "Prosimy podać datę między rokiem 1900 a 2100."),
    ],
)
def test_an_answer_out_of_range_or_of_the_wrong_type_is_refused(
    client, survey, kind, value, message
):
    html = refused(client, survey, {field(survey, kind): value})
    assert message in html
    assert value[:30] in html  # what was typed is shown again


def test_a_date_may_be_typed_the_polish_way(client, survey):
    send(client, survey, valid_answers(survey) | {field(survey, Kind.DATE): "1.03.2026"})
    assert str(Answer.objects.get(question__kind=Kind.DATE).date) == "2026-03-01"


def test_too_many_and_too_few_choices_are_refused(client, survey):
    multiple = field(survey, Kind.MULTIPLE)
    three = [option(survey, Kind.MULTIPLE, label).pk for label in ["Ławek", "Zieleni", "Toalet"]]
    html = refused(client, survey, {multiple: three})
    assert "Można zaznaczyć najwyżej 2\u00a0odpowiedzi (zaznaczono 3)." in html


def test_a_multiple_choice_with_a_minimum_refuses_fewer(client):
    survey = make_survey()
    section = add_section(survey)
    multiple = add_question(section, Kind.MULTIPLE, "Trzy", options="ABCD", min_choices=2)
    one = multiple.options.first().pk
    response = send(client, survey, {f"q{multiple.pk}": [one]})
    assert (
        "Prosimy zaznaczyć co najmniej 2\u00a0odpowiedzi (zaznaczono 1)."
        in response.content.decode()
    )
    assert Response.objects.count() == 0


@pytest.mark.parametrize("kind", [Kind.SINGLE, Kind.MULTIPLE, Kind.YES_NO, Kind.DISTRICT])
def test_an_unknown_option_id_is_refused(client, survey, kind):
    html = refused(client, survey, {field(survey, kind): "999999"})
    assert "Wybrana odpowiedź nie należy do tego pytania." in html


def test_an_option_of_another_question_or_survey_is_refused(client, survey):
    other_survey = every_kind_survey(title="Inna")
    foreign = option(other_survey, Kind.SINGLE, "Codziennie").pk
    same_survey_other_question = option(survey, Kind.MULTIPLE, "Ławek").pk
    for value in [foreign, same_survey_other_question, "abc", ""]:
        html = refused(client, survey, {field(survey, Kind.SINGLE): value})
        assert "Prosimy" in html


def test_a_ranking_with_a_repeated_place_a_gap_or_a_foreign_place_is_refused(client, survey):
    ranking = question(survey, Kind.RANKING)
    keys = [f"q{ranking.pk}_{o.pk}" for o in ranking.options.order_by("position")]
    cases = [
        (["1", "1", "2"], "Każde miejsce można nadać tylko jednej odpowiedzi (powtarza się: 1)."),
        (["1", "3", ""], "Miejsca prosimy nadawać po kolei od 1, bez przerw."),
        (["1", "2", "4"], "Prosimy wybrać miejsce z listy przy każdej odpowiedzi."),
        (["1", "2", "x"], "Prosimy wybrać miejsce z listy przy każdej odpowiedzi."),
        (
            ["1", "", ""],
            "Prosimy ustawić w kolejności co najmniej 3\u00a0odpowiedzi (ustawiono 1).",
        ),
    ]
    for places, message in cases:
        html = refused(client, survey, dict(zip(keys, places, strict=True)))
        assert message in html, places


def test_a_ranking_may_ask_only_for_the_first_places(client):
    survey = make_survey()
    section = add_section(survey)
    ranking = add_question(
        section, Kind.RANKING, "Trzy najważniejsze", options="ABCDE", max_choices=3
    )
    keys = [f"q{ranking.pk}_{o.pk}" for o in ranking.options.order_by("position")]
    html = send(
        client, survey, dict(zip(keys, ["1", "2", "3", "4", ""], strict=True))
    ).content.decode()
    assert "Można ustawić najwyżej 3\u00a0odpowiedzi (ustawiono 4)." in html
    assert (
        send(client, survey, dict(zip(keys, ["", "3", "1", "2", ""], strict=True))).status_code
        == 302
    )
    assert sorted(Answer.objects.values_list("rank", flat=True)) == [1, 2, 3]


def test_hostile_text_is_stored_as_typed_and_shown_escaped(client, survey):
    hostile = '<script>alert("x")</script><img src=x onerror=alert(1)>'
    data = valid_answers(survey) | {
        field(survey, Kind.NUMBER): "zła",
        field(survey, Kind.SHORT_TEXT): hostile,
    }
    html = refused(client, survey, data)
    assert hostile not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    send(client, survey, data | {field(survey, Kind.NUMBER): "3"})
    assert Answer.objects.get(question__kind=Kind.SHORT_TEXT).text == hostile


def test_over_long_text_and_null_characters_are_refused(client, survey):
    html = refused(client, survey, {field(survey, Kind.SHORT_TEXT): "a" * 301})
    assert "Odpowiedź może mieć najwyżej 300 znaków (ma 301)." in html
    html = refused(client, survey, {field(survey, Kind.LONG_TEXT): "b" * 5001})
    assert "Odpowiedź może mieć najwyżej 5000 znaków (ma 5001)." in html
    # The portal's middleware answers 400 to a NUL before any view reads it.
    response = send(
        client, survey, valid_answers(survey) | {field(survey, Kind.SHORT_TEXT): "a\x00b"}
    )
    assert response.status_code == 400
    assert Response.objects.count() == 0


def test_every_given_answer_is_kept_when_another_is_refused(client, survey):
    data = valid_answers(survey) | {field(survey, Kind.NUMBER): "500"}
    html = refused(client, survey, data)
    assert 'value="Przy stawie"' in html
    assert "Więcej ławek w cieniu.</textarea>" in html
    assert (
        f'value="{data[field(survey, Kind.SINGLE)]}" id="id_{field(survey, Kind.SINGLE)}_1" checked'
        in html.replace(' aria-invalid="true"', "").replace(" required", "")
    )
    assert 'value="2026-03-01"' in html
    assert '<option value="2" selected>2</option>' in html  # ranking


def test_the_error_summary_links_to_the_input_of_each_refused_question(client, survey):
    data = valid_answers(survey) | {
        field(survey, Kind.NUMBER): "500",
        field(survey, Kind.SCALE): "9",
    }
    html = refused(client, survey, data)
    number = field(survey, Kind.NUMBER)
    scale = field(survey, Kind.SCALE)
    assert f'<a href="#id_{scale}_0">Pytanie 5: Prosimy wybrać ocenę od 1 do 5.</a>' in html
    assert f'<a href="#id_{number}">Pytanie 7: Prosimy podać liczbę od 0 do 120.</a>' in html
    assert f'id="id_{number}"' in html
    assert f'id="id_{scale}_0"' in html


def test_other_with_its_own_text_is_saved_on_the_other_option(client, survey):
    single = question(survey, Kind.SINGLE)
    other = single.options.get(is_other=True)
    send(
        client,
        survey,
        valid_answers(survey) | {f"q{single.pk}": other.pk, f"q{single.pk}_inne": "Co miesiąc"},
    )
    answer = Answer.objects.get(question=single)
    assert (answer.option, answer.text) == (other, "Co miesiąc")


def test_text_typed_beside_other_counts_as_choosing_it(client, survey):
    multiple = question(survey, Kind.MULTIPLE)
    ławki = option(survey, Kind.MULTIPLE, "Ławek").pk
    send(
        client,
        survey,
        valid_answers(survey) | {f"q{multiple.pk}": [ławki], f"q{multiple.pk}_inne": "Koszy"},
    )
    labels = sorted(Answer.objects.filter(question=multiple).values_list("option__label", "text"))
    assert labels == [("Inne (jakie?)", "Koszy"), ("Ławek", "")]


def test_other_without_its_text_or_text_beside_another_choice_is_refused(client, survey):
    single = question(survey, Kind.SINGLE)
    other = single.options.get(is_other=True)
    html = refused(client, survey, {f"q{single.pk}": other.pk})
    assert "Prosimy wpisać, jaką inną odpowiedź Państwo wybrali." in html
    assert f'<a href="#id_q{single.pk}_inne">' in html
    html = refused(client, survey, {f"q{single.pk}_inne": "Co miesiąc"})
    assert "Własną odpowiedź wpisuje się tylko przy „Inne”." in html
    html = refused(client, survey, {f"q{single.pk}": other.pk, f"q{single.pk}_inne": "x" * 301})
    assert "Odpowiedź może mieć najwyżej 300 znaków (ma 301)." in html


def test_a_submission_costs_a_fixed_number_of_queries(
    client, survey, django_assert_max_num_queries
):
    data = valid_answers(survey)
    # The survey with its sections, questions and options (4), then the response and its
    # answers in one transaction (2 inserts, a savepoint and its release).
    with django_assert_max_num_queries(8):
        assert send(client, survey, data).status_code == 302
    with django_assert_max_num_queries(4), freeze_time(NOW):
        assert client.get(survey.get_absolute_url()).status_code == 200
