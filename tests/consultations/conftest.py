"""Consultations in every phase, made at fixed moments, and the people who run them."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils.text import slugify

from consultations.models import Category, Consultation, Department, Method
from consultations.services import department_member_add
from districts.models import District
from tests.conftest import make_user, with_second_factor

WARSAW = ZoneInfo("Europe/Warsaw")
# Every test that freezes time freezes it here: a Tuesday at noon in Częstochowa.
NOW = datetime(2026, 3, 10, 12, 0, tzinfo=WARSAW)
DAY = timedelta(days=1)

COMPLETE = {
    "summary": "Krótki opis dla listy.",
    "subject": "<p>Projekt uchwały.</p>",
    "purpose": "<p>Poznanie opinii mieszkańców.</p>",
    "legal_basis": "<p>Uchwała Nr 715/LXII/2010 Rady Miasta Częstochowy.</p>",
    "remarks_how": "<p>E-mailem lub w Kancelarii Urzędu, pok. 3.</p>",
    "contact_name": "Jan Nowak",
    "contact_email": "jan.nowak@czestochowa.um.gov.pl",
    "contact_phone": "34 370 71 00",
    "order_number": "2638.2026",
    "order_date": date(2026, 2, 2),
    "bip_url": "https://bip.czestochowa.pl/artykuly/12345/zarzadzenie-nr-2638-2026",
}


def make_consultation(
    title="Konsultacje",
    *,
    slug=None,
    department="IZ",
    category="transport",
    starts_at=NOW - DAY,
    ends_at=NOW + 20 * DAY,
    published=True,
    whole_city=True,
    districts=(),
    methods=("ankieta",),
    results=False,
    **fields,
):
    """A consultation with a complete announcement; published unless told otherwise."""
    values = COMPLETE | {"results_summary": "<p>Wyniki.</p>" if results else ""} | fields
    consultation = Consultation.objects.create(
        title=title,
        slug=slug or f"{slugify(title)}-{Consultation.objects.count() + 1}",
        department=Department.objects.get(code=department),
        category=Category.objects.get(slug=category),
        starts_at=starts_at,
        ends_at=ends_at,
        whole_city=whole_city,
        published_at=(starts_at - 7 * DAY) if published else None,
        results_published_at=(ends_at + DAY) if results else None,
        **values,
    )
    if districts:
        consultation.districts.set(District.objects.filter(slug__in=districts))
    consultation.methods.set(Method.objects.filter(slug__in=methods))
    return consultation


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def other_department_staff(django_user_model):
    """Works for MZD, not for IZ."""
    user = make_user(django_user_model, "pracownik.mzd@example.com")
    department_member_add(user=user, department=Department.objects.get(code="MZD"))
    return user


@pytest.fixture
def staff_client(client, department_staff):
    """A clerk of IZ in the admin, with the second factor passed."""
    client.force_login(with_second_factor(department_staff))
    return client
