"""Single-use codes: each lets one response in, is stored hashed and is never tied to it."""

import threading

import pytest
from django.db import connection, connections
from freezegun import freeze_time

from surveys import codes
from surveys.models import AccessCode, Question, Response
from surveys.services import access_codes_generate, response_submit
from tests.surveys.conftest import NOW, add_question, add_section, make_survey

pytestmark = pytest.mark.django_db
Kind = Question.Kind


@pytest.fixture
def survey():
    survey = make_survey("Ankieta dla mieszkańców osiedla", uses_codes=True)
    add_question(add_section(survey), Kind.YES_NO, "Czy zwężyć ulicę?")
    return survey


@pytest.fixture
def sheet(survey, superuser):
    return access_codes_generate(survey=survey, user=superuser, count=5)


def answer(client, survey, code):
    question = Question.objects.get(section__survey=survey)
    data = {
        "krok": "0",
        "akcja": "wyslij",
        "kod": code,
        f"q{question.pk}": question.options.get(label="Tak").pk,
    }
    with freeze_time(NOW):
        return client.post(survey.get_absolute_url(), data)


def test_codes_look_printable_and_are_stored_only_as_hashes(survey, sheet):
    assert len(set(sheet)) == 5
    for printed in sheet:
        assert len(printed) == 11 and printed[5] == "-"
        assert set(printed.replace("-", "")) <= set(codes.ALPHABET)
    stored = set(AccessCode.objects.filter(survey=survey).values_list("code_hash", flat=True))
    assert stored == {codes.code_hash(codes.normalised(printed)) for printed in sheet}
    for printed in sheet:
        assert printed.replace("-", "") not in str(stored)


def test_the_code_field_is_asked_first_and_explained(client, survey):
    with freeze_time(NOW):
        html = client.get(survey.get_absolute_url()).content.decode()
    assert 'name="kod"' in html
    assert "Kodem z kartki można odpowiedzieć jeden raz." in html


def test_an_unused_code_lets_one_response_in_and_is_then_spent(client, survey, sheet):
    assert answer(client, survey, sheet[0]).status_code == 302
    assert Response.objects.count() == 1
    assert AccessCode.objects.filter(used=True).count() == 1
    response = answer(client, survey, sheet[0])
    assert response.status_code == 200
    assert "Ten kod został już wykorzystany" in response.content.decode()
    assert Response.objects.count() == 1


def test_a_code_may_be_typed_in_lower_case_with_spaces(client, survey, sheet):
    typed = " " + sheet[1].lower().replace("-", " ") + " "
    assert answer(client, survey, typed).status_code == 302


def test_the_browser_cookie_does_not_stop_a_second_code_from_the_same_browser(
    client, survey, sheet
):
    assert answer(client, survey, sheet[0]).status_code == 302
    assert answer(client, survey, sheet[1]).status_code == 302
    assert Response.objects.count() == 2


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Prosimy przepisać kod dostępu z otrzymanej kartki."),
        ("ABC", "To nie jest kod dostępu: kod ma 10 znaków"),
        ("0000-11111", "To nie jest kod dostępu: kod ma 10 znaków"),
        ("<b>KOD</b>", "To nie jest kod dostępu: kod ma 10 znaków"),
        ("X" * 41, "To nie jest kod dostępu: kod ma 10 znaków, np. K7M4X-R9TQA."),
        ("AAAAA-AAAAA", "Nie znamy takiego kodu dla tej ankiety."),
    ],
)
def test_a_malformed_or_unknown_code_is_refused_and_saves_nothing(
    client, survey, sheet, typed, message
):
    response = answer(client, survey, typed)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert Response.objects.count() == 0
    assert not AccessCode.objects.filter(used=True).exists()


def test_a_code_of_another_survey_is_unknown_here(client, survey, superuser):
    other = make_survey("Inna", uses_codes=True)
    foreign = access_codes_generate(survey=other, user=superuser, count=1)[0]
    response = answer(client, survey, foreign)
    assert "Nie znamy takiego kodu dla tej ankiety." in response.content.decode()
    assert Response.objects.count() == 0


def test_a_code_made_before_the_secret_key_changed_still_works(client, survey, sheet, settings):
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "nowy-" + settings.SECRET_KEY
    assert answer(client, survey, sheet[2]).status_code == 302


def test_a_response_that_fails_keeps_its_code_unspent(survey, sheet):
    from surveys.models import Answer

    question = Question.objects.get(section__survey=survey)
    broken = [Answer(question=question)]  # holds no value: the database refuses it
    with pytest.raises(Exception):  # noqa: B017 - any database error rolls everything back
        response_submit(survey=survey, answers=broken, code=codes.normalised(sheet[0]), now=NOW)
    assert not AccessCode.objects.filter(used=True).exists()
    assert Response.objects.count() == 0


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite takes its write lock at BEGIN (transaction_mode IMMEDIATE): two submissions "
    "never overlap there; the conditional UPDATE is tested above on every database",
)
def test_two_submissions_with_one_code_at_the_same_moment_save_one_response(
    survey, superuser, monkeypatch
):
    code = codes.normalised(access_codes_generate(survey=survey, user=superuser, count=1)[0])
    question = Question.objects.get(section__survey=survey)
    yes = question.options.get(label="Tak")
    both_ready = threading.Barrier(2, timeout=10)
    import surveys.services as services

    spend = services.access_code_spend

    def spend_together(**kwargs):
        both_ready.wait()  # both transactions are open before either spends the code
        return spend(**kwargs)

    monkeypatch.setattr(services, "access_code_spend", spend_together)
    saved, refused, failed = [], [], []

    def submit():
        from surveys.models import Answer

        try:
            response = response_submit(
                survey=survey, answers=[Answer(question=question, option=yes)], code=code, now=NOW
            )
            saved.append(response.pk)
        except services.CodeRefused as refusal:
            refused.append(refusal.code)
        except Exception as error:  # reported by the assertion below
            failed.append(error)
        finally:
            connections.close_all()  # this thread's own connection

    threads = [threading.Thread(target=submit) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert failed == []
    assert len(saved) == 1
    assert refused == ["used"]
    assert Response.objects.count() == 1
    assert AccessCode.objects.get().used
