"""Reports, the threshold, the moderators' queue, hiding, restoring and blocking."""

from datetime import timedelta

import pytest
from freezegun import freeze_time

from participation.models import Comment, ModerationAction, ParticipationEvent, Report
from participation.services import comment_report
from tests.conftest import make_user
from tests.consultations.conftest import NOW
from tests.participation.conftest import post

pytestmark = pytest.mark.django_db


@pytest.fixture
def reporters(django_user_model):
    return [make_user(django_user_model, f"czytelnik{n}@example.com") for n in range(3)]


def test_reports_at_the_threshold_hide_the_comment_until_reviewed(
    client, consultation, joined_resident, reporters
):
    comment = post(joined_resident, consultation, text="Obraźliwy tekst.")
    for number, reporter in enumerate(reporters[:2]):
        comment_report(comment=comment, reporter=reporter, reason="obrazliwy", now=NOW)
        comment.refresh_from_db()
        assert comment.state == Comment.State.VISIBLE, number
    comment_report(comment=comment, reporter=reporters[2], reason="obrazliwy", now=NOW)
    comment.refresh_from_db()
    assert comment.state == Comment.State.AWAITING_REVIEW
    assert ModerationAction.objects.get().action == ModerationAction.Action.AUTO_HIDE
    assert ParticipationEvent.objects.get().kind == ParticipationEvent.Kind.COMMENT_HIDDEN
    with freeze_time(NOW):
        html = client.get(consultation.get_absolute_url()).content.decode()
    assert "Obraźliwy tekst." not in html
    assert "ukryty do czasu sprawdzenia przez moderatora" in html


def test_the_threshold_is_a_setting(settings, consultation, joined_resident, reporters):
    settings.COMMENT_REPORT_THRESHOLD = 1
    comment = post(joined_resident, consultation)
    comment_report(comment=comment, reporter=reporters[0], reason="reklama", now=NOW)
    comment.refresh_from_db()
    assert comment.state == Comment.State.AWAITING_REVIEW


def test_one_report_per_person(client, consultation, joined_resident, reporters):
    comment = post(joined_resident, consultation)
    client.force_login(reporters[0])
    url = f"/konsultacje/{consultation.slug}/komentarze/{comment.pk}/zglos/"
    with freeze_time(NOW):
        assert client.post(url, {"reason": "reklama"}).status_code == 302
        again = client.post(url, {"reason": "reklama"})
    assert again.status_code == 200
    assert "został już przez Państwa zgłoszony" in again.content.decode()
    assert Report.objects.count() == 1


def test_a_report_without_a_reason_gets_a_message(client, consultation, joined_resident, reporters):
    comment = post(joined_resident, consultation)
    client.force_login(reporters[0])
    with freeze_time(NOW):
        response = client.post(
            f"/konsultacje/{consultation.slug}/komentarze/{comment.pk}/zglos/", {"note": "x"}
        )
    assert "Prosimy wybrać powód zgłoszenia." in response.content.decode()
    assert not Report.objects.exists()


def test_the_queue_lists_reported_comments_oldest_report_first_with_reasons(
    client, moderator, consultation, joined_resident, reporters, django_assert_max_num_queries
):
    first = post(joined_resident, consultation, text="Pierwszy zgłoszony.")
    second = post(joined_resident, consultation, text="Drugi zgłoszony.")
    comment_report(comment=second, reporter=reporters[0], reason="reklama", now=NOW)
    comment_report(
        comment=first,
        reporter=reporters[1],
        reason="dane-osobowe",
        note="Nazwisko sąsiada",
        now=NOW + timedelta(minutes=1),
    )
    client.force_login(moderator)
    with freeze_time(NOW), django_assert_max_num_queries(12):
        html = client.get("/moderacja/").content.decode()
    assert html.index("Drugi zgłoszony.") < html.index("Pierwszy zgłoszony.")
    assert "ujawnia czyjeś dane osobowe: Nazwisko sąsiada" in html


def test_residents_and_staff_cannot_open_the_queue(client, resident, department_staff):
    for user in [resident, department_staff]:
        client.force_login(user)
        assert client.get("/moderacja/").status_code == 403


def test_hiding_shows_the_public_reason_and_restoring_brings_the_text_back(
    client, moderator, consultation, joined_resident, reporters
):
    comment = post(joined_resident, consultation, text="Tekst do oceny.")
    for reporter in reporters:
        comment_report(comment=comment, reporter=reporter, reason="obrazliwy", now=NOW)
    review = f"/moderacja/komentarze/{comment.pk}/"
    client.force_login(moderator)
    with freeze_time(NOW):
        empty = client.post(review, {"action": "ukryj", "ukryj-reason": ""})
        assert "Prosimy podać powód ukrycia" in empty.content.decode()
        client.post(review, {"action": "ukryj", "ukryj-reason": "Wulgarne słownictwo."})
        client.logout()
        hidden = client.get(consultation.get_absolute_url()).content.decode()
        client.force_login(moderator)
        client.post(review, {"action": "przywroc", "przywroc-reason": "Pomyłka."})
        client.logout()
        restored = client.get(consultation.get_absolute_url()).content.decode()
    assert "Ukryto przez moderatora: Wulgarne słownictwo." in hidden
    assert "Tekst do oceny." not in hidden
    assert "Tekst do oceny." in restored
    comment.refresh_from_db()
    assert comment.state == Comment.State.VISIBLE and comment.report_count == 0
    assert list(
        ModerationAction.objects.order_by("created_at", "pk").values_list("action", "reason")
    ) == [
        ("ukrycie-po-zgloszeniach", "3 zgłoszenia"),
        ("ukrycie", "Wulgarne słownictwo."),
        ("przywrocenie", "Pomyłka."),
    ]
    assert set(
        ModerationAction.objects.exclude(moderator=None).values_list("moderator", flat=True)
    ) == {moderator.pk}


def test_a_block_stops_comments_for_its_time_and_is_logged(
    client, moderator, consultation, joined_resident
):
    comment = post(joined_resident, consultation)
    client.force_login(moderator)
    with freeze_time(NOW):
        response = client.post(
            f"/moderacja/komentarze/{comment.pk}/",
            {"action": "zablokuj", "zablokuj-days": "7", "zablokuj-reason": "Spam."},
        )
    assert response.status_code == 302
    action = ModerationAction.objects.get(action=ModerationAction.Action.BLOCK)
    assert action.affected_user == joined_resident
    assert action.blocked_until == NOW + timedelta(days=7)
    client.force_login(joined_resident)
    add = f"/konsultacje/{consultation.slug}/komentarze/dodaj/"
    with freeze_time(NOW + timedelta(days=6)):
        assert client.post(add, {"text": "Znowu ja."}).status_code == 403
    with freeze_time(NOW + timedelta(days=7, minutes=1)):
        assert client.post(add, {"text": "Znowu ja."}).status_code == 302


def test_an_unknown_moderation_action_is_refused(client, moderator, consultation, joined_resident):
    comment = post(joined_resident, consultation)
    client.force_login(moderator)
    response = client.post(f"/moderacja/komentarze/{comment.pk}/", {"action": "usun"})
    assert response.status_code == 403
