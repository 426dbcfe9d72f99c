"""The change history is there to read; nobody writes an old version back through it."""

import pytest

from consultations.models import Consultation, Department
from tests.adminform import change_form_data
from tests.consultations.conftest import DAY, NOW, make_consultation, with_second_factor
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


def test_an_edit_may_not_empty_a_published_announcement(client, department_staff):
    consultation = make_consultation("Pełne ogłoszenie")
    client.force_login(with_second_factor(department_staff))
    url = f"/admin/consultations/consultation/{consultation.pk}/change/"
    response = client.post(url, admin_form(consultation, contact_name="", legal_basis=""))
    assert response.status_code == 200
    assert "Opublikowane ogłoszenie musi pozostać pełne" in response.content.decode()
    consultation.refresh_from_db()
    assert consultation.contact_name


def test_an_edit_may_not_shorten_a_published_consultation_without_a_reason(
    client, department_staff
):
    consultation = make_consultation("Długie", duration_justification="")
    client.force_login(with_second_factor(department_staff))
    url = f"/admin/consultations/consultation/{consultation.pk}/change/"
    short_end = (consultation.starts_at + 2 * DAY).astimezone(NOW.tzinfo)
    changes = {"ends_at_0": short_end.strftime("%Y-%m-%d"), "ends_at_1": "12:00:00"}
    response = client.post(url, admin_form(consultation) | changes)
    assert response.status_code == 200
    assert "krócej niż 14 dni" in response.content.decode()
    assert Consultation.objects.get(pk=consultation.pk).ends_at == consultation.ends_at


def test_the_address_of_a_published_consultation_cannot_be_changed(client, department_staff):
    consultation = make_consultation("Stały adres", slug="staly-adres")
    client.force_login(with_second_factor(department_staff))
    url = f"/admin/consultations/consultation/{consultation.pk}/change/"
    client.post(url, admin_form(consultation, slug="inny-adres"))
    assert Consultation.objects.get(pk=consultation.pk).slug == "staly-adres"


def test_a_consultation_of_a_closed_down_department_can_still_be_saved(client, superuser):
    consultation = make_consultation("Po likwidacji wydziału", department="GK")
    Department.objects.filter(code="GK").update(is_active=False)
    client.force_login(with_second_factor(superuser))
    url = f"/admin/consultations/consultation/{consultation.pk}/change/"
    response = client.post(url, admin_form(consultation, title="Poprawiony tytuł"))
    assert response.status_code == 302
    assert Consultation.objects.get(pk=consultation.pk).title == "Poprawiony tytuł"


def test_staff_do_not_see_who_works_in_other_departments(
    client, department_staff, other_department_staff
):
    client.force_login(with_second_factor(department_staff))
    department = other_department_staff.department_memberships.get().department
    url = f"/admin/consultations/department/{department.pk}/change/"
    response = client.get(url)
    assert response.status_code == 200
    assert other_department_staff.email not in response.content.decode()


def test_staff_cannot_read_who_joined_or_left_another_department_in_its_change_log(
    client, superuser, department_staff, other_department_staff
):
    client.force_login(with_second_factor(superuser))
    mzd = Department.objects.get(code="MZD")
    url = f"/admin/consultations/department/{mzd.pk}/change/"
    data = change_form_data(client.get(url).content.decode(), "department_form")
    assert client.post(url, data | {"memberships-0-DELETE": "on"}).status_code == 302
    history = f"/admin/consultations/department/{mzd.pk}/history/"
    assert "pracownik.mzd@example.com" in client.get(history).content.decode()

    client.force_login(with_second_factor(department_staff))
    response = client.get(history)
    assert response.status_code == 403
    assert "pracownik.mzd@example.com" not in response.content.decode()
    assert client.get(url).status_code == 200  # the department itself stays readable
