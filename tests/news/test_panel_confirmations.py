"""In the panel, „Wycofaj”, „Usuń” and a draft's „Opublikuj” ask first: a page that works
without JavaScript (GET asks and changes nothing, POST does it); and dates say what they are:
„Zaplanowano na …” for an item still to appear, never „Opublikowano” for a future date."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.utils import timezone
from freezegun import freeze_time

from news.models import News

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 3, 27, 11, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def frozen():
    with freeze_time(NOW):
        yield


@pytest.fixture
def editor(client, council_member):
    client.force_login(council_member)
    return client


@pytest.fixture
def published(make_news, bleszno):
    return make_news(district=bleszno, title="Nowe ławki", publish_at=NOW - datetime.timedelta(1))


@pytest.fixture
def scheduled(make_news, bleszno):
    return make_news(
        district=bleszno,
        title="Festyn",
        publish_at=datetime.datetime(2026, 4, 3, 8, 0, tzinfo=datetime.UTC),
    )


@pytest.fixture
def draft(make_news, bleszno):
    return make_news(district=bleszno, title="Szkic ogłoszenia", state=News.State.DRAFT)


def row_of(html, title):
    return html.split(f">{title}</a></th>", 1)[1].split("</tr>", 1)[0]


def test_wycofaj_asks_first_and_only_post_withdraws(editor, published):
    page = editor.get(f"/aktualnosci/panel/{published.pk}/wycofaj/")
    html = page.content.decode()
    assert page.status_code == 200
    assert "<h1>Czy wycofać aktualność?</h1>" in html
    assert '<button class="button button--danger" type="submit">Tak, wycofaj</button>' in html
    assert 'href="/aktualnosci/panel/">Nie, wróć do panelu</a>' in html
    published.refresh_from_db()
    assert published.state == News.State.PUBLISHED  # asking changes nothing

    response = editor.post(f"/aktualnosci/panel/{published.pk}/wycofaj/")
    assert response.status_code == 302
    assert response.url == "/aktualnosci/panel/"
    published.refresh_from_db()
    assert published.state == News.State.DRAFT
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Aktualność „Nowe ławki” wycofano z publikacji."
    ]


def test_a_scheduled_item_is_cancelled_with_its_own_words(editor, scheduled):
    html = editor.get(f"/aktualnosci/panel/{scheduled.pk}/wycofaj/").content.decode()
    assert "<h1>Czy anulować planowaną publikację?</h1>" in html
    assert "zaplanowano na" in html and "3 kwietnia 2026" in html
    response = editor.post(f"/aktualnosci/panel/{scheduled.pk}/wycofaj/")
    scheduled.refresh_from_db()
    assert scheduled.state == News.State.DRAFT
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Anulowano publikację aktualności „Festyn”."
    ]


def test_usun_asks_first_and_only_post_deletes(editor, published):
    page = editor.get(f"/aktualnosci/panel/{published.pk}/usun/")
    assert page.status_code == 200
    assert "<h1>Czy usunąć aktualność?</h1>" in page.content.decode()
    assert News.objects.filter(pk=published.pk).exists()

    response = editor.post(f"/aktualnosci/panel/{published.pk}/usun/")
    assert response.status_code == 302
    assert not News.objects.filter(pk=published.pk).exists()


def test_a_draft_has_opublikuj_which_asks_and_then_publishes_now(editor, draft):
    panel = editor.get("/aktualnosci/panel/").content.decode()
    actions = row_of(panel, "Szkic ogłoszenia")
    assert f'<a href="/aktualnosci/panel/{draft.pk}/opublikuj/">Opublikuj' in actions
    assert "Wycofaj" not in actions

    page = editor.get(f"/aktualnosci/panel/{draft.pk}/opublikuj/")
    assert "<h1>Czy opublikować aktualność?</h1>" in page.content.decode()
    draft.refresh_from_db()
    assert draft.state == News.State.DRAFT

    response = editor.post(f"/aktualnosci/panel/{draft.pk}/opublikuj/")
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.is_visible
    assert draft.publish_at == timezone.now()
    assert draft.history.latest().history_change_reason == "Publikacja"
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Opublikowano aktualność „Szkic ogłoszenia”."
    ]


def test_the_preview_of_a_draft_offers_opublikuj(editor, draft):
    html = editor.get(draft.get_absolute_url()).content.decode()
    assert f'<a href="/aktualnosci/panel/{draft.pk}/opublikuj/">Opublikuj</a>' in html
    assert "Opublikowano" not in html
    assert "szkic – jeszcze nieopublikowany" in html


def test_published_and_scheduled_items_offer_no_opublikuj(editor, published, scheduled):
    panel = editor.get("/aktualnosci/panel/").content.decode()
    assert "Opublikuj" not in row_of(panel, "Nowe ławki")
    assert "Wycofaj" in row_of(panel, "Nowe ławki")
    assert "Anuluj publikację" in row_of(panel, "Festyn")
    response = editor.post(f"/aktualnosci/panel/{published.pk}/opublikuj/")
    assert response.status_code == 302
    published.refresh_from_db()
    assert published.publish_at == NOW - datetime.timedelta(1)  # not moved
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Aktualność „Nowe ławki” nie jest szkicem: nie ma czego publikować."
    ]


def test_a_draft_cannot_be_withdrawn(editor, draft):
    response = editor.post(f"/aktualnosci/panel/{draft.pk}/wycofaj/")
    assert response.status_code == 302
    assert [str(m) for m in get_messages(response.wsgi_request)] == [
        "Aktualność „Szkic ogłoszenia” jest szkicem: nie ma czego wycofywać."
    ]


def test_the_panel_says_zaplanowano_na_for_a_future_date(editor, published, scheduled, draft):
    panel = editor.get("/aktualnosci/panel/").content.decode()
    assert "Zaplanowano na <time" in row_of(panel, "Festyn")
    assert "3 kwietnia 2026" in row_of(panel, "Festyn")
    assert "Opublikowano" not in row_of(panel, "Festyn")
    assert "Opublikowano <time" in row_of(panel, "Nowe ławki")
    assert "nieopublikowana" in row_of(panel, "Szkic ogłoszenia")


def test_the_preview_of_a_scheduled_item_never_says_opublikowano(editor, scheduled):
    html = editor.get(scheduled.get_absolute_url()).content.decode()
    assert "<dt>Zaplanowano na</dt>" in html
    assert "Opublikowano" not in html
    # Once the day has come, the same page says it was published.
    with freeze_time(datetime.datetime(2026, 4, 4, tzinfo=datetime.UTC)):
        html = editor.get(scheduled.get_absolute_url()).content.decode()
    assert "<dt>Opublikowano</dt>" in html
    assert "Zaplanowano" not in html


def test_a_withdrawn_item_is_never_opublikowano_in_its_preview(editor, published):
    editor.post(f"/aktualnosci/panel/{published.pk}/wycofaj/")
    html = editor.get(published.get_absolute_url()).content.decode()
    assert "Opublikowano" not in html
