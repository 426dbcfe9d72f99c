"""Staff paste a draft in the admin and get its units; paper remarks get the next number;
a local plan's remark needs the author's name and address; staff see only their own."""

import pytest

from participation.models import DraftDocument, Remark
from tests.adminform import change_form_data
from tests.conftest import with_second_factor
from tests.participation.conftest import DRAFT_TEXT, discussion_consultation

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, department_staff):
    client.force_login(with_second_factor(department_staff))
    return client


def _form(client, url, form_id, **values):
    data = change_form_data(client.get(url).content.decode(), form_id)
    data.update(values)
    return data


def test_a_pasted_draft_is_split_on_the_first_save(staff_client, consultation):
    url = "/admin/participation/draftdocument/add/"
    data = _form(
        staff_client,
        url,
        "draftdocument_form",
        consultation=str(consultation.pk),
        title="Projekt uchwały",
        source=DRAFT_TEXT,
    )
    response = staff_client.post(url, data)
    assert response.status_code == 302
    document = DraftDocument.objects.get()
    assert list(document.units.values_list("label", flat=True))[:4] == [
        "",
        "Rozdział 1",
        "§ 1",
        "§ 2",
    ]
    assert document.units.count() == 13


def test_a_paper_remark_gets_the_next_number(staff_client, consultation):
    url = "/admin/participation/remark/add/"
    for expected in [1, 2]:
        data = _form(
            staff_client,
            url,
            "remark_form",
            consultation=str(consultation.pk),
            channel="papier",
            received_on="2026-03-09",
            content=f"Uwaga {expected}.",
        )
        assert staff_client.post(url, data).status_code == 302
    assert list(Remark.objects.values_list("number", "entered_by__email")) == [
        (1, "pracownik@example.com"),
        (2, "pracownik@example.com"),
    ]


def test_a_local_plans_remark_needs_the_name_and_address(staff_client):
    plan = discussion_consultation("Plan miejscowy", procedure="plan")
    url = "/admin/participation/remark/add/"
    data = _form(
        staff_client,
        url,
        "remark_form",
        consultation=str(plan.pk),
        channel="poczta",
        received_on="2026-03-09",
        content="Uwaga do planu.",
    )
    response = staff_client.post(url, data)
    assert response.status_code == 200
    assert "art. 8g" in response.content.decode()
    assert not Remark.objects.exists()


def test_staff_do_not_see_another_departments_drafts(client, other_department_staff, consultation):
    DraftDocument.objects.create(consultation=consultation, title="Projekt IZ")
    client.force_login(with_second_factor(other_department_staff))
    html = client.get("/admin/participation/draftdocument/").content.decode()
    assert "Projekt IZ" not in html
