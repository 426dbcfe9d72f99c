"""Who may do what: the role groups and each app's permission rules."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group

from common import roles
from consultations.models import Department
from consultations.permissions import departments_of, is_department_staff
from districts.models import District
from districts.permissions import can_post_news_for, districts_for_news, is_council_member
from districts.services import council_member_add

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
    council_member_add(user=council_member, district=District.objects.get(slug="rakow"))
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
