"""The admin pages staff use pass the Nu Html Checker in the states they meet: a change form
with its schedule and material rows, the same with errors, the people and history pages."""

import pytest

from consultations.models import Consultation, Department
from tests.conftest import with_second_factor
from tests.htmlcheck import nu_html_errors

# The demo consultations (autouse) and the form a browser would send back.
from tests.portal.test_admin_polish import (  # noqa: F401
    CONSULTATIONS,
    demo_consultations,
    form_of,
)

pytestmark = pytest.mark.django_db


def test_the_admin_pages_staff_use_are_valid_html(client, superuser):
    client.force_login(with_second_factor(superuser))
    consultation = Consultation.objects.get(slug="przebudowa-alei-najswietszej-maryi-panny")
    change = f"{CONSULTATIONS}/{consultation.pk}/change/"
    department = Department.objects.get(code="IZ")
    draft = Consultation.objects.drafts().first()
    pages = {
        url: client.get(url).content.decode()
        for url in [
            f"{CONSULTATIONS}/",
            f"{CONSULTATIONS}/add/",
            change,
            f"{CONSULTATIONS}/{consultation.pk}/history/",
            f"{CONSULTATIONS}/{draft.pk}/delete/",
            f"/admin/consultations/department/{department.pk}/change/",
            f"/admin/czestochowa_portal/user/{superuser.pk}/change/",
        ]
    }
    with_errors = form_of(client, change, "consultation_form", title="", starts_at_0="jutro")
    response = client.post(change, with_errors)
    assert response.status_code == 200
    pages[f"{change} (błędy)"] = response.content.decode()
    errors = nu_html_errors(pages)
    assert errors == {}, "\n".join(f"{page}: {error}" for page in errors for error in errors[page])
