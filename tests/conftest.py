"""Personas shared by the whole suite: one fixture per role of the portal."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from consultations.models import Department
from consultations.services import department_member_add
from czestochowa_portal import roles
from districts.models import CouncilMembership, District
from districts.services import council_member_add

PASSWORD = "Bardzo-Tajne-Haslo-42"


def make_user(django_user_model, email, **flags):
    user = django_user_model.objects.create_user(email=email, password=PASSWORD, **flags)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


@pytest.fixture
def resident(django_user_model):
    return make_user(django_user_model, "mieszkanka@example.com", first_name="Maria")


@pytest.fixture
def outsider(django_user_model):
    """Signed up but never confirmed the e-mail address."""
    user = django_user_model.objects.create_user(email="obcy@example.com", password=PASSWORD)
    EmailAddress.objects.create(user=user, email=user.email, verified=False, primary=True)
    return user


@pytest.fixture
def department_staff(django_user_model):
    user = make_user(django_user_model, "pracownik@example.com")
    department_member_add(user=user, department=Department.objects.get(code="IZ"))
    return user


@pytest.fixture
def council_member(django_user_model):
    user = make_user(django_user_model, "radna@example.com", first_name="Barbara")
    council_member_add(
        user=user,
        district=District.objects.get(slug="bleszno"),
        function=CouncilMembership.Function.CHAIR,
    )
    return user


@pytest.fixture
def moderator(django_user_model):
    user = make_user(django_user_model, "moderator@example.com")
    user.groups.add(Group.objects.get(name=roles.MODERATORS))
    return user


@pytest.fixture
def superuser(django_user_model):
    return make_user(
        django_user_model, "admin@example.com", is_staff=True, is_superuser=True
    )
