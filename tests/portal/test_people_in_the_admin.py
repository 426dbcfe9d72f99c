"""People in the admin: found and told apart by e-mail address, their departments and councils
on their page, and a department closed down marked, never deleted."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from consultations.models import Department
from consultations.services import department_member_add
from districts.models import CouncilMembership, District
from districts.services import council_member_add
from tests.adminform import change_form_data
from tests.conftest import make_user, with_second_factor
from tests.consultations.conftest import make_consultation

pytestmark = pytest.mark.django_db

USERS = "/admin/czestochowa_portal/user/"
DEPARTMENTS = "/admin/consultations/department/"


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(with_second_factor(superuser))
    return client


@pytest.fixture
def two_annas(django_user_model):
    """Two people of the same name: only the address tells them apart."""
    return [
        make_user(django_user_model, email, first_name="Anna", last_name="Kowalska")
        for email in ["anna.kowalska@czestochowa.um.gov.pl", "a.kowalska@example.com"]
    ]


def test_the_user_search_finds_by_e_mail_and_lists_the_address(admin_client, two_annas):
    response = admin_client.get(USERS, {"q": "a.kowalska@example"})
    html = response.content.decode()
    assert re.findall(r'<th class="field-email"><a href="[^"]+">([^<]+)</a></th>', html) == [
        "a.kowalska@example.com"
    ]


def test_two_people_of_the_same_name_are_told_apart_in_the_user_list(
    admin_client, two_annas, django_assert_max_num_queries
):
    with django_assert_max_num_queries(12):
        html = admin_client.get(USERS, {"q": "Kowalska"}).content.decode()
    emails = re.findall(r'<th class="field-email"><a href="[^"]+">([^<]+)</a></th>', html)
    assert sorted(emails) == sorted(user.email for user in two_annas)
    assert html.count('<td class="field-first_name">Anna</td>') == 2


def test_the_search_for_a_department_s_new_member_names_each_person_with_the_address(
    admin_client, two_annas
):
    response = admin_client.get(
        "/admin/autocomplete/",
        {
            "app_label": "consultations",
            "model_name": "departmentmembership",
            "field_name": "user",
            "term": "Kowalska",
        },
    )
    texts = sorted(result["text"] for result in response.json()["results"])
    assert texts == [
        "Anna Kowalska (a.kowalska@example.com)",
        "Anna Kowalska (anna.kowalska@czestochowa.um.gov.pl)",
    ]


def test_a_chosen_member_is_shown_with_the_address_on_the_department_and_council_pages(
    admin_client, two_annas
):
    anna = two_annas[1]
    department = Department.objects.get(code="IZ")
    department_member_add(user=anna, department=department)
    bleszno = District.objects.get(slug="bleszno")
    council_member_add(
        user=anna, district=bleszno, function_form=CouncilMembership.FunctionForm.FEMININE
    )
    for page in [
        f"{DEPARTMENTS}{department.pk}/change/",
        f"/admin/districts/district/{bleszno.pk}/change/",
    ]:
        html = admin_client.get(page).content.decode()
        option = f'<option value="{anna.pk}" selected>Anna Kowalska (a.kowalska@example.com)'
        assert option in html, page


def test_a_person_s_page_lists_their_departments_and_councils_with_links(
    admin_client, two_annas, django_assert_max_num_queries
):
    anna = two_annas[0]
    investments = Department.objects.get(code="IZ")
    roads = Department.objects.get(code="MZD")
    department_member_add(user=anna, department=investments)
    department_member_add(user=anna, department=roads)
    Department.objects.filter(pk=roads.pk).update(is_active=False)
    bleszno = District.objects.get(slug="bleszno")
    council_member_add(
        user=anna,
        district=bleszno,
        function=CouncilMembership.Function.CHAIR,
        function_form=CouncilMembership.FunctionForm.FEMININE,
    )
    with django_assert_max_num_queries(25):
        html = admin_client.get(f"{USERS}{anna.pk}/change/").content.decode()
    section = re.search(r'<ul class="memberships">(.*?)</ul>', html, re.S).group(1)
    assert re.findall(r'<li><a href="([^"]+)">([^<]+)</a>([^<]*)</li>', section) == [
        (
            f"{DEPARTMENTS}{investments.pk}/change/",
            "Wydział Inwestycji i Zamówień Publicznych (IZ)",
            "",
        ),
        (f"{DEPARTMENTS}{roads.pk}/change/", f"{roads.name} (MZD) – zlikwidowana", ""),
        (
            f"/admin/districts/district/{bleszno.pk}/change/",
            "Rada Dzielnicy Błeszno",
            ", Przewodnicząca Zarządu",
        ),
    ]
    assert "Jednostki i rady dzielnic" in html


def test_the_page_of_a_person_without_a_role_says_so(admin_client, resident):
    html = admin_client.get(f"{USERS}{resident.pk}/change/").content.decode()
    assert "Do żadnej jednostki ani rady dzielnicy." in html


def test_the_user_page_s_query_count_does_not_grow_with_memberships(
    admin_client, django_user_model
):
    def queries_for(user):
        with CaptureQueriesContext(connection) as captured:
            admin_client.get(f"{USERS}{user.pk}/change/")
        return len(captured)

    one = make_user(django_user_model, "jedna@example.com")
    department_member_add(user=one, department=Department.objects.get(code="IZ"))
    many = make_user(django_user_model, "wiele@example.com")
    for code in ["IZ", "MZD", "GK"]:
        department_member_add(user=many, department=Department.objects.get(code=code))
    for slug in ["bleszno", "rakow"]:
        council_member_add(
            user=many,
            district=District.objects.get(slug=slug),
            function_form=CouncilMembership.FunctionForm.MASCULINE,
        )
    assert queries_for(many) == queries_for(one)


# --- a department closed down ------------------------------------------------------------


@pytest.fixture
def closed_department():
    department = Department.objects.get(code="MZD")
    department.is_active = False
    department.save()
    return department


def test_not_even_a_superuser_can_delete_a_department(admin_client, closed_department):
    delete_page = f"{DEPARTMENTS}{closed_department.pk}/delete/"
    assert admin_client.get(delete_page).status_code == 403
    assert admin_client.post(delete_page, {"post": "yes"}).status_code == 403
    change_page = admin_client.get(f"{DEPARTMENTS}{closed_department.pk}/change/")
    assert 'class="deletelink"' not in change_page.content.decode()
    changelist = admin_client.get(DEPARTMENTS).content.decode()
    assert 'value="delete_selected"' not in changelist
    admin_client.post(
        DEPARTMENTS,
        {"action": "delete_selected", "_selected_action": [closed_department.pk], "post": "yes"},
    )
    assert Department.objects.filter(pk=closed_department.pk).exists()


def test_a_department_with_nobody_in_it_cannot_be_deleted_either(admin_client):
    empty = Department.objects.create(code="XX", name="Biuro do likwidacji")
    assert admin_client.post(f"{DEPARTMENTS}{empty.pk}/delete/", {"post": "yes"}).status_code == 403
    assert Department.objects.filter(pk=empty.pk).exists()


def test_a_closed_department_is_marked_in_the_list(admin_client, closed_department):
    html = admin_client.get(DEPARTMENTS).content.decode()
    assert '<td class="field-state"><strong>zlikwidowana</strong></td>' in html
    assert html.count('<td class="field-state">działa</td>') == Department.objects.active().count()
    closed_only = admin_client.get(DEPARTMENTS, {"stan": "zlikwidowane"}).content.decode()
    assert re.findall(r'<th class="field-code"><a [^>]*>([^<]+)</a>', closed_only) == ["MZD"]


def test_a_department_is_closed_down_by_unticking_it_and_stays_with_its_consultations(
    admin_client,
):
    roads = Department.objects.get(code="MZD")
    consultation = make_consultation("Remont ul. Jasnogórskiej", department="MZD")
    url = f"{DEPARTMENTS}{roads.pk}/change/"
    data = change_form_data(admin_client.get(url).content.decode(), "department_form")
    data.pop("is_active")
    assert admin_client.post(url, data).status_code == 302
    roads.refresh_from_db()
    assert not roads.is_active
    assert str(roads).endswith("(MZD) – zlikwidowana")
    assert admin_client.get(consultation.get_absolute_url()).status_code == 200


def test_a_new_consultation_cannot_be_given_to_a_closed_department(
    client, django_user_model, closed_department
):
    clerk = make_user(django_user_model, "pracownik.obu@example.com")
    department_member_add(user=clerk, department=Department.objects.get(code="IZ"))
    department_member_add(user=clerk, department=closed_department)
    client.force_login(with_second_factor(clerk))
    html = client.get("/admin/consultations/consultation/add/").content.decode()
    picker = re.search(r'<select name="department".*?</select>', html, re.S).group(0)
    assert "(IZ)" in picker
    assert "(MZD)" not in picker
