"""The district admin: staff see a council as residents do, without its accounts."""

import pytest

from districts.models import CouncilMembership, District
from districts.services import council_member_add
from tests.adminform import change_form_data
from tests.conftest import make_user, with_second_factor

pytestmark = pytest.mark.django_db


@pytest.fixture
def bleszno():
    return District.objects.get(slug="bleszno")


@pytest.fixture
def nameless_member(django_user_model, bleszno):
    user = make_user(django_user_model, "bez-nazwiska@example.com")
    council_member_add(
        user=user, district=bleszno, function_form=CouncilMembership.FunctionForm.FEMININE
    )
    return user


def test_staff_see_council_members_by_name_and_never_their_e_mail_addresses(
    client, department_staff, council_member, nameless_member, bleszno
):
    client.force_login(with_second_factor(department_staff))
    response = client.get(f"/admin/districts/district/{bleszno.pk}/change/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Barbara" in html
    assert "(imię i nazwisko nie podane)" in html
    assert "radna@example.com" not in html
    assert "bez-nazwiska@example.com" not in html
    # Nor through the account search of the form or the accounts' own pages.
    search = {
        "app_label": "districts",
        "model_name": "councilmembership",
        "field_name": "user",
        "term": "example",
    }
    assert client.get("/admin/autocomplete/", search).status_code == 403
    assert client.get("/admin/czestochowa_portal/user/").status_code == 403
    user_page = f"/admin/czestochowa_portal/user/{nameless_member.pk}/change/"
    assert client.get(user_page).status_code == 403


def test_the_superuser_sees_the_accounts(client, superuser, nameless_member, bleszno):
    client.force_login(with_second_factor(superuser))
    html = client.get(f"/admin/districts/district/{bleszno.pk}/change/").content.decode()
    assert "bez-nazwiska@example.com" in html


def test_the_change_log_that_staff_may_read_names_no_e_mail_address(
    client, superuser, department_staff, django_user_model, bleszno
):
    newcomer = make_user(django_user_model, "nowa-radna@example.com")
    client.force_login(with_second_factor(superuser))
    url = f"/admin/districts/district/{bleszno.pk}/change/"
    data = change_form_data(client.get(url).content.decode(), "district_form")
    data |= {"memberships-TOTAL_FORMS": "1", "memberships-0-user": newcomer.pk}
    data |= {"memberships-0-function": "radny", "memberships-0-function_form": "zenska"}
    data |= {"memberships-0-district": bleszno.pk}
    assert client.post(url, data).status_code == 302
    assert newcomer.council_memberships.get().district == bleszno

    client.force_login(with_second_factor(department_staff))
    response = client.get(f"/admin/districts/district/{bleszno.pk}/history/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "(imię i nazwisko nie podane) – Rada Dzielnicy Błeszno" in html
    assert "nowa-radna@example.com" not in html
