"""The admin for department staff: publish action, preview, history, inlines."""

import pytest
from freezegun import freeze_time

from consultations.models import Consultation
from districts.models import District
from tests.consultations.conftest import DAY, NOW, make_consultation
from tests.consultations.test_permissions import admin_form

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/consultations/consultation/"


def publish(client, *consultations):
    with freeze_time(NOW):
        return client.post(
            CHANGELIST,
            {"action": "publish", "_selected_action": [c.pk for c in consultations], "index": 0},
            follow=True,
        )


def test_the_publish_action_reports_each_refusal_in_polish(staff_client):
    ready = make_consultation("Gotowe", published=False, starts_at=NOW + DAY)
    short = make_consultation(
        "Za krótkie", published=False, starts_at=NOW + DAY, ends_at=NOW + 5 * DAY
    )
    html = publish(staff_client, ready, short).content.decode()
    assert "Opublikowano konsultacje: 1." in html
    assert "„Za krótkie” – nie opublikowano." in html
    assert "prosimy podać uzasadnienie krótszego terminu" in html
    assert Consultation.objects.get(pk=ready.pk).is_published
    assert not Consultation.objects.get(pk=short.pk).is_published


def test_the_change_form_links_a_preview_of_a_draft(staff_client):
    draft = make_consultation("Szkic", published=False)
    html = staff_client.get(f"{CHANGELIST}{draft.pk}/change/").content.decode()
    assert f'<a href="{draft.get_absolute_url()}">Podgląd</a>' in html
    preview = staff_client.get(draft.get_absolute_url())
    assert preview.status_code == 200
    assert "Podgląd szkicu" in preview.content.decode()


def test_the_change_form_has_the_schedule_and_materials_inlines_and_the_editor(staff_client):
    consultation = make_consultation()
    html = staff_client.get(f"{CHANGELIST}{consultation.pk}/change/").content.decode()
    assert 'name="schedule_items-TOTAL_FORMS"' in html
    assert 'name="materials-TOTAL_FORMS"' in html
    assert "prose-editor" in html


def test_every_change_is_kept_in_the_history_with_its_author(staff_client, department_staff):
    consultation = make_consultation("Przed zmianą", whole_city=False, districts=["bleszno"])
    rakow = District.objects.get(slug="rakow")
    staff_client.post(
        f"{CHANGELIST}{consultation.pk}/change/",
        admin_form(consultation, title="Po zmianie", districts=[rakow.pk]),
    )
    latest = consultation.history.order_by("-history_date", "-history_id")
    assert latest[0].title == "Po zmianie"
    assert latest[0].history_user == department_staff
    assert [d.district_id for d in latest[0].districts.all()] == [rakow.pk]
    history_page = staff_client.get(f"{CHANGELIST}{consultation.pk}/history/")
    assert history_page.status_code == 200
    assert "pracownik@example.com" in history_page.content.decode()


def test_staff_add_a_schedule_item_in_the_inline(staff_client):
    consultation = make_consultation()
    data = admin_form(consultation) | {
        "schedule_items-TOTAL_FORMS": "1",
        "schedule_items-0-kind": "spotkanie",
        "schedule_items-0-title": "Spotkanie otwarte",
        "schedule_items-0-starts_at_0": "2026-03-20",
        "schedule_items-0-starts_at_1": "17:00:00",
        "schedule_items-0-ends_at_0": "2026-03-20",
        "schedule_items-0-ends_at_1": "16:00:00",
        "schedule_items-0-place": "Urząd Miasta",
    }
    response = staff_client.post(f"{CHANGELIST}{consultation.pk}/change/", data)
    assert response.status_code == 200  # the end before the start is refused
    assert "Koniec musi być późniejszy niż początek." in response.content.decode()
    data["schedule_items-0-ends_at_1"] = "19:00:00"
    response = staff_client.post(f"{CHANGELIST}{consultation.pk}/change/", data)
    assert response.status_code == 302
    assert consultation.schedule_items.get().title == "Spotkanie otwarte"


def test_the_admin_refuses_a_consultation_for_no_district(staff_client):
    consultation = make_consultation(whole_city=True)
    response = staff_client.post(
        f"{CHANGELIST}{consultation.pk}/change/",
        admin_form(consultation, whole_city="", districts=[]),
    )
    assert response.status_code == 200
    assert "Prosimy wybrać dzielnice albo zaznaczyć" in response.content.decode()


def test_staff_cannot_delete_consultations(staff_client):
    consultation = make_consultation(published=False)
    staff_client.post(f"{CHANGELIST}{consultation.pk}/delete/", {"post": "yes"})
    assert Consultation.objects.filter(pk=consultation.pk).exists()


def test_the_list_filters_drafts_and_published(staff_client):
    make_consultation("Opublikowane")
    make_consultation("Szkic", published=False)
    drafts = staff_client.get(f"{CHANGELIST}?publikacja=szkice").content.decode()
    assert "Szkic" in drafts and "Opublikowane</a>" not in drafts
    published = staff_client.get(f"{CHANGELIST}?publikacja=opublikowane").content.decode()
    assert "Opublikowane</a>" in published
