"""A duty hour that ends before it starts is refused beside its end, not above the form."""

import pytest

from districts.models import DUTY_ENDS_AFTER_START, District
from tests.adminform import change_form_data
from tests.conftest import with_second_factor
from tests.consultations.test_admin_amounts_dates_phones import errors_beside, non_field_errors

pytestmark = pytest.mark.django_db


def test_a_duty_hour_ending_before_it_starts_is_said_beside_its_end(client, superuser):
    client.force_login(with_second_factor(superuser))
    bleszno = District.objects.get(slug="bleszno")
    url = f"/admin/districts/district/{bleszno.pk}/change/"
    data = change_form_data(client.get(url).content.decode(), "district_form")
    data |= {
        "duty_hours-TOTAL_FORMS": "1",
        "duty_hours-0-weekday": "1",
        "duty_hours-0-starts_at": "17:00",
        "duty_hours-0-ends_at": "16:00",
        "duty_hours-0-district": bleszno.pk,
    }
    response = client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert errors_beside(html, "duty_hours-0-ends_at") == [DUTY_ENDS_AFTER_START]
    assert not any(DUTY_ENDS_AFTER_START in errors for errors in non_field_errors(html))
    assert not bleszno.duty_hours.exists()


def test_the_council_phone_is_checked_and_stored_in_groups(client, superuser):
    client.force_login(with_second_factor(superuser))
    bleszno = District.objects.get(slug="bleszno")
    url = f"/admin/districts/district/{bleszno.pk}/change/"
    data = change_form_data(client.get(url).content.decode(), "district_form")
    response = client.post(url, data | {"phone": "34 370 12"})
    assert "Polski numer telefonu ma dziewięć cyfr" in response.content.decode()
    assert client.post(url, data | {"phone": "343701234"}).status_code == 302
    assert District.objects.get(pk=bleszno.pk).phone == "34 370 12 34"
