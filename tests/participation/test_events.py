"""Events the notifications issue sends: a reply, an official answer, a hidden comment."""

import pytest

from participation.models import ParticipationEvent
from participation.services import comment_hide, official_answer_add
from tests.consultations.conftest import NOW
from tests.participation.conftest import post

pytestmark = pytest.mark.django_db


def test_a_reply_tells_the_author_of_the_comment_but_not_oneself(
    consultation, joined_resident, other_resident
):
    comment = post(joined_resident, consultation)
    reply = post(other_resident, consultation, parent=comment)
    post(joined_resident, consultation, parent=comment)  # own reply: no event
    event = ParticipationEvent.objects.get()
    assert (event.recipient, event.kind, event.comment, event.reply) == (
        joined_resident,
        ParticipationEvent.Kind.REPLY,
        comment,
        reply,
    )
    assert event.sent_at is None


def test_an_official_answer_tells_the_author(consultation, joined_resident, department_staff):
    comment = post(joined_resident, consultation)
    answer = official_answer_add(
        comment=comment, author=department_staff, text="Dziękujemy.", now=NOW
    )
    event = ParticipationEvent.objects.get()
    assert (event.recipient, event.kind, event.official_answer) == (
        joined_resident,
        ParticipationEvent.Kind.OFFICIAL_ANSWER,
        answer,
    )


def test_a_hidden_comment_tells_its_author(consultation, joined_resident, moderator):
    comment = post(joined_resident, consultation)
    comment_hide(comment=comment, moderator=moderator, reason="Spam.", now=NOW)
    event = ParticipationEvent.objects.get()
    assert (event.recipient, event.kind, event.comment) == (
        joined_resident,
        ParticipationEvent.Kind.COMMENT_HIDDEN,
        comment,
    )
