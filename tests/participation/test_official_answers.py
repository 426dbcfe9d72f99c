"""The department answers in its name; the answer comes first under the comment."""

import pytest
from freezegun import freeze_time

from tests.conftest import with_second_factor
from tests.consultations.conftest import NOW
from tests.participation.conftest import post

pytestmark = pytest.mark.django_db


def test_the_answer_is_listed_first_and_named_for_screen_readers(
    client, consultation, joined_resident, other_resident, department_staff
):
    comment = post(joined_resident, consultation, text="Kiedy budowa?")
    post(other_resident, consultation, parent=comment, text="Też pytam.")
    client.force_login(with_second_factor(department_staff))
    with freeze_time(NOW):
        response = client.post(
            f"/konsultacje/{consultation.slug}/komentarze/{comment.pk}/odpowiedz-urzedu/",
            {"text": "Budowa ruszy w maju."},
        )
        assert response.status_code == 302
        client.logout()
        html = client.get(consultation.get_absolute_url()).content.decode()
    heading = (
        '<span class="visually-hidden">Odpowiedź urzędu. </span>'
        "Odpowiedź: Wydział Inwestycji i Zamówień Publicznych"
    )
    assert heading in html
    assert html.index("Kiedy budowa?") < html.index(heading) < html.index("Też pytam.")


def test_staff_without_the_second_factor_are_sent_to_set_it_up(
    client, consultation, joined_resident, department_staff
):
    comment = post(joined_resident, consultation)
    client.force_login(department_staff)
    with freeze_time(NOW):
        response = client.get(
            f"/konsultacje/{consultation.slug}/komentarze/{comment.pk}/odpowiedz-urzedu/"
        )
    assert response.status_code == 302
    assert "/konto/" in response["Location"]
