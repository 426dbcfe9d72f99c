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
