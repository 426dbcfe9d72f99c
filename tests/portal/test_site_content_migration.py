"""The reviewed page texts reach a database that already has the first ones, and go back."""

import importlib

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

APP = "czestochowa_portal"
BEFORE = (APP, "0006_sign_language_page_and_buildings")
REVIEW = (APP, "0007_site_pages_legal_review")
INITIAL = importlib.import_module(f"{APP}.migrations.0004_initial_site_content")
REVIEWED = importlib.import_module(f"{APP}.migrations.0007_site_pages_legal_review")


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.migrate([target])
    return executor.loader.project_state(target).apps


@pytest.fixture
def migrator():
    yield migrate
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


def test_going_back_restores_the_first_texts_and_going_forward_updates_them(migrator):
    apps = migrator(BEFORE)
    SitePage = apps.get_model(APP, "SitePage")
    AccessibilityStatement = apps.get_model(APP, "AccessibilityStatement")
    pages = dict(SitePage.objects.values_list("kind", "body"))
    assert pages["privacy"] == INITIAL.PRIVACY_BODY
    assert pages["terms"] == INITIAL.TERMS_BODY
    assert pages["easy-read"] == INITIAL.EASY_READ_BODY
    assert "sign-language" not in pages
    assert AccessibilityStatement.objects.get().contact_phone == "34 370 71 00"
    assert not apps.get_model(APP, "Building").objects.exists()

    apps = migrator(REVIEW)
    SitePage = apps.get_model(APP, "SitePage")
    pages = dict(SitePage.objects.values_list("kind", "body"))
    assert pages["privacy"] == REVIEWED.PRIVACY_BODY
    assert pages["terms"] == REVIEWED.TERMS_BODY
    assert pages["easy-read"] == REVIEWED.EASY_READ_BODY
    assert pages["sign-language"] == REVIEWED.SIGN_LANGUAGE_BODY
    statement = apps.get_model(APP, "AccessibilityStatement").objects.get()
    assert statement.contact_phone == "+48 34 370 75 94"
    assert list(statement.buildings.values_list("address", flat=True)) == [
        "ul. Śląska 11/13",
        "ul. Jerzego Waszyngtona 5",
        "ul. Focha 19/21",
    ]


PARTICIPATION = (APP, "0008_site_pages_participation")
DESCRIBED = importlib.import_module(f"{APP}.migrations.0008_site_pages_participation")


def test_the_privacy_page_and_the_regulamin_describe_comments_and_remarks_and_go_back(migrator):
    apps = migrator(PARTICIPATION)
    pages = dict(apps.get_model(APP, "SitePage").objects.values_list("kind", "body"))
    privacy, terms = pages["privacy"], pages["terms"]
    assert "powiadomienia e-mail, komentarze albo ankiety" not in privacy
    for fragment in [
        "<strong>Komentarze w dyskusji.</strong>",
        "<strong>Zgłoszenia i moderacja.</strong>",
        "<strong>Uwagi w konsultacjach.</strong>",
        "(art. 8g tej ustawy)",
        "pod tym numerem, bez danych autora",
        "<tr><td>Blokada komentowania</td>",
    ]:
        assert privacy.count(fragment) == 1, fragment
    assert "Każda uwaga dostaje numer." in terms
    assert "Blokada nie odbiera prawa do złożenia uwagi." in terms

    apps = migrator(REVIEW)
    pages = dict(apps.get_model(APP, "SitePage").objects.values_list("kind", "body"))
    assert pages["privacy"] == REVIEWED.PRIVACY_BODY
    assert pages["terms"] == REVIEWED.TERMS_BODY


def test_a_fragment_the_staff_rewrote_is_left_as_they_wrote_it(migrator):
    apps = migrator(REVIEW)
    SitePage = apps.get_model(APP, "SitePage")
    rewritten = REVIEWED.TERMS_BODY.replace(
        "<li>Każdy może zgłosić", "<li>Każdy zalogowany może zgłosić"
    )
    SitePage.objects.filter(kind="terms").update(body=rewritten)
    apps = migrator(PARTICIPATION)
    terms = apps.get_model(APP, "SitePage").objects.get(kind="terms").body
    assert "<li>Każdy zalogowany może zgłosić" in terms
    assert "Każda uwaga dostaje numer." in terms
    assert DESCRIBED.TERMS_CHANGES[1][1] not in terms
