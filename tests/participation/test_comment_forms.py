"""Writing comments through the pages, without JavaScript: the Regulamin step, hostile and
over-long text, the limits, the honeypot, forged ids, editing and withdrawing."""

from datetime import timedelta

import pytest
from freezegun import freeze_time

from participation.models import Comment, Participant
from participation.services import ParticipationRefused, comment_edit
from tests.consultations.conftest import NOW
from tests.participation.conftest import add_draft, discussion_consultation, post

pytestmark = pytest.mark.django_db


def add_url(consultation):
    return f"/konsultacje/{consultation.slug}/komentarze/dodaj/"


@pytest.fixture
def signed_in(client, joined_resident):
    client.force_login(joined_resident)
    return client


def test_first_comment_asks_for_the_regulamin_and_the_name_and_keeps_the_text(
    client, resident, consultation
):
    client.force_login(resident)
    with freeze_time(NOW):
        step = client.post(add_url(consultation), {"text": "Mój pierwszy komentarz."})
        assert step.status_code == 200
        html = step.content.decode()
        assert "Zanim dodadzą Państwo pierwszy komentarz" in html
        assert "Mój pierwszy komentarz." in html
        assert "Prosimy poprawić" not in html  # the step is not an error
        assert not Comment.objects.exists()

        refused = client.post(
            add_url(consultation),
            {"text": "Mój pierwszy komentarz.", "uczestnik-display_name": "maria@example.com"},
        )
        html = refused.content.decode()
        assert "Podpis nie może być adresem e-mail" in html
        assert "Aby komentować, prosimy zaakceptować Regulamin." in html
        assert "Mój pierwszy komentarz." in html
        assert not Participant.objects.exists()

        done = client.post(
            add_url(consultation),
            {
                "text": "Mój pierwszy komentarz.",
                "uczestnik-display_name": "Maria   z Rakowa",
                "uczestnik-accept_terms": "on",
            },
        )
    comment = Comment.objects.get()
    assert done.status_code == 302
    assert done["Location"] == f"/konsultacje/{consultation.slug}/#k-{comment.pk}"
    assert comment.shown_name == "Maria z Rakowa"
    assert Participant.objects.get().terms_accepted_at is not None


def test_the_second_comment_needs_no_step(signed_in, consultation):
    with freeze_time(NOW):
        signed_in.post(add_url(consultation), {"text": "Pierwszy."})
        response = signed_in.post(add_url(consultation), {"text": "Drugi."})
    assert response.status_code == 302
    assert Comment.objects.count() == 2


def test_html_and_script_are_shown_as_text(signed_in, client, consultation):
    hostile = '<script>alert("x")</script><b onmouseover="x()">gruby</b> <a href="javascript:x">'
    with freeze_time(NOW):
        signed_in.post(add_url(consultation), {"text": hostile})
        client.logout()
        html = client.get(consultation.get_absolute_url()).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "<b onmouseover" not in html
    assert 'href="javascript:' not in html


def test_line_breaks_and_addresses_become_breaks_and_links(client, consultation, joined_resident):
    post(joined_resident, consultation, text="Pierwsza linia\nDruga: https://example.com/plan")
    with freeze_time(NOW):
        html = client.get(consultation.get_absolute_url()).content.decode()
    assert (
        'Pierwsza linia<br>Druga: <a href="https://example.com/plan" rel="nofollow">'
        "https://example.com/plan</a>" in html
    )


def test_an_over_long_comment_is_refused_with_a_message_and_nothing_is_saved(
    signed_in, consultation, settings
):
    text = "a" * (settings.COMMENT_MAX_LENGTH + 1)
    with freeze_time(NOW):
        response = signed_in.post(add_url(consultation), {"text": text})
    html = response.content.decode()
    assert response.status_code == 200
    assert f"najwyżej {settings.COMMENT_MAX_LENGTH} znaków, a ma {len(text)}" in html
    assert text in html  # kept
    assert not Comment.objects.exists()


def test_too_many_links_are_refused(signed_in, consultation):
    text = " ".join(f"https://example.com/{n}" for n in range(4))
    with freeze_time(NOW):
        response = signed_in.post(add_url(consultation), {"text": text})
    assert "najwyżej 3 linki, a zawiera 4" in response.content.decode()
    assert not Comment.objects.exists()


def test_an_empty_comment_is_refused(signed_in, consultation):
    with freeze_time(NOW):
        response = signed_in.post(add_url(consultation), {"text": "   "})
    assert "Prosimy wpisać treść komentarza." in response.content.decode()
    assert not Comment.objects.exists()


def test_a_filled_honeypot_saves_nothing(signed_in, consultation):
    with freeze_time(NOW):
        response = signed_in.post(
            add_url(consultation), {"text": "Kup teraz!", "strona": "https://spam.example"}
        )
    assert "wypełniony automatycznie" in response.content.decode()
    assert not Comment.objects.exists()


def test_the_rate_limit_holds_and_keeps_the_text(signed_in, consultation, settings):
    with freeze_time(NOW):
        for number in range(settings.COMMENTS_PER_WINDOW):
            assert (
                signed_in.post(add_url(consultation), {"text": f"Nr {number}"}).status_code == 302
            )
        response = signed_in.post(add_url(consultation), {"text": "Jeszcze jeden."})
    assert response.status_code == 429
    html = response.content.decode()
    assert "można dodać najwyżej 5 komentarzy" in html
    assert "Jeszcze jeden." in html
    assert Comment.objects.count() == settings.COMMENTS_PER_WINDOW
    with freeze_time(NOW + timedelta(minutes=settings.COMMENT_RATE_MINUTES, seconds=1)):
        assert signed_in.post(add_url(consultation), {"text": "Po przerwie."}).status_code == 302


def test_a_blocked_resident_is_told_until_when_and_keeps_the_text(
    client, blocked_resident, consultation
):
    client.force_login(blocked_resident)
    with freeze_time(NOW):
        response = client.post(add_url(consultation), {"text": "Chcę coś dodać."})
    html = response.content.decode()
    assert response.status_code == 403
    assert "zablokowana do 15 marca 2026" in html
    assert "Chcę coś dodać." in html
    assert not Comment.objects.exists()


def test_a_forged_unit_gets_a_form_error(signed_in, consultation):
    add_draft(consultation)
    other = discussion_consultation("Inne")
    foreign = add_draft(other).units.get(slug="par-1")
    foreign.slug = "obcy-paragraf"
    foreign.save()
    with freeze_time(NOW):
        for value in ["nie-ma-takiej", "obcy-paragraf", "' OR 1=1 --", "x" * 500]:
            response = signed_in.post(add_url(consultation), {"text": "Tekst.", "unit": value})
            assert response.status_code == 200
            assert "Prosimy wybrać fragment projektu z listy." in response.content.decode()
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    "url",
    [
        "/konsultacje/nie-ma-takich/komentarze/dodaj/",
        "/konsultacje/{slug}/komentarze/999999/odpowiedz/",
        "/konsultacje/{slug}/komentarze/999999/zmien/",
        "/konsultacje/{slug}/komentarze/999999/wycofaj/",
        "/konsultacje/{slug}/komentarze/999999/zglos/",
        "/moderacja/komentarze/999999/",
    ],
)
def test_forged_ids_get_a_404(signed_in, consultation, url, moderator, client):
    client.force_login(moderator) if url.startswith("/moderacja/") else None
    with freeze_time(NOW):
        response = client.post(url.format(slug=consultation.slug), {"text": "x"})
    assert response.status_code == 404


def test_the_draft_page_of_an_unknown_consultation_or_one_without_a_draft_is_a_404(
    client, consultation
):
    assert client.get("/konsultacje/nie-ma-takich/projekt/").status_code == 404
    assert client.get(f"/konsultacje/{consultation.slug}/projekt/").status_code == 404


def test_a_comment_of_another_consultation_cannot_be_answered_through_this_one(
    signed_in, consultation, other_resident
):
    other = discussion_consultation("Inne")
    foreign = post(other_resident, other)
    with freeze_time(NOW):
        response = signed_in.post(
            f"/konsultacje/{consultation.slug}/komentarze/{foreign.pk}/odpowiedz/",
            {"text": "x"},
        )
    assert response.status_code == 404


def test_a_reply_to_a_reply_is_refused(signed_in, consultation, other_resident, joined_resident):
    top = post(other_resident, consultation)
    reply = post(joined_resident, consultation, parent=top)
    with freeze_time(NOW):
        response = signed_in.post(
            f"/konsultacje/{consultation.slug}/komentarze/{reply.pk}/odpowiedz/", {"text": "x"}
        )
    assert response.status_code == 403
    assert Comment.objects.count() == 2


def test_a_reply_lands_under_its_comment(signed_in, client, consultation, other_resident):
    top = post(other_resident, consultation, text="Pytanie o termin.")
    with freeze_time(NOW):
        response = signed_in.post(
            f"/konsultacje/{consultation.slug}/komentarze/{top.pk}/odpowiedz/",
            {"text": "Też o to pytam."},
        )
        reply = Comment.objects.get(parent=top)
        assert response["Location"] == f"/konsultacje/{consultation.slug}/#k-{reply.pk}"
        html = client.get(consultation.get_absolute_url()).content.decode()
    start = html.index(f'id="k-{top.pk}"')
    assert start < html.index(f'id="k-{reply.pk}"')


def test_edit_within_the_window_then_locked(signed_in, consultation, joined_resident, settings):
    comment = post(joined_resident, consultation, text="Pierwsza wersja.")
    edit_url = f"/konsultacje/{consultation.slug}/komentarze/{comment.pk}/zmien/"
    with freeze_time(NOW + timedelta(minutes=14)):
        assert signed_in.post(edit_url, {"text": "Druga wersja."}).status_code == 302
    comment.refresh_from_db()
    assert comment.text == "Druga wersja."
    assert comment.edited_at is not None
    late = NOW + timedelta(minutes=settings.COMMENT_EDIT_MINUTES, seconds=1)
    with freeze_time(late):
        response = signed_in.post(edit_url, {"text": "Trzecia wersja."})
        assert response.status_code == 403
        assert "Trzecia wersja." in response.content.decode()
        # The service holds the rule too, whatever the page sent.
        with pytest.raises(ParticipationRefused, match="Ten czas minął"):
            comment_edit(comment=comment, editor=joined_resident, text="Czwarta.", now=late)
    comment.refresh_from_db()
    assert comment.text == "Druga wersja."


def test_withdrawing_removes_the_text_and_keeps_the_replies(
    signed_in, client, consultation, joined_resident, other_resident
):
    comment = post(joined_resident, consultation, text="Tekst do wycofania.")
    reply = post(other_resident, consultation, text="Odpowiedź zostaje.", parent=comment)
    with freeze_time(NOW):
        response = signed_in.post(
            f"/konsultacje/{consultation.slug}/komentarze/{comment.pk}/wycofaj/"
        )
        assert response.status_code == 302
        client.logout()
        html = client.get(consultation.get_absolute_url()).content.decode()
    comment.refresh_from_db()
    assert comment.text == ""
    assert "Tekst do wycofania." not in html
    assert "Autor wycofał ten komentarz." in html
    assert "Odpowiedź zostaje." in html
    assert f'id="k-{reply.pk}"' in html


def test_the_email_address_is_never_shown(client, consultation, joined_resident):
    post(joined_resident, consultation)
    with freeze_time(NOW):
        html = client.get(consultation.get_absolute_url()).content.decode()
    assert "Maria z Rakowa" in html
    assert joined_resident.email not in html


def test_after_the_end_the_discussion_is_read_only(client, joined_resident):
    consultation = discussion_consultation(phase="after")
    post(joined_resident, consultation, now=NOW - timedelta(days=2))
    client.force_login(joined_resident)
    with freeze_time(NOW):
        html = client.get(consultation.get_absolute_url()).content.decode()
    assert "Dobry pomysł." in html
    assert "Dyskusja jest zamknięta" in html
    assert 'id="nowy-komentarz"' not in html
    assert "Wycofaj" not in html


def test_before_the_start_there_is_no_discussion(client):
    consultation = discussion_consultation(phase="before")
    with freeze_time(NOW):
        html = client.get(consultation.get_absolute_url()).content.decode()
    assert 'id="dyskusja"' not in html
    assert 'href="#dyskusja"' not in html
