"""Anonymous by construction: no column can point at a person, and signing in changes nothing."""

import logging
import uuid

import pytest
from django.conf import settings
from django.db import models
from freezegun import freeze_time

from surveys.models import AccessCode, Answer, PaperFormEntry, Response
from surveys.views import ANSWERED_COOKIE
from tests.surveys.conftest import NOW, every_kind_survey, valid_answers

pytestmark = pytest.mark.django_db

ANONYMOUS_TABLES = [Response, Answer, AccessCode]
# Words in a column name that would give a person or a moment away.
IDENTIFYING = ["user", "ip", "agent", "session", "created", "updated", "time", "_at", "email"]


@pytest.mark.parametrize("model", ANONYMOUS_TABLES, ids=lambda model: model.__name__)
def test_no_column_of_the_anonymous_tables_can_identify_a_person(model):
    user_model = settings.AUTH_USER_MODEL.lower()
    for field in model._meta.concrete_fields:
        assert not isinstance(field, models.DateTimeField | models.TimeField), field
        assert not isinstance(field, models.GenericIPAddressField), field
        if field.is_relation:
            assert field.related_model._meta.label_lower != user_model, field
            assert field.related_model not in {PaperFormEntry}, field
        words = [word for word in IDENTIFYING if word in field.name.lower()]
        assert words == [], f"{model.__name__}.{field.name}"


def test_the_columns_are_exactly_the_ones_the_design_allows():
    def columns(model):
        return sorted(field.column for field in model._meta.concrete_fields)

    assert columns(Response) == [
        "channel",
        "id",
        "place",
        "place_district_id",
        "submitted_on",
        "survey_id",
    ]
    assert columns(Answer) == [
        "date",
        "id",
        "number",
        "option_id",
        "question_id",
        "rank",
        "response_id",
        "text",
    ]
    assert columns(AccessCode) == ["code_hash", "id", "survey_id", "used"]


def test_responses_and_answers_have_random_keys_that_tell_no_order():
    for model in [Response, Answer]:
        key = model._meta.pk
        assert isinstance(key, models.UUIDField)
        assert key.default is uuid.uuid4


def test_the_paper_audit_has_no_key_to_a_response():
    assert not any(
        field.is_relation and field.related_model is Response
        for field in PaperFormEntry._meta.get_fields()
    )
    assert not any(
        field.is_relation and field.related_model is PaperFormEntry
        for field in Response._meta.get_fields()
    )


def test_no_history_is_kept_of_responses_answers_or_codes():
    from django.apps import apps

    names = {model.__name__ for model in apps.get_app_config("surveys").get_models()}
    assert not {"HistoricalResponse", "HistoricalAnswer", "HistoricalAccessCode"} & names


def submit(client, survey):
    with freeze_time(NOW):
        return client.post(
            survey.get_absolute_url(), valid_answers(survey) | {"krok": "0", "akcja": "wyslij"}
        )


def row(response):
    values = {
        field.column: getattr(response, field.attname) for field in Response._meta.concrete_fields
    }
    values.pop("id")
    return values


def answer_rows(response):
    return sorted(
        (a.question_id, a.option_id, a.text, a.number, a.date, a.rank)
        for a in response.answers.all()
    )


def test_a_response_sent_while_signed_in_leaves_no_trace_of_the_user(client, resident, caplog):
    survey = every_kind_survey()
    assert submit(client, survey).status_code == 302
    anonymous = Response.objects.get()

    client.cookies.pop(ANSWERED_COOKIE)  # as if from another browser
    client.force_login(resident)
    session_key = client.session.session_key
    session_before = dict(client.session.items())
    caplog.set_level(logging.DEBUG)
    assert submit(client, survey).status_code == 302
    signed_in = Response.objects.exclude(pk=anonymous.pk).get()

    assert row(signed_in) == row(anonymous)
    assert answer_rows(signed_in) == answer_rows(anonymous)
    assert dict(client.session.items()) == session_before  # nothing of the answers there
    logged = "\n".join(record.getMessage() for record in caplog.records)
    for trace in [resident.email, session_key, str(signed_in.pk)]:
        assert trace not in logged


def test_an_anonymous_visitor_gets_no_session(client):
    survey = every_kind_survey()
    with freeze_time(NOW):
        page = client.get(survey.get_absolute_url())
    sent = submit(client, survey)
    assert settings.SESSION_COOKIE_NAME not in page.cookies
    assert settings.SESSION_COOKIE_NAME not in sent.cookies


def test_the_browser_remembers_the_survey_and_a_second_answer_is_discouraged(client):
    survey = every_kind_survey()
    sent = submit(client, survey)
    cookie = sent.cookies[ANSWERED_COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert cookie.value.startswith(f"{survey.pk}:")  # the survey's number, signed, nothing else
    with freeze_time(NOW):
        html = client.get(survey.get_absolute_url()).content.decode()
    assert "Z tej przeglądarki wysłano już odpowiedzi na tę ankietę." in html
    assert submit(client, survey).status_code == 403
    assert Response.objects.count() == 1


def test_a_forged_answered_cookie_is_ignored(client):
    survey = every_kind_survey()
    client.cookies[ANSWERED_COOKIE] = str(survey.pk)
    assert submit(client, survey).status_code == 302
