"""The minimum duration counts the time residents really get: from publication or start."""

import pytest
from freezegun import freeze_time

from consultations.models import Consultation
from tests.consultations.conftest import DAY, NOW, make_consultation
from tests.consultations.test_permissions import admin_form

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/consultations/consultation/"
SHORT_FROM_PUBLICATION = (
    "Opublikowane ogłoszenie musi pozostać pełne. "
    "Konsultacje trwają krócej niż 14 dni, licząc od publikacji: "
    "prosimy podać uzasadnienie krótszego terminu i przepis, który pozwala skrócić termin."
)


@pytest.fixture(autouse=True)
def frozen():
    with freeze_time(NOW):
        yield


def moved(consultation, **dates):
    """The admin form of the consultation with new dates, in the city's time."""
    changes = {}
    for name, moment in dates.items():
        local = moment.astimezone(NOW.tzinfo)
        changes[f"{name}_0"] = local.strftime("%Y-%m-%d")
        changes[f"{name}_1"] = local.strftime("%H:%M:%S")
    return admin_form(consultation, **changes)


def save(client, consultation, data):
    return client.post(f"{CHANGELIST}{consultation.pk}/change/", data)


def test_moving_the_start_of_a_published_consultation_back_does_not_hide_a_shorter_end(
    staff_client,
):
    # Published six days ago for 14 days from tomorrow. On paper 25 days after the change,
    # but residents have had it only since publication: eleven days in all.
    consultation = make_consultation(starts_at=NOW + DAY, ends_at=NOW + 15 * DAY)
    assert consultation.published_at == NOW - 6 * DAY
    response = save(
        staff_client,
        consultation,
        moved(consultation, starts_at=NOW - 20 * DAY, ends_at=NOW + 5 * DAY),
    )
    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors() == [SHORT_FROM_PUBLICATION]
    unchanged = Consultation.objects.get(pk=consultation.pk)
    assert (unchanged.starts_at, unchanged.ends_at) == (NOW + DAY, NOW + 15 * DAY)


def test_postponing_the_start_of_a_published_consultation_is_refused(staff_client):
    consultation = make_consultation(starts_at=NOW + DAY, ends_at=NOW + 15 * DAY)
    response = save(staff_client, consultation, moved(consultation, starts_at=NOW + 10 * DAY))
    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors() == [
        "Opublikowane ogłoszenie musi pozostać pełne. Konsultacje trwają krócej niż 14 dni: "
        "prosimy podać uzasadnienie krótszego terminu i przepis, który pozwala skrócić termin."
    ]
    assert Consultation.objects.get(pk=consultation.pk).starts_at == NOW + DAY


def test_moving_the_end_of_a_running_consultation_earlier_is_refused(staff_client):
    consultation = make_consultation(starts_at=NOW - 10 * DAY, ends_at=NOW + 20 * DAY)
    response = save(staff_client, consultation, moved(consultation, ends_at=NOW + 3 * DAY))
    assert response.status_code == 200
    assert response.context["adminform"].form.non_field_errors() == [
        "Opublikowane ogłoszenie musi pozostać pełne. Konsultacje trwają krócej niż 14 dni: "
        "prosimy podać uzasadnienie krótszego terminu i przepis, który pozwala skrócić termin."
    ]
    assert Consultation.objects.get(pk=consultation.pk).ends_at == NOW + 20 * DAY


def test_a_shorter_period_is_saved_with_its_reason_and_provision(staff_client):
    consultation = make_consultation(starts_at=NOW + DAY, ends_at=NOW + 15 * DAY)
    data = moved(consultation, starts_at=NOW - 20 * DAY, ends_at=NOW + 5 * DAY) | {
        "duration_justification": "Termin wyznacza ustawa, która wchodzi w życie za tydzień.",
        "duration_provision": "art. 6 ust. 3 ustawy o rewitalizacji",
    }
    assert save(staff_client, consultation, data).status_code == 302
    saved = Consultation.objects.get(pk=consultation.pk)
    assert saved.ends_at == NOW + 5 * DAY
    assert saved.duration_provision == "art. 6 ust. 3 ustawy o rewitalizacji"


def test_moving_only_the_start_back_takes_nothing_from_residents(staff_client):
    consultation = make_consultation(starts_at=NOW + DAY, ends_at=NOW + 20 * DAY)
    response = save(staff_client, consultation, moved(consultation, starts_at=NOW - 5 * DAY))
    assert response.status_code == 302
    assert Consultation.objects.get(pk=consultation.pk).starts_at == NOW - 5 * DAY


def test_the_publish_action_measures_a_past_start_from_publication(staff_client):
    draft = make_consultation(published=False, starts_at=NOW - 20 * DAY, ends_at=NOW + 10 * DAY)
    html = staff_client.post(
        CHANGELIST,
        {"action": "publish", "_selected_action": [draft.pk], "index": 0},
        follow=True,
    ).content.decode()
    assert (
        f"„{draft.title}” – nie opublikowano. Konsultacje trwają krócej niż 14 dni, licząc od "
        "publikacji: prosimy podać uzasadnienie krótszego terminu i przepis, który pozwala "
        "skrócić termin."
    ) in html
    assert not Consultation.objects.get(pk=draft.pk).is_published
