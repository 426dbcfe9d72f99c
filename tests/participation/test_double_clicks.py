"""A second click that arrives while the first one is being saved: the permission check has
already let it through, and the service refuses it under its row lock. The person sees the
discussion with a note, never an error page."""

import pytest
from freezegun import freeze_time

from participation import services
from participation.models import Comment
from tests.consultations.conftest import NOW
from tests.participation.conftest import post

pytestmark = pytest.mark.django_db

ALREADY = "Ten komentarz został już przez Państwa zgłoszony."


def other_click_saved_first(monkeypatch, name):
    """The service as a request finds it when another click of the same person got there first."""
    real = getattr(services, name)

    def twice(**kwargs):
        real(**kwargs)
        return real(**kwargs)

    monkeypatch.setattr(services, name, twice)


def test_a_second_withdrawal_at_once_leads_back_to_the_discussion(
    client, consultation, joined_resident, monkeypatch
):
    comment = post(joined_resident, consultation, text="Do wycofania.")
    other_click_saved_first(monkeypatch, "comment_withdraw")
    client.force_login(joined_resident)
    with freeze_time(NOW):
        response = client.post(
            f"/konsultacje/{consultation.slug}/komentarze/{comment.pk}/wycofaj/", follow=True
        )
    assert response.status_code == 200
    assert "Tego komentarza nie można wycofać." in response.content.decode()
    assert Comment.objects.get(pk=comment.pk).withdrawn_at is not None


def test_a_second_report_at_once_shows_it_was_already_sent(
    client, consultation, joined_resident, other_resident, monkeypatch
):
    comment = post(joined_resident, consultation, text="Zgłaszany.")
    other_click_saved_first(monkeypatch, "comment_report")
    client.force_login(other_resident)
    with freeze_time(NOW):
        response = client.post(
            f"/konsultacje/{consultation.slug}/komentarze/{comment.pk}/zglos/",
            {"reason": "reklama", "note": ""},
        )
    assert response.status_code == 200
    assert ALREADY in response.content.decode()
    assert comment.reports.count() == 1
