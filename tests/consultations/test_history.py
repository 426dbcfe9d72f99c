"""The change history is there to read; nobody writes an old version back through it."""

import pytest

from consultations.models import Consultation, Department
from tests.consultations.conftest import make_consultation, with_second_factor
from tests.consultations.test_permissions import admin_form

pytestmark = pytest.mark.django_db


def test_staff_of_the_old_department_cannot_take_a_moved_consultation_back(
    client, department_staff
):
    consultation = make_consultation("Przeniesiona", department="IZ")
    consultation.department = Department.objects.get(code="MZD")
    consultation.save()
    old = consultation.history.order_by("history_date").first()
    client.force_login(with_second_factor(department_staff))
    url = f"/admin/consultations/consultation/{consultation.pk}/history/{old.history_id}/"
    response = client.post(url, admin_form(consultation, title="Odebrana"))
    assert response.status_code == 403
    consultation.refresh_from_db()
    assert consultation.department.code == "MZD"
    assert consultation.title == "Przeniesiona"


def test_even_a_superuser_cannot_revert_a_publication_away(client, superuser):
    consultation = make_consultation("Opublikowana", published=False)
    consultation.published_at = consultation.starts_at
    consultation.save()
    draft = consultation.history.order_by("history_date").first()
    client.force_login(with_second_factor(superuser))
    url = f"/admin/consultations/consultation/{consultation.pk}/history/{draft.history_id}/"
    assert client.get(url).status_code == 200  # an old version can still be read
    assert client.post(url, admin_form(consultation)).status_code == 403
    assert Consultation.objects.get(pk=consultation.pk).published_at is not None
