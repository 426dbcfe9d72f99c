"""Who may do what: the role groups and each app's permission rules."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group
from django.db import transaction
from django.db.models import ProtectedError

from common import roles
from consultations.models import Department, DepartmentMembership
from consultations.permissions import departments_of, is_department_staff
from consultations.services import department_member_add, department_member_remove
from districts.models import CouncilMembership, District
from districts.permissions import can_post_news_for, districts_for_news, is_council_member
from districts.services import council_member_add, council_member_remove
from news.models import News
from tests.adminform import change_form_data
from tests.conftest import make_user, with_second_factor

pytestmark = pytest.mark.django_db

PERSONAS = ["anonymous", "resident", "department_staff", "council_member", "moderator", "superuser"]


@pytest.fixture
def persona(request):
    if request.param == "anonymous":
        return AnonymousUser()
    return request.getfixturevalue(request.param)


def test_the_migration_creates_the_three_role_groups():
    assert set(Group.objects.values_list("name", flat=True)) >= {
        "Pracownicy wydziałów",
        "Członkowie rad dzielnic",
        "Moderatorzy",
    }
    staff = Group.objects.get(name=roles.STAFF)
    assert staff.permissions.filter(codename="view_department").exists()
    assert not staff.permissions.filter(codename="change_department").exists()


@pytest.mark.parametrize(
    ("persona", "own", "other"),
    [
        ("anonymous", False, False),
        ("resident", False, False),
        ("department_staff", False, False),
        ("council_member", True, False),
        ("moderator", False, False),
        ("superuser", True, True),
    ],
    indirect=["persona"],
)
def test_posting_news_for_a_district(persona, own, other):
    bleszno = District.objects.get(slug="bleszno")
    rakow = District.objects.get(slug="rakow")
    assert can_post_news_for(persona, bleszno) is own
    assert can_post_news_for(persona, rakow) is other


def test_a_member_of_two_councils_may_post_for_both_and_no_other(council_member):
    council_member_add(
        user=council_member,
        district=District.objects.get(slug="rakow"),
        function_form=CouncilMembership.FunctionForm.FEMININE,
    )
    assert set(districts_for_news(council_member).values_list("slug", flat=True)) == {
        "bleszno",
        "rakow",
    }
    assert not can_post_news_for(council_member, District.objects.get(slug="mirow"))


def test_a_deactivated_council_member_may_not_post(council_member):
    council_member.is_active = False
    council_member.save(update_fields=["is_active"])
    assert not can_post_news_for(council_member, District.objects.get(slug="bleszno"))


@pytest.mark.parametrize(
    ("persona", "departments", "is_staff_member"),
    [
        ("anonymous", set(), False),
        ("resident", set(), False),
        ("department_staff", {"IZ"}, True),
        ("council_member", set(), False),
        ("moderator", set(), False),
        ("superuser", "all", False),
    ],
    indirect=["persona"],
)
def test_departments_whose_work_a_user_runs(persona, departments, is_staff_member):
    codes = set(departments_of(persona).values_list("code", flat=True))
    if departments == "all":
        assert codes == set(Department.objects.values_list("code", flat=True))
    else:
        assert codes == departments
    assert is_department_staff(persona) is is_staff_member


def test_joining_a_department_gives_admin_access_and_the_staff_group(department_staff):
    assert department_staff.is_staff
    assert department_staff.groups.filter(name=roles.STAFF).exists()
    assert department_staff.has_perm("consultations.view_department")
    assert not department_staff.has_perm("consultations.change_department")


def test_a_council_member_is_in_the_council_group_and_not_staff(council_member):
    assert is_council_member(council_member)
    assert council_member.groups.filter(name=roles.COUNCIL).exists()
    assert not council_member.is_staff


def test_after_all_migrations_each_group_has_exactly_the_permissions_of_the_table():
    for group_name, permission_names in roles.GROUP_PERMISSIONS.items():
        granted = {
            f"{app_label}.{codename}"
            for app_label, codename in Group.objects.get(name=group_name).permissions.values_list(
                "content_type__app_label", "codename"
            )
        }
        assert granted == set(permission_names), group_name


# --- Taking access away: roles follow memberships, whichever way a membership changes -------


def assert_has_no_role(client, user):
    """Nothing is left: no staff flag, no role group, no admin, no news panel."""
    user.refresh_from_db()
    assert not user.is_staff
    assert not user.groups.filter(name__in=[roles.STAFF, roles.COUNCIL]).exists()
    client.force_login(with_second_factor(user))
    response = client.get("/admin/news/news/add/")
    assert response.status_code == 302
    assert response.url == "/admin/login/?next=/admin/news/news/add/"
    response = client.post("/admin/news/news/add/", {"title": "Po odejściu", "lead": "x"})
    assert response.status_code == 302
    assert not News.objects.exists()
    assert client.get("/aktualnosci/panel/").status_code == 403
    response = client.post("/aktualnosci/panel/dodaj/", city_news_form())
    assert response.status_code == 403
    assert not News.objects.exists()


def city_news_form():
    return {
        "district": "",
        "title": "Komunikat",
        "lead": "Zajawka.",
        "body": "<p>Treść.</p>",
        "image_alt": "",
        "publication": "now",
        "publish_at": "",
    }


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(with_second_factor(superuser))
    return client


@pytest.fixture
def newcomer(django_user_model):
    return make_user(django_user_model, "nowy@example.com", first_name="Nowy")


def department_page(admin_client, department):
    url = f"/admin/consultations/department/{department.pk}/change/"
    return url, change_form_data(admin_client.get(url).content.decode(), "department_form")


def district_page(admin_client, district):
    url = f"/admin/districts/district/{district.pk}/change/"
    return url, change_form_data(admin_client.get(url).content.decode(), "district_form")


def test_giving_a_department_row_to_another_person_in_the_admin_takes_it_from_the_first(
    client, admin_client, department_staff, newcomer
):
    url, data = department_page(admin_client, Department.objects.get(code="IZ"))
    assert data["memberships-0-user"] == str(department_staff.pk)
    response = admin_client.post(url, data | {"memberships-0-user": newcomer.pk})
    assert response.status_code == 302
    newcomer.refresh_from_db()
    assert newcomer.is_staff
    assert newcomer.groups.filter(name=roles.STAFF).exists()
    assert_has_no_role(client, department_staff)


def test_deleting_a_department_row_in_the_admin_takes_the_access_away(
    client, admin_client, department_staff
):
    url, data = department_page(admin_client, Department.objects.get(code="IZ"))
    response = admin_client.post(url, data | {"memberships-0-DELETE": "on"})
    assert response.status_code == 302
    assert_has_no_role(client, department_staff)


def test_giving_a_council_seat_to_another_person_in_the_admin_takes_it_from_the_first(
    client, admin_client, council_member, newcomer
):
    url, data = district_page(admin_client, District.objects.get(slug="bleszno"))
    assert data["memberships-0-user"] == str(council_member.pk)
    response = admin_client.post(url, data | {"memberships-0-user": newcomer.pk})
    assert response.status_code == 302
    assert newcomer.groups.filter(name=roles.COUNCIL).exists()
    assert list(districts_for_news(newcomer).values_list("slug", flat=True)) == ["bleszno"]
    assert_has_no_role(client, council_member)


def test_deleting_a_council_seat_in_the_admin_takes_the_panel_away(
    client, admin_client, council_member
):
    url, data = district_page(admin_client, District.objects.get(slug="bleszno"))
    response = admin_client.post(url, data | {"memberships-0-DELETE": "on"})
    assert response.status_code == 302
    assert_has_no_role(client, council_member)


def test_the_removal_services_take_the_access_away(client, department_staff, council_member):
    department_member_remove(membership=department_staff.department_memberships.get())
    council_member_remove(membership=council_member.council_memberships.get())
    assert_has_no_role(client, department_staff)
    assert_has_no_role(client, council_member)


@pytest.mark.parametrize(
    "change",
    [
        "save_with_another_user",
        "delete_the_row",
        "delete_through_a_queryset",
        "update_through_a_queryset",
    ],
)
def test_changes_made_in_the_shell_move_the_roles_too(client, department_staff, newcomer, change):
    if change == "save_with_another_user":
        membership = DepartmentMembership.objects.get(user=department_staff)
        membership.user = newcomer
        membership.save()
    elif change == "delete_the_row":
        DepartmentMembership.objects.get(user=department_staff).delete()
    elif change == "delete_through_a_queryset":
        department_staff.department_memberships.all().delete()
    else:
        DepartmentMembership.objects.filter(user=department_staff).update(user=newcomer)
    if change in {"save_with_another_user", "update_through_a_queryset"}:
        newcomer.refresh_from_db()
        assert newcomer.is_staff
        assert newcomer.groups.filter(name=roles.STAFF).exists()
    assert_has_no_role(client, department_staff)


def test_a_seat_made_in_bulk_in_the_shell_gives_the_council_role(newcomer):
    CouncilMembership.objects.bulk_create(
        [CouncilMembership(user=newcomer, district=District.objects.get(slug="rakow"))]
    )
    assert newcomer.groups.filter(name=roles.COUNCIL).exists()
    assert not newcomer.is_staff


def test_leaving_one_of_two_departments_keeps_the_other(department_staff):
    department_member_add(user=department_staff, department=Department.objects.get(code="MZD"))
    department_staff.department_memberships.get(department__code="IZ").delete()
    department_staff.refresh_from_db()
    assert department_staff.is_staff
    assert department_staff.groups.filter(name=roles.STAFF).exists()
    assert set(departments_of(department_staff).values_list("code", flat=True)) == {"MZD"}


def test_a_superuser_and_a_moderator_keep_their_staff_flag_when_they_leave_a_department(
    superuser, moderator
):
    moderator.is_staff = True
    moderator.save(update_fields=["is_staff"])
    for user in [superuser, moderator]:
        department_member_add(user=user, department=Department.objects.get(code="IZ"))
        user.department_memberships.get().delete()
        user.refresh_from_db()
        assert user.is_staff
        assert not user.groups.filter(name=roles.STAFF).exists()
    assert moderator.groups.filter(name=roles.MODERATORS).exists()


def test_a_department_or_district_with_members_cannot_be_deleted(
    admin_client, department_staff, council_member
):
    iz = Department.objects.get(code="IZ")
    with pytest.raises(ProtectedError), transaction.atomic():
        iz.delete()
    bleszno = District.objects.get(slug="bleszno")
    with pytest.raises(ProtectedError), transaction.atomic():
        bleszno.delete()
    # The admin deletes no department at all (one closed down is marked, see
    # tests/portal/test_people_in_the_admin.py); a district with a council is protected.
    response = admin_client.post(
        f"/admin/consultations/department/{iz.pk}/delete/", {"post": "yes"}
    )
    assert response.status_code == 403
    assert Department.objects.filter(pk=iz.pk).exists()
    response = admin_client.post(f"/admin/districts/district/{bleszno.pk}/delete/", {"post": "yes"})
    assert response.status_code == 200
    assert "wymagałoby usunięcia następujących chronionych pozycji" in response.content.decode()
    assert District.objects.filter(pk=bleszno.pk).exists()
    department_staff.refresh_from_db()
    council_member.refresh_from_db()
    assert department_staff.is_staff
    assert council_member.council_memberships.exists()
