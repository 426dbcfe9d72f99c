"""A council member's function is shown in the one form the person uses, never both."""

import pytest
from django.core.management import call_command
from django.test import override_settings

from districts.models import CouncilMembership, District
from districts.services import council_member_add
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

FEMININE = CouncilMembership.FunctionForm.FEMININE
MASCULINE = CouncilMembership.FunctionForm.MASCULINE
Function = CouncilMembership.Function


@pytest.mark.parametrize(
    ("function", "form", "title"),
    [
        (Function.CHAIR, FEMININE, "Przewodnicząca Zarządu"),
        (Function.CHAIR, MASCULINE, "Przewodniczący Zarządu"),
        (Function.BOARD, FEMININE, "Członkini Zarządu"),
        (Function.BOARD, MASCULINE, "Członek Zarządu"),
        (Function.COUNCILLOR, FEMININE, "Radna"),
        (Function.COUNCILLOR, MASCULINE, "Radny"),
    ],
)
def test_every_function_has_a_title_in_each_form(function, form, title):
    assert CouncilMembership(function=function, function_form=form).function_title == title


def test_the_district_page_names_each_member_in_their_own_form(client, django_user_model):
    rakow = District.objects.get(slug="rakow")
    for email, first, last, function, form in [
        ("ola@example.com", "Ola", "Zawada", Function.CHAIR, FEMININE),
        ("jan@example.com", "Jan", "Kos", Function.BOARD, MASCULINE),
        ("iza@example.com", "Iza", "Bąk", Function.COUNCILLOR, FEMININE),
    ]:
        user = make_user(django_user_model, email, first_name=first, last_name=last)
        council_member_add(user=user, district=rakow, function=function, function_form=form)
    html = client.get("/dzielnice/rakow/").content.decode()
    assert "Ola Zawada – Przewodnicząca Zarządu</li>" in html
    assert "Jan Kos – Członek Zarządu</li>" in html
    assert "Iza Bąk – Radna</li>" in html
    assert " / " not in html.split('id="rada"')[1].split("</section>")[0]


def test_seating_a_member_again_changes_the_form_they_asked_for(council_member):
    bleszno = District.objects.get(slug="bleszno")
    council_member_add(
        user=council_member, district=bleszno, function=Function.CHAIR, function_form=MASCULINE
    )
    membership = CouncilMembership.objects.get(user=council_member, district=bleszno)
    assert membership.function_title == "Przewodniczący Zarządu"


def test_the_admin_shows_the_form_beside_the_function(client, superuser, council_member, settings):
    settings.STAFF_MFA_REQUIRED = False
    client.force_login(superuser)
    bleszno = District.objects.get(slug="bleszno")
    html = client.get(f"/admin/districts/district/{bleszno.pk}/change/").content.decode()
    assert "Forma nazwy funkcji" in html
    assert '<option value="zenska" selected>żeńska: Przewodnicząca, Członkini Zarządu, Radna' in (
        html
    )


@override_settings(DEBUG=True)
def test_demo_council_members_have_the_form_their_names_suggest(client):
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    html = client.get("/dzielnice/bleszno/").content.decode()
    assert "Barbara Radna – Przewodnicząca Zarządu</li>" in html
    assert "Jan Kowalski – Członek Zarządu</li>" in html
    assert "Ewa Nowak – Radna</li>" in html
    titles = {m.function_title for m in CouncilMembership.objects.all()}
    assert titles >= {"Przewodnicząca Zarządu", "Przewodniczący Zarządu", "Radna", "Radny"}
