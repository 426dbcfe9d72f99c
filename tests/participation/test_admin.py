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


def test_the_consultation_page_in_the_admin_counts_what_lacks_a_disposition(
    staff_client, consultation, joined_resident, department_staff
):
    from datetime import date

    from participation.models import Disposition
    from participation.services import comment_withdraw, remark_add
    from tests.consultations.conftest import NOW
    from tests.participation.conftest import post

    answered, waiting, _ = (post(joined_resident, consultation, text=t) for t in "abc")
    comment_withdraw(comment=_, by=joined_resident, now=NOW)  # nothing left to answer
    Disposition.objects.create(
        comment=answered, position="uwzgledniona", justification="Tak.", author=department_staff
    )
    for number in range(3):
        remark_add(
            consultation=consultation,
            channel="papier",
            received_on=date(2026, 3, 9),
            content=f"Uwaga {number}.",
        )
    other = discussion_consultation("Inne")
    remark_add(consultation=other, channel="papier", received_on=date(2026, 3, 9), content="X")

    html = staff_client.get(
        f"/admin/consultations/consultation/{consultation.pk}/change/"
    ).content.decode()
    query = f"?konsultacje={consultation.pk}&amp;rozpatrzenie=brak"
    assert "Rozpatrzenie komentarzy i uwag" in html
    assert (
        f'Komentarze bez rozpatrzenia: <a href="/admin/participation/comment/{query}">1 z 2</a>'
        in html
    )
    assert (
        f'Uwagi bez rozpatrzenia: <a href="/admin/participation/remark/{query}">3 z 3</a>' in html
    )

    comments = staff_client.get(f"/admin/participation/comment/{query.replace('&amp;', '&')}")
    assert list(comments.context["cl"].result_list) == [waiting]
    remarks = staff_client.get(f"/admin/participation/remark/{query.replace('&amp;', '&')}")
    assert sorted(r.number for r in remarks.context["cl"].result_list) == [1, 2, 3]
    assert consultation.title in remarks.content.decode()  # the side bar names it
    forged = staff_client.get("/admin/participation/remark/?konsultacje=x%27%3B")
    assert forged.status_code == 200
    assert list(forged.context["cl"].result_list) == []
