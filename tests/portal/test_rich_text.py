"""Rich text is cleaned when staff save it and again when a page shows it."""

import pytest
from allauth.mfa.models import Authenticator

from czestochowa_portal.models import SitePage

pytestmark = pytest.mark.django_db

HOSTILE = (
    "<h2>Plan</h2><p onclick='steal()'>Tekst<script>alert(1)</script>"
    "<a href='javascript:alert(2)'>link</a><img src=x onerror='alert(3)'>"
    "<a href='https://bip.czestochowa.pl'>BIP</a></p>"
)


def change_page_in_admin(client, user, page, body):
    Authenticator.objects.create(user=user, type=Authenticator.Type.TOTP, data={"secret": "X"})
    client.force_login(user)
    return client.post(
        f"/admin/czestochowa_portal/sitepage/{page.pk}/change/",
        {"title": page.title, "lead": page.lead, "body": body, "_save": "Zapisz"},
    )


def test_scripts_handlers_and_javascript_links_are_removed_on_save(client, superuser):
    page = SitePage.objects.get(kind=SitePage.Kind.ABOUT)
    response = change_page_in_admin(client, superuser, page, HOSTILE)
    assert response.status_code == 302
    stored = SitePage.objects.get(pk=page.pk).body
    for trace in ["<script", "onclick", "onerror", "javascript:", "<img"]:
        assert trace not in stored
    assert '<a href="https://bip.czestochowa.pl"' in stored
    assert "<h2>Plan</h2>" in stored


def test_hostile_html_that_reached_the_database_is_not_shown(client):
    # As if written straight into the database, past the editor's clean-up.
    SitePage.objects.filter(kind=SitePage.Kind.ABOUT).update(body=HOSTILE)
    html = client.get("/o-konsultacjach/").content.decode()
    main = html.split('<main id="tresc"', 1)[1].split("</main>", 1)[0]
    for trace in ["<script", "onclick", "onerror", "javascript:", "<img"]:
        assert trace not in main
    assert "https://bip.czestochowa.pl" in main


def test_every_change_of_a_site_page_is_kept_in_the_history(client, superuser):
    page = SitePage.objects.get(kind=SitePage.Kind.CONTACT)
    change_page_in_admin(client, superuser, page, "<p>Nowy numer telefonu.</p>")
    history = SitePage.history.filter(id=page.pk).order_by("-history_date")
    assert history[0].body == "<p>Nowy numer telefonu.</p>"
    assert history[0].history_user == superuser


def test_department_staff_cannot_edit_site_pages(client, department_staff):
    page = SitePage.objects.get(kind=SitePage.Kind.ABOUT)
    response = change_page_in_admin(client, department_staff, page, "<p>Zmiana</p>")
    assert response.status_code == 403
    assert SitePage.objects.get(pk=page.pk).body != "<p>Zmiana</p>"
