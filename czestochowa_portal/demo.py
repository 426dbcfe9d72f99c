"""Demo data for a developer's machine: never run with DEBUG off."""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from common import roles
from consultations.catalogue import ensure_departments
from consultations.demo import seed_consultations
from consultations.models import Department
from consultations.services import department_member_add
from districts.catalogue import ensure_districts
from districts.demo import seed_districts
from districts.models import CouncilMembership, District
from districts.services import council_member_add
from news.demo import seed_news
from participation.demo import seed_participation
from surveys.demo import seed_surveys

DEMO_PASSWORD = "demo-Czestochowa-2026"  # noqa: S105 - printed on purpose, DEBUG only


@dataclass(frozen=True)
class DemoAccount:
    email: str
    first_name: str
    last_name: str
    role: str


DEMO_ACCOUNTS = [
    DemoAccount("administrator@konsultacje.test", "Anna", "Administratorka", "administrator"),
    DemoAccount("pracownik.iz@konsultacje.test", "Piotr", "Inwestycyjny", "pracownik wydziału IZ"),
    DemoAccount(
        "rada.bleszno@konsultacje.test", "Barbara", "Radna", "członkini Rady Dzielnicy Błeszno"
    ),
    DemoAccount("moderator@konsultacje.test", "Marek", "Moderator", "moderator"),
    DemoAccount("mieszkanka@konsultacje.test", "Maria", "Mieszkanka", "mieszkanka"),
]


def _verified_user(email, first_name, last_name, **flags):
    user, created = get_user_model().objects.get_or_create(
        email=email, defaults={"first_name": first_name, "last_name": last_name, **flags}
    )
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save(update_fields=["password"])
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


def _account(spec: DemoAccount, **flags):
    return _verified_user(spec.email, spec.first_name, spec.last_name, **flags)


@transaction.atomic
def seed_demo() -> list[DemoAccount]:
    ensure_districts(District)
    ensure_departments(Department)

    admin, staff, council, moderator, resident = DEMO_ACCOUNTS
    _account(admin, is_staff=True, is_superuser=True)
    staff_user = _account(staff)
    department_member_add(user=staff_user, department=Department.objects.get(code="IZ"))
    council_member_add(
        user=_account(council),
        district=District.objects.get(slug="bleszno"),
        function=CouncilMembership.Function.CHAIR,
        function_form=CouncilMembership.FunctionForm.FEMININE,
    )
    moderator_user = _account(moderator)
    moderator_user.groups.add(Group.objects.get(name=roles.MODERATORS))
    resident_user = _account(resident)
    seed_districts(_verified_user)
    seed_news(city_author=staff_user)
    seed_consultations()
    seed_participation(
        make_user=_verified_user, resident=resident_user, staff=staff_user, moderator=moderator_user
    )
    seed_surveys()
    return DEMO_ACCOUNTS
