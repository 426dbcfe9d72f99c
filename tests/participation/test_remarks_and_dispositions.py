"""Remarks numbered per consultation without gaps or repeats; dispositions shown only once
the results are published; remark authors' data never on a public page."""

import threading
from datetime import date

import pytest
from django.db import connection, connections
from freezegun import freeze_time

from participation.models import Disposition, Remark
from participation.services import disposition_record, remark_add
from tests.consultations.conftest import NOW
from tests.participation.conftest import discussion_consultation, post

pytestmark = pytest.mark.django_db

PAPER = {"channel": Remark.Channel.PAPER, "received_on": date(2026, 3, 9), "content": "Uwaga."}


def test_remarks_are_numbered_per_consultation(consultation):
    other = discussion_consultation("Inne")
    numbers = [remark_add(consultation=consultation, **PAPER).number for _ in range(3)]
    assert numbers == [1, 2, 3]
    assert remark_add(consultation=other, **PAPER).number == 1
    assert str(Remark.objects.get(consultation=consultation, number=2)) == "Uwaga nr 2"


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(connection.vendor != "postgresql", reason="row locks need PostgreSQL")
def test_remarks_arriving_at_once_get_consecutive_numbers():
    consultation = discussion_consultation()
    barrier = threading.Barrier(8)
    errors = []

    def file_remark():
        try:
            barrier.wait()
            remark_add(consultation=consultation, **PAPER)
        except Exception as error:
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=file_remark) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    numbers = sorted(
        Remark.objects.filter(consultation=consultation).values_list("number", flat=True)
    )
    assert numbers == list(range(1, 9))


def test_a_disposition_appears_under_the_comment_only_once_results_are_published(
    client, joined_resident, department_staff
):
    consultation = discussion_consultation(phase="after")
    comment = post(joined_resident, consultation, text="Więcej ławek.", now=consultation.starts_at)
    disposition_record(
        author=department_staff,
        comment=comment,
        position=Disposition.Position.PARTLY,
        justification="Dodamy cztery ławki.",
        now=NOW,
    )
    with freeze_time(NOW):
        before = client.get(consultation.get_absolute_url()).content.decode()
        consultation.results_published_at = NOW
        consultation.results_summary = "<p>Wyniki.</p>"
        consultation.save()
        after = client.get(consultation.get_absolute_url()).content.decode()
    assert "Dodamy cztery ławki." not in before
    assert "Stanowisko jednostki: uwzględniona częściowo." in after
    assert "Dodamy cztery ławki." in after


def test_staff_of_another_department_cannot_record_a_disposition(
    joined_resident, other_department_staff, consultation
):
    from participation.services import ParticipationRefused

    comment = post(joined_resident, consultation)
    with pytest.raises(ParticipationRefused):
        disposition_record(
            author=other_department_staff,
            comment=comment,
            position=Disposition.Position.REJECTED,
            justification="Nie.",
            now=NOW,
        )
    assert not Disposition.objects.exists()
