"""The consultation admin reads Polish amounts, puts date errors beside their dates and checks
telephone numbers; amounts are shown with Polish separators in the admin and to residents."""

import re
from decimal import Decimal

import pytest
from freezegun import freeze_time

from common.amounts import MESSAGES
from common.phones import PHONE_MESSAGES
from consultations.models import ENDS_AFTER_START, ITEM_ENDS_AFTER_START, Consultation
from tests.consultations.conftest import NOW, make_consultation
from tests.consultations.test_permissions import admin_form

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/consultations/consultation/"
NBSP = "\u00a0"


def investment(**fields):
    return make_consultation(
        "Przebudowa ul. Okulickiego",
        category="inwestycje",
        location="ul. Okulickiego",
        estimated_cost=fields.pop("estimated_cost", Decimal("100")),
        **fields,
    )


def save(client, consultation, **changes):
    """The change form sent back as it came, with the changes typed into it."""
    cost = consultation.estimated_cost
    kept = {
        "location": consultation.location,
        "estimated_cost": "" if cost is None else str(cost).replace(".", ","),
    }
    with freeze_time(NOW):
        return client.post(
            f"{CHANGELIST}{consultation.pk}/change/", admin_form(consultation, **kept | changes)
        )


def errors_beside(html, name):
    """The messages of the field's own error list, which the admin prints right before the
    field: the next box after the list must be the field's (its first, for a date and time)."""
    found = re.search(
        rf'<ul class="errorlist" id="id_{re.escape(name)}_error">(.*?)</ul>'
        rf"(?:(?!<input|<textarea|<select).)*<(?:input|textarea|select)[^>]*"
        rf'name="{re.escape(name)}(?:_0)?"',
        html,
        re.S,
    )
    return re.findall(r"<li>(.*?)</li>", found.group(1)) if found else []


def box(html, name):
    """The field's own text box as rendered."""
    return re.search(rf'<input [^>]*name="{re.escape(name)}"[^>]*>', html).group(0)


def non_field_errors(html):
    return re.findall(r'<ul class="errorlist nonfield">(.*?)</ul>', html, re.S)


# --- amounts ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("250000,00", "250000.00"),  # the trial's input, saved as 25 000 000 before
        ("250 000,00", "250000.00"),
        ("250000,5", "250000.50"),
        ("250 000 zł", "250000.00"),
        (f"250{NBSP}000,00{NBSP}zł", "250000.00"),
        ("1.250.000,00", "1250000.00"),
    ],
)
def test_the_admin_stores_a_polish_amount_as_typed_never_a_hundred_times_more(
    staff_client, typed, stored
):
    consultation = investment()
    response = save(staff_client, consultation, estimated_cost=typed)
    assert response.status_code == 302
    consultation.refresh_from_db()
    assert consultation.estimated_cost == Decimal(stored)


@pytest.mark.parametrize(
    ("typed", "code"),
    [("250.000", "ambiguous_dot"), ("250,000", "many_decimals"), ("ćwierć miliona", "not_digits")],
)
def test_an_amount_the_admin_cannot_read_is_refused_beside_the_field_and_kept(
    staff_client, typed, code
):
    consultation = investment(estimated_cost=Decimal("100"))
    response = save(staff_client, consultation, title="Zmieniony tytuł", estimated_cost=typed)
    assert response.status_code == 200
    html = response.content.decode()
    assert errors_beside(html, "estimated_cost") == [MESSAGES[code]]
    assert f'value="{typed}"' in box(html, "estimated_cost")
    consultation.refresh_from_db()
    assert (consultation.title, consultation.estimated_cost) == (
        "Przebudowa ul. Okulickiego",
        Decimal("100.00"),
    )


def test_the_cost_box_is_a_text_box_showing_the_stored_amount_the_polish_way(staff_client):
    consultation = investment(estimated_cost=Decimal("250000"))
    html = staff_client.get(f"{CHANGELIST}{consultation.pk}/change/").content.decode()
    cost = box(html, "estimated_cost")
    assert 'type="text"' in cost  # a number box in Chromium turns „250000,00” into 25000000
    assert 'inputmode="decimal"' in cost
    assert f'value="250{NBSP}000,00"' in cost
    # Saved again untouched, it stays the same amount.
    assert save(staff_client, consultation, estimated_cost=f"250{NBSP}000,00").status_code == 302
    consultation.refresh_from_db()
    assert consultation.estimated_cost == Decimal("250000.00")


def test_the_admin_list_shows_the_cost_with_polish_separators(staff_client):
    investment(estimated_cost=Decimal("18500000"))
    make_consultation("Bez kosztu")
    html = staff_client.get(CHANGELIST).content.decode()
    assert f'<td class="field-cost">18{NBSP}500{NBSP}000,00{NBSP}zł</td>' in html
    assert '<td class="field-cost">–</td>' in html


def test_residents_see_the_cost_with_polish_separators_that_do_not_break(client):
    consultation = investment(estimated_cost=Decimal("2400000.50"))
    html = client.get(consultation.get_absolute_url()).content.decode()
    assert f"<dd>2{NBSP}400{NBSP}000,50{NBSP}zł</dd>" in html


# --- dates --------------------------------------------------------------------------------


def test_an_end_before_the_start_is_said_beside_the_end_not_only_at_the_top(staff_client):
    consultation = make_consultation()
    response = save(staff_client, consultation, ends_at_0="2026-03-01")
    assert response.status_code == 200
    html = response.content.decode()
    assert errors_beside(html, "ends_at") == [ENDS_AFTER_START]
    assert not any(ENDS_AFTER_START in errors for errors in non_field_errors(html))
    assert 'value="2026-03-01"' in box(html, "ends_at_0")
    # A screen reader hears the message with the date and with the time.
    assert 'aria-describedby="id_ends_at_error"' in box(html, "ends_at_0")
    assert 'aria-describedby="id_ends_at_error"' in box(html, "ends_at_1")


def test_a_date_without_its_time_is_said_beside_the_field(staff_client):
    consultation = make_consultation()
    response = save(staff_client, consultation, starts_at_1="")
    assert response.status_code == 200
    assert errors_beside(response.content.decode(), "starts_at") == [
        "Prosimy podać datę i godzinę."
    ]


@pytest.mark.parametrize(
    ("date", "time", "message"),
    [
        ("32.03.2026", "12:00", "Prosimy podać istniejącą datę, np. 20.03.2026."),
        ("20.03.2026", "25:00", "Prosimy podać godzinę i minuty, np. 17:00."),
    ],
)
def test_a_wrong_date_or_time_is_said_beside_the_field_with_an_example(
    staff_client, date, time, message
):
    consultation = make_consultation()
    response = save(staff_client, consultation, starts_at_0=date, starts_at_1=time)
    assert errors_beside(response.content.decode(), "starts_at") == [message]


def test_a_realisation_ending_before_it_starts_is_said_beside_its_end(staff_client):
    consultation = investment()
    response = save(
        staff_client,
        consultation,
        realisation_starts_on="2027-06-01",
        realisation_ends_on="2027-05-01",
    )
    assert errors_beside(response.content.decode(), "realisation_ends_on") == [
        "Koniec realizacji nie może być wcześniejszy niż jej początek."
    ]


def test_a_schedule_item_ending_before_it_starts_is_said_beside_its_end(staff_client):
    consultation = make_consultation()
    data = admin_form(consultation) | {
        "schedule_items-TOTAL_FORMS": "1",
        "schedule_items-0-kind": "spotkanie",
        "schedule_items-0-title": "Spotkanie otwarte",
        "schedule_items-0-starts_at_0": "2026-03-20",
        "schedule_items-0-starts_at_1": "17:00:00",
        "schedule_items-0-ends_at_0": "2026-03-20",
        "schedule_items-0-ends_at_1": "16:00:00",
    }
    with freeze_time(NOW):
        response = staff_client.post(f"{CHANGELIST}{consultation.pk}/change/", data)
    html = response.content.decode()
    assert errors_beside(html, "schedule_items-0-ends_at") == [ITEM_ENDS_AFTER_START]
    assert not any(ITEM_ENDS_AFTER_START in errors for errors in non_field_errors(html))
    assert not consultation.schedule_items.exists()


# --- telephone numbers --------------------------------------------------------------------


def test_the_contact_phone_is_stored_in_groups(staff_client):
    consultation = make_consultation()
    assert save(staff_client, consultation, contact_phone="343707100").status_code == 302
    assert Consultation.objects.get(pk=consultation.pk).contact_phone == "34 370 71 00"


@pytest.mark.parametrize(
    ("typed", "code"),
    [("3437071", "phone_digits"), ("tel. 34 370 71 00", "phone_characters")],
)
def test_a_wrong_contact_phone_is_refused_beside_the_field_in_polish(staff_client, typed, code):
    consultation = make_consultation()
    response = save(staff_client, consultation, contact_phone=typed)
    assert response.status_code == 200
    html = response.content.decode()
    assert errors_beside(html, "contact_phone") == [PHONE_MESSAGES[code]]
    assert 'type="tel"' in box(html, "contact_phone")
    assert Consultation.objects.get(pk=consultation.pk).contact_phone == "34 370 71 00"
