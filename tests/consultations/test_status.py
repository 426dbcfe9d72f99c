"""The status follows from publication and dates: nothing has to run at midnight."""

import pytest
from freezegun import freeze_time

from consultations.models import Consultation, Status
from districts.models import District
from tests.consultations.conftest import DAY, NOW, make_consultation

pytestmark = pytest.mark.django_db

START = NOW
END = NOW + 14 * DAY


@pytest.mark.parametrize(
    ("moment", "status"),
    [
        (START - DAY, Status.PLANNED),
        (START - DAY / 86400, Status.PLANNED),  # a second before the start
        (START, Status.OPEN),
        (START + 7 * DAY, Status.OPEN),
        (END - DAY / 86400, Status.OPEN),
        (END, Status.CLOSED),
        (END + 30 * DAY, Status.CLOSED),
    ],
)
def test_status_before_during_and_after_the_dates(moment, status):
    consultation = make_consultation(starts_at=START, ends_at=END)
    assert consultation.status_at(moment) == status
    with freeze_time(moment):
        assert consultation.status == status
        assert set(Consultation.objects.in_status(status)) == {consultation}
        others = set(Status) - {status, Status.DRAFT}
        for other in others:
            assert not Consultation.objects.in_status(other).exists(), other


def test_a_draft_is_a_draft_whatever_the_dates():
    draft = make_consultation(starts_at=START, ends_at=END, published=False)
    for moment in [START - DAY, START + DAY, END + DAY]:
        assert draft.status_at(moment) == Status.DRAFT
        with freeze_time(moment):
            assert not Consultation.objects.published().exists()
            assert list(Consultation.objects.drafts()) == [draft]


def test_results_published_after_the_end_is_the_last_phase():
    consultation = make_consultation(starts_at=START, ends_at=END, results=True)
    with freeze_time(END + 5 * DAY):
        assert consultation.status == Status.RESULTS
        assert list(Consultation.objects.with_results()) == [consultation]
        assert not Consultation.objects.closed().exists()
        assert list(Consultation.objects.finished()) == [consultation]


def test_the_queryset_speaks_every_phase_at_once():
    with freeze_time(NOW):
        planned = make_consultation("P", starts_at=NOW + DAY, ends_at=NOW + 20 * DAY)
        running = make_consultation("O", starts_at=NOW - DAY, ends_at=NOW + 20 * DAY)
        closed = make_consultation("Z", starts_at=NOW - 30 * DAY, ends_at=NOW - DAY)
        with_results = make_consultation(
            "W", starts_at=NOW - 60 * DAY, ends_at=NOW - 40 * DAY, results=True
        )
        draft = make_consultation("S", published=False)
        assert list(Consultation.objects.planned()) == [planned]
        assert list(Consultation.objects.open()) == [running]
        assert list(Consultation.objects.closed()) == [closed]
        assert list(Consultation.objects.with_results()) == [with_results]
        assert draft not in Consultation.objects.published()


def test_whole_city_consultations_concern_every_district():
    bleszno = District.objects.get(slug="bleszno")
    rakow = District.objects.get(slug="rakow")
    city = make_consultation("Całe miasto", whole_city=True)
    local = make_consultation("Błeszno", whole_city=False, districts=["bleszno"])
    both = make_consultation("Dwie", whole_city=False, districts=["bleszno", "rakow"])
    assert set(Consultation.objects.in_district(bleszno)) == {city, local, both}
    assert set(Consultation.objects.in_district(rakow)) == {city, both}
    # no duplicates from the join
    assert Consultation.objects.in_district(bleszno).count() == 3


def test_the_database_refuses_an_end_before_the_start():
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        make_consultation(starts_at=NOW, ends_at=NOW - DAY)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_consultation(starts_at=NOW, ends_at=NOW)
