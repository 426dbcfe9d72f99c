"""Permission matrix: who may create, edit, publish, unpublish and delete news, and for whom."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.contrib.messages import get_messages
from django.contrib.sites.models import Site

from czestochowa_portal.middleware import SECOND_FACTOR_NEEDED
from news import services
from news.models import News
from tests.conftest import with_second_factor

pytestmark = pytest.mark.django_db

PERSONAS = [
    "anonymous",
    "resident",
    "council_member",  # member of Błeszno (A)
    "member_of_two",  # member of Błeszno (A) and Raków (B)
    "department_staff",
    "superuser",
]

# persona -> may act on news for (A = Błeszno, B = Raków, city-wide)
ALLOWED = {
    "anonymous": {"A": False, "B": False, "city": False},
    "resident": {"A": False, "B": False, "city": False},
    "council_member": {"A": True, "B": False, "city": False},
    "member_of_two": {"A": True, "B": True, "city": False},
    "department_staff": {"A": False, "B": False, "city": True},
    "superuser": {"A": True, "B": True, "city": True},
}


@pytest.fixture
def districts(bleszno, rakow):
    return {"A": bleszno, "B": rakow, "city": None}


def log_in(client, request, persona):
    if persona != "anonymous":
        user = request.getfixturevalue(persona)
        if user.is_staff:
            with_second_factor(user)  # staff power needs it; see the test at the end
        client.force_login(user)


def post_data(district):
    return {
        "district": district.pk if district else "",
        "title": "Nowe ławki",
        "lead": "Stanęły nowe ławki.",
        "body": "<p>Dziękujemy za propozycje.</p>",
        "image_alt": "",
        "publication": "now",
        "publish_at": "",
    }


def assert_refused(response, persona):
    if persona == "anonymous":
        assert response.status_code == 302
        assert response.url.startswith("/konto/login/")
    else:
        assert response.status_code == 403


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("where", ["A", "B", "city"])
def test_create(client, request, districts, persona, where):
    log_in(client, request, persona)
    response = client.post("/aktualnosci/panel/dodaj/", post_data(districts[where]))
    if ALLOWED[persona][where]:
        assert response.status_code == 302
        assert News.objects.get(title="Nowe ławki").district == districts[where]
    else:
        assert_refused(response, persona)
        assert not News.objects.filter(title="Nowe ławki").exists()


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("where", ["A", "B", "city"])
def test_edit_unpublish_publish_and_delete(client, request, districts, persona, where, make_news):
    allowed = ALLOWED[persona][where]
    log_in(client, request, persona)
    news = make_news(district=districts[where], title="Stary tytuł")

    data = post_data(districts[where]) | {"title": "Zmieniony tytuł"}
    response = client.post(f"/aktualnosci/panel/{news.pk}/edytuj/", data)
    news.refresh_from_db()
    assert (news.title == "Zmieniony tytuł") is allowed
    if not allowed:
        assert_refused(response, persona)

    def assert_confirmation_page(action):
        response = client.get(f"/aktualnosci/panel/{news.pk}/{action}/")
        if allowed:
            assert response.status_code == 200
        else:
            assert_refused(response, persona)

    assert_confirmation_page("wycofaj")
    response = client.post(f"/aktualnosci/panel/{news.pk}/wycofaj/")
    news.refresh_from_db()
    assert (news.state == News.State.DRAFT) is allowed
    if not allowed:
        assert_refused(response, persona)

    assert_confirmation_page("opublikuj")
    response = client.post(f"/aktualnosci/panel/{news.pk}/opublikuj/")
    news.refresh_from_db()
    assert news.state == News.State.PUBLISHED  # published again, or never withdrawn
    if not allowed:
        assert_refused(response, persona)

    assert_confirmation_page("usun")
    response = client.post(f"/aktualnosci/panel/{news.pk}/usun/")
    assert (not News.objects.filter(pk=news.pk).exists()) is allowed
    if not allowed:
        assert_refused(response, persona)


def test_member_of_a_who_forges_the_district_of_b_gets_403_and_nothing_is_saved(
    client, council_member, rakow
):
    client.force_login(council_member)
    response = client.post("/aktualnosci/panel/dodaj/", post_data(rakow))
    assert response.status_code == 403
    assert not News.objects.exists()


def test_member_cannot_move_their_news_to_another_district(
    client, council_member, bleszno, rakow, make_news
):
    news = make_news(district=bleszno, title="Nasza aktualność")
    client.force_login(council_member)
    response = client.post(f"/aktualnosci/panel/{news.pk}/edytuj/", post_data(rakow))
    assert response.status_code == 403
    news.refresh_from_db()
    assert news.district == bleszno
    assert news.title == "Nasza aktualność"


def test_council_member_cannot_forge_city_wide_news(client, council_member):
    client.force_login(council_member)
    response = client.post("/aktualnosci/panel/dodaj/", post_data(None))
    assert response.status_code == 403
    assert not News.objects.exists()


def test_member_of_two_councils_chooses_between_them(client, member_of_two):
    client.force_login(member_of_two)
    html = client.get("/aktualnosci/panel/dodaj/").content.decode()
    assert ">Błeszno</option>" in html
    assert ">Raków</option>" in html
    assert ">Mirów</option>" not in html
    assert "aktualność ogólnomiejska" not in html


def test_the_panel_lists_only_the_news_a_member_may_edit(
    client, council_member, bleszno, rakow, make_news
):
    make_news(district=bleszno, title="Z Błeszna")
    make_news(district=rakow, title="Z Rakowa")
    make_news(title="Z Urzędu")
    client.force_login(council_member)
    html = client.get("/aktualnosci/panel/").content.decode()
    assert "Z Błeszna" in html
    assert "Z Rakowa" not in html
    assert "Z Urzędu" not in html


@pytest.mark.parametrize("persona", ["resident", "moderator"])
def test_people_without_a_council_or_department_see_no_panel(client, request, persona):
    client.force_login(request.getfixturevalue(persona))
    assert client.get("/aktualnosci/panel/").status_code == 403
    assert "Panel aktualności" not in client.get("/").content.decode()


def test_a_council_member_sees_the_panel_link(client, council_member):
    client.force_login(council_member)
    assert "Panel aktualności" in client.get("/").content.decode()


def test_the_superusers_district_choice_is_in_polish_order(client, superuser):
    client.force_login(with_second_factor(superuser))
    html = client.get("/aktualnosci/panel/dodaj/").content.decode()
    assert html.index(">Stradom</option>") < html.index(">Śródmieście</option>")
    assert html.index(">Śródmieście</option>") < html.index(">Trzech Wieszczów</option>")
    assert html.index(">Zawodzie-Dąbie</option>") > html.index(">Wrzosowiak</option>")


@pytest.mark.parametrize("persona", ["department_staff", "superuser"])
@pytest.mark.parametrize(
    "action", ["panel", "add_form", "add", "edit", "publish", "unpublish", "delete", "preview"]
)
def test_staff_and_superusers_without_a_second_factor_are_sent_to_set_it_up(
    client, request, make_news, persona, action
):
    client.force_login(request.getfixturevalue(persona))
    news = make_news(title="Komunikat Urzędu", state=News.State.DRAFT)
    path, data = {
        "panel": ("/aktualnosci/panel/", None),
        "add_form": ("/aktualnosci/panel/dodaj/", None),
        "add": ("/aktualnosci/panel/dodaj/", post_data(None)),
        "edit": (f"/aktualnosci/panel/{news.pk}/edytuj/", post_data(None)),
        "publish": (f"/aktualnosci/panel/{news.pk}/opublikuj/", {}),
        "unpublish": (f"/aktualnosci/panel/{news.pk}/wycofaj/", {}),
        "delete": (f"/aktualnosci/panel/{news.pk}/usun/", {}),
        "preview": (news.get_absolute_url(), None),
    }[action]
    response = client.get(path) if data is None else client.post(path, data)
    assert response.status_code == 302
    assert response.url == "/konto/2fa/totp/activate/"
    assert [(n.pk, n.title, n.state) for n in News.objects.all()] == [
        (news.pk, "Komunikat Urzędu", News.State.DRAFT)
    ]
    assert [str(m) for m in get_messages(response.wsgi_request)] == [SECOND_FACTOR_NEEDED]


def test_a_council_member_needs_no_second_factor_for_the_panel(client, council_member):
    client.force_login(council_member)
    assert client.get("/aktualnosci/panel/").status_code == 200


# --- Reading in the admin: the same scope as the panel, history and links included ----------


@pytest.mark.parametrize("persona", ["department_staff", "superuser"])
@pytest.mark.parametrize("item", ["council_draft", "council_deleted", "city_draft", "city_deleted"])
def test_reading_news_in_the_admin(client, request, make_news, bleszno, superuser, persona, item):
    """A clerk reads city-wide news only: no council draft, no deleted council item,
    through the change page, the history, an old version or the link to the public page."""
    council = item.startswith("council")
    news = make_news(
        district=bleszno if council else None, state=News.State.DRAFT, title="Tajny szkic"
    )
    services.news_update(news=news, editor=superuser, lead="Poprawiona zajawka.")
    first = news.history.order_by("history_date", "history_id").first()
    pk, address = news.pk, news.get_absolute_url()
    deleted = item.endswith("deleted")
    if deleted:
        services.news_delete(news=news, editor=superuser)
    log_in(client, request, persona)
    content_type = ContentType.objects.get_for_model(News).pk
    history = client.get(f"/admin/news/news/{pk}/history/")
    old_version = client.get(f"/admin/news/news/{pk}/history/{first.history_id}/")
    link = client.get(f"/admin/r/{content_type}/{pk}/")
    change = client.get(f"/admin/news/news/{pk}/change/")

    if persona == "superuser" or not council:
        assert history.status_code == 200
        assert "Tajny szkic" in history.content.decode()
        assert old_version.status_code == 200
        assert "Tajny szkic" in old_version.content.decode()
        if deleted:
            assert link.status_code == 404
            assert (change.status_code, change.url) == (302, "/admin/")
        else:
            assert link.status_code == 302
            assert link.url == f"http://{Site.objects.get_current().domain}{address}"
            assert change.status_code == 200
    else:
        for response in [history, old_version, link]:
            assert response.status_code == 404
            assert "Tajny szkic" not in response.content.decode()
            assert address not in response.get("Location", "")
        assert (change.status_code, change.url) == (302, "/admin/")
