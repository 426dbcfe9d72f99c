"""A link typed without its scheme leads where it says: „www.czestochowa.pl” becomes
https://www.czestochowa.pl when saved, a path of the portal stays, and what cannot be read is
refused with a message beside the field — in the admin and in the news panel alike, with or
without JavaScript (the rule lives in the fields' sanitiser)."""

import pytest
from allauth.mfa.models import Authenticator
from django.core.exceptions import ValidationError

from common.richtext import clean_rich_text, link_target, sanitize_rich_text
from czestochowa_portal.models import SitePage
from news.models import News

REFUSED = "nie prowadzi do żadnej strony"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("www.czestochowa.pl", "https://www.czestochowa.pl"),
        ("czestochowa.pl/aktualnosci/?rok=2026", "https://czestochowa.pl/aktualnosci/?rok=2026"),
        ("  bip.czestochowa.pl ", "https://bip.czestochowa.pl"),
        ("//bip.czestochowa.pl/zarzadzenia", "https://bip.czestochowa.pl/zarzadzenia"),
        ("konsultacje@czestochowa.um.gov.pl", "mailto:konsultacje@czestochowa.um.gov.pl"),
        ("https://www.czestochowa.pl", "https://www.czestochowa.pl"),
        ("http://www.czestochowa.pl", "http://www.czestochowa.pl"),
        ("mailto:rada@example.com", "mailto:rada@example.com"),
        ("tel:343707373", "tel:343707373"),
        ("/konsultacje/", "/konsultacje/"),
        ("/aktualnosci/?dzielnica=rakow", "/aktualnosci/?dzielnica=rakow"),
        ("#mapa", "#mapa"),
    ],
)
def test_a_link_gets_its_scheme_and_a_portal_path_stays(typed, stored):
    assert link_target(typed) == stored


@pytest.mark.parametrize(
    "typed", ["strona", "konsultacje/park", "www.czestochowa .pl", "czestochowa"]
)
def test_a_link_that_names_no_page_cannot_be_read(typed):
    assert link_target(typed) is None


def test_the_sanitiser_stores_the_scheme_and_keeps_everything_else():
    html = (
        '<p><a href="www.czestochowa.pl/urzad?a=1&amp;b=2">Urząd</a> i '
        '<a href="/konsultacje/">konsultacje</a></p>'
    )
    assert sanitize_rich_text(html) == (
        '<p><a href="https://www.czestochowa.pl/urzad?a=1&amp;b=2">Urząd</a> i '
        '<a href="/konsultacje/">konsultacje</a></p>'
    )


def test_the_sanitiser_refuses_a_link_it_cannot_read_and_names_it():
    with pytest.raises(ValidationError) as refused:
        sanitize_rich_text('<p><a href="park-zawodzie">Park</a></p>')
    assert refused.value.messages == [
        "Adres odnośnika „park-zawodzie” nie prowadzi do żadnej strony. Prosimy wpisać pełny "
        "adres (np. https://www.czestochowa.pl) albo ścieżkę w portalu zaczynającą się od „/” "
        "(np. /konsultacje/)."
    ]


def test_a_link_stored_before_the_rule_is_shown_with_its_scheme():
    shown = clean_rich_text('<p><a href="www.czestochowa.pl">Urząd Miasta</a></p>')
    assert shown == '<p><a href="https://www.czestochowa.pl">Urząd Miasta</a></p>'


def test_an_empty_editor_is_stored_as_empty():
    assert sanitize_rich_text("<p></p>") == ""


@pytest.mark.django_db
def test_the_panel_saves_a_link_without_scheme_as_https(client, council_member):
    from districts.models import District

    client.force_login(council_member)
    response = client.post(
        "/aktualnosci/panel/dodaj/",
        {
            "district": District.objects.get(slug="bleszno").pk,
            "title": "Dyżur rady",
            "lead": "Zapraszamy.",
            "body": '<p>Więcej na <a href="www.czestochowa.pl">stronie miasta</a>.</p>',
            "publication": "now",
        },
    )
    assert response.status_code == 302
    assert '<a href="https://www.czestochowa.pl">' in News.objects.get().body


@pytest.mark.django_db
def test_the_panel_refuses_an_unreadable_link_beside_the_body_and_keeps_the_text(
    client, council_member
):
    from districts.models import District

    client.force_login(council_member)
    response = client.post(
        "/aktualnosci/panel/dodaj/",
        {
            "district": District.objects.get(slug="bleszno").pk,
            "title": "Dyżur rady",
            "lead": "Zapraszamy.",
            "body": '<p>Więcej na <a href="strona-rady">stronie rady</a>.</p>',
            "publication": "now",
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    field = html.split('id="id_body"', 1)[1].split('id="id_image"', 1)[0]
    assert "Adres odnośnika „strona-rady” nie prowadzi do żadnej strony." in field
    assert "stronie rady" in field  # what was written stays in the editor
    assert not News.objects.exists()


@pytest.mark.django_db
def test_the_admin_saves_a_link_without_scheme_as_https_and_refuses_an_unreadable_one(
    client, superuser
):
    Authenticator.objects.create(user=superuser, type=Authenticator.Type.TOTP, data={"secret": "X"})
    client.force_login(superuser)
    page = SitePage.objects.get(kind=SitePage.Kind.ABOUT)
    url = f"/admin/czestochowa_portal/sitepage/{page.pk}/change/"
    form = {"title": page.title, "lead": page.lead, "_save": "Zapisz"}

    refused = client.post(url, form | {"body": '<p><a href="o-nas">O nas</a></p>'})
    assert refused.status_code == 200
    assert "Adres odnośnika „o-nas” nie prowadzi do żadnej strony." in refused.content.decode()
    assert "o-nas" not in SitePage.objects.get(pk=page.pk).body

    saved = client.post(url, form | {"body": '<p><a href="www.czestochowa.pl">Miasto</a></p>'})
    assert saved.status_code == 302
    assert SitePage.objects.get(pk=page.pk).body == (
        '<p><a href="https://www.czestochowa.pl">Miasto</a></p>'
    )


def test_every_rich_text_field_of_the_portal_stores_links_by_the_same_rule():
    WITHOUT_SCHEME = '<p><a href="www.czestochowa.pl">Urząd Miasta</a></p>'
    from django.apps import apps
    from django_prose_editor.fields import ProseEditorField

    fields = [
        f"{model.__name__}.{field.name}"
        for model in apps.get_models()
        for field in model._meta.get_fields()
        if isinstance(field, ProseEditorField)
        and not model.__name__.startswith("Historical")
        and "https://www.czestochowa.pl" not in field.sanitize(WITHOUT_SCHEME)
    ]
    assert fields == []
