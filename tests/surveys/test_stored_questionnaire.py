"""The questionnaire read once and kept in the cache is never older than the survey."""

import pytest
from freezegun import freeze_time

from surveys.models import Option, Question
from surveys.selectors import survey_for_answering
from surveys.services import question_fixed_options_sync
from tests.surveys.conftest import NOW, every_kind_survey, question

pytestmark = pytest.mark.django_db


def labels(survey, kind):
    stored = survey_for_answering(survey.slug)
    for section in stored.sections.all():
        for asked in section.questions.all():
            if asked.kind == kind:
                return asked.text, [option.label for option in asked.options.all()]
    return None


def test_a_stored_questionnaire_is_read_without_queries(django_assert_num_queries):
    survey = every_kind_survey()
    survey_for_answering(survey.slug)
    survey_for_answering(survey.slug)
    with django_assert_num_queries(0):
        assert survey_for_answering(survey.slug).pk == survey.pk


@pytest.mark.parametrize("change", ["question", "new option", "deleted option", "kind"])
def test_a_change_to_a_question_or_its_options_shows_at_once(client, change):
    survey = every_kind_survey()
    single = question(survey, Question.Kind.SINGLE)
    labels(survey, Question.Kind.SINGLE)
    labels(survey, Question.Kind.SINGLE)
    if change == "question":
        single.text = "Jak często?"
        single.save()
        assert labels(survey, Question.Kind.SINGLE)[0] == "Jak często?"
    elif change == "new option":
        Option.objects.create(question=single, label="Nigdy", position=5)
        assert "Nigdy" in labels(survey, Question.Kind.SINGLE)[1]
    elif change == "deleted option":
        Option.objects.get(question=single, label="Rzadziej").delete()
        assert "Rzadziej" not in labels(survey, Question.Kind.SINGLE)[1]
    else:
        single.kind = Question.Kind.YES_NO
        single.save()
        question_fixed_options_sync(question=single)
        assert "Tak" in labels(survey, Question.Kind.YES_NO)[1]
    with freeze_time(NOW):
        assert client.get(survey.get_absolute_url()).status_code == 200
