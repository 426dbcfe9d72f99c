"""Staff read the admin in the portal's Polish: no sentence written for every gender at once
(„został(a)(-ło) dodany(-na)(-ne)”), no model name in the wrong case („Zmień jednostka
(wydział)”), no English left over („Can add …”, „View history”) — on every page they use, in
the states they meet it: a list filtered, a form with errors, after a save, before a delete."""

import json
import re
from html import unescape

import pytest
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from consultations.demo import seed_consultations
from consultations.models import Category, Consultation, Department
from czestochowa_portal.adminsite import permission_label
from news.models import News
from tests.adminform import change_form_data
from tests.conftest import with_second_factor
from tests.polish_register import (
    both_gender_forms,
    english_leftovers,
    informal_forms,
    language_problems,
)

pytestmark = pytest.mark.django_db

ADMIN = "/admin"
CONSULTATIONS = f"{ADMIN}/consultations/consultation"


@pytest.fixture(autouse=True)
def demo_consultations(settings, tmp_path):
    """The demo consultations: one of IZ has a schedule and materials."""
    settings.MEDIA_ROOT = tmp_path
    seed_consultations()


@pytest.fixture
def with_schedule_and_materials():
    consultation = Consultation.objects.get(slug="przebudowa-alei-najswietszej-maryi-panny")
    assert consultation.schedule_items.exists() and consultation.materials.exists()
    return consultation


@pytest.fixture
def city_news(superuser):
    return News.objects.create(
        title="Nowe godziny urzędu",
        slug="nowe-godziny-urzedu",
        lead="Zajawka.",
        body="<p>Treść.</p>",
        author=superuser,
        state=News.State.PUBLISHED,
    )


def inline_button_texts(html: str) -> list[str]:
    """„Dodaj kolejną pozycję…” of every inline: Django's script writes it from a data
    attribute, so it is not in the page's text."""
    texts = []
    for match in re.finditer(r'data-inline-formset="([^"]*)"', html):
        options = json.loads(unescape(match.group(1)))["options"]
        texts += [options["addText"], options["deleteText"]]
    return texts


def problems(html: str) -> list[str]:
    buttons = " · ".join(inline_button_texts(html))
    return language_problems(html) + both_gender_forms(buttons) + english_leftovers(buttons)


def walk(client, pages):
    """Each page (a GET address, or an address and what to POST) with its problems."""
    found = {}
    for page in pages:
        if isinstance(page, tuple):
            url, data = page
            response = client.post(url, data, follow=True)
        else:
            url = page
            response = client.get(url)
        assert response.status_code == 200, url
        assert response.request["PATH_INFO"].startswith(ADMIN), url  # not sent to log in
        found[url if not isinstance(page, tuple) else f"POST {url}"] = problems(
            response.content.decode()
        )
    return {page: found_there for page, found_there in found.items() if found_there}


def form_of(client, url, form_id, **changes):
    return change_form_data(client.get(url).content.decode(), form_id) | changes


def test_a_superuser_meets_no_bracketed_gender_form_or_english_on_the_admin(
    client, superuser, with_schedule_and_materials, city_news
):
    client.force_login(with_second_factor(superuser))
    consultation = with_schedule_and_materials
    draft = Consultation.objects.drafts().first()
    department = Department.objects.get(code="IZ")
    change = f"{CONSULTATIONS}/{consultation.pk}/change/"
    department_change = f"{ADMIN}/consultations/department/{department.pk}/change/"
    pages = [
        f"{ADMIN}/",
        f"{CONSULTATIONS}/",
        f"{CONSULTATIONS}/?publikacja=szkice&_facets=1",
        f"{CONSULTATIONS}/?o=-5.4",
        f"{CONSULTATIONS}/add/",
        (f"{CONSULTATIONS}/add/", {"title": "", "_save": "Zapisz"}),
        change,
        (change, form_of(client, change, "consultation_form", title="")),
        f"{CONSULTATIONS}/{consultation.pk}/history/",
        f"{CONSULTATIONS}/{draft.pk}/delete/",
        (f"{CONSULTATIONS}/", {"action": "delete_selected", "_selected_action": [draft.pk]}),
        department_change,
        (department_change, form_of(client, department_change, "department_form", _continue="")),
        f"{ADMIN}/czestochowa_portal/user/",
        f"{ADMIN}/czestochowa_portal/user/{superuser.pk}/change/",
        f"{ADMIN}/czestochowa_portal/user/add/",
        f"{ADMIN}/auth/group/{Group.objects.first().pk}/change/",
        f"{ADMIN}/news/news/",
        f"{ADMIN}/news/news/add/",
        f"{ADMIN}/news/news/{city_news.pk}/change/",
        f"{ADMIN}/news/news/{city_news.pk}/delete/",
        (f"{ADMIN}/news/news/{city_news.pk}/delete/", {"post": "yes"}),
        (
            f"{ADMIN}/consultations/category/add/",
            {"name": "Sport", "slug": "sport", "position": "9", "_addanother": ""},
        ),
        f"{ADMIN}/mfa/authenticator/",
    ]
    assert walk(client, pages) == {}


def test_a_clerk_meets_no_bracketed_gender_form_or_english_on_the_admin(
    client, department_staff, with_schedule_and_materials
):
    client.force_login(with_second_factor(department_staff))
    change = f"{CONSULTATIONS}/{with_schedule_and_materials.pk}/change/"
    pages = [
        f"{ADMIN}/",
        f"{CONSULTATIONS}/",
        f"{CONSULTATIONS}/add/",
        change,
        (change, form_of(client, change, "consultation_form", title="")),
        (change, form_of(client, change, "consultation_form", _continue="")),
        f"{CONSULTATIONS}/{with_schedule_and_materials.pk}/history/",
    ]
    assert walk(client, pages) == {}


def test_titles_and_messages_name_the_model_after_a_colon(client, superuser):
    client.force_login(with_second_factor(superuser))
    department = Department.objects.get(code="IZ")
    url = f"{ADMIN}/consultations/department/{department.pk}/change/"
    html = client.get(url).content.decode()
    assert (
        "<title>Wydział Inwestycji i Zamówień Publicznych (IZ) | Edycja: jednostka (wydział)"
        in (html)
    )
    saved = client.post(url, form_of(client, url, "department_form", _continue=""), follow=True)
    assert (
        "Zapisano: jednostka (wydział) „Wydział Inwestycji i Zamówień Publicznych (IZ)”. "
        "Poniżej można kontynuować edycję."
    ) in re.sub(r"<[^>]+>", "", saved.content.decode())

    added = client.post(
        f"{ADMIN}/consultations/category/add/",
        {"name": "Sport", "slug": "sport", "position": "9", "_addanother": ""},
        follow=True,
    )
    text = re.sub(r"<[^>]+>", "", added.content.decode())
    assert "Dodano: kategoria „Sport”. Poniżej można dodać kolejną pozycję." in text
    assert "<title>Dodawanie: kategoria |" in added.content.decode()
    assert Category.objects.filter(slug="sport").exists()


def test_a_list_counts_its_rows_after_the_name(client, superuser):
    client.force_login(with_second_factor(superuser))
    html = client.get(f"{ADMIN}/consultations/department/").content.decode()
    count = Department.objects.count()
    assert re.search(rf'<p class="paginator">\s*Jednostki \(wydziały\): {count}\s', html)


def test_the_inline_rows_are_added_with_a_gender_neutral_button(
    client, department_staff, with_schedule_and_materials
):
    client.force_login(with_second_factor(department_staff))
    html = client.get(f"{CONSULTATIONS}/{with_schedule_and_materials.pk}/change/").content
    assert inline_button_texts(html.decode()) == [
        "Dodaj kolejną pozycję: Pozycja harmonogramu",
        "Usuń",
        "Dodaj kolejną pozycję: Materiał",
        "Usuń",
    ]


def test_permissions_are_listed_in_polish_with_one_query_for_the_list(
    client, superuser, django_assert_max_num_queries
):
    client.force_login(with_second_factor(superuser))
    with django_assert_max_num_queries(20):
        html = client.get(f"{ADMIN}/czestochowa_portal/user/{superuser.pk}/change/").content
    html = html.decode()
    assert ">Konsultacje | jednostka (wydział) | dodawanie</option>" in html
    assert ">Aktualności | aktualność | przeglądanie</option>" in html
    assert "Can add" not in html and "Can view" not in html
    group = Group.objects.first()
    html = client.get(f"{ADMIN}/auth/group/{group.pk}/change/").content.decode()
    assert ">Konsultacje | konsultacje | edycja</option>" in html
    assert "Can change" not in html


def test_a_permission_a_model_declares_itself_keeps_its_own_name():
    consultations = ContentType.objects.get_for_model(Consultation)
    own = Permission.objects.create(
        content_type=consultations, codename="publish_results", name="Publikowanie wyników"
    )
    removal = Permission.objects.get(content_type=consultations, codename="delete_consultation")
    assert permission_label(own) == "Konsultacje | konsultacje | Publikowanie wyników"
    assert permission_label(removal) == "Konsultacje | konsultacje | usuwanie"


def test_the_admins_scripts_speak_to_staff_formally_and_in_one_form(client, superuser):
    client.force_login(with_second_factor(superuser))
    script = client.get(reverse("admin:jsi18n")).content.decode()
    catalog = json.loads(re.search(r"const newcatalog = (\{.*?\});", script, re.S).group(1))
    words = " · ".join(
        " · ".join(value) if isinstance(value, list) else value for value in catalog.values()
    )
    assert "Pole zawężające listę: dostępne %s." in words
    assert informal_forms(words) == []
    assert both_gender_forms(words) == []
