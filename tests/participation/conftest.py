"""Consultations with a discussion in every phase, a draft, and the people who take part."""

import pytest
from freezegun import freeze_time

from consultations.models import Method
from participation.models import COMMENTS_METHOD, REMARKS_METHOD, DraftDocument, Participant
from participation.services import comment_add, draft_document_split, participant_join
from tests.conftest import make_user
from tests.consultations.conftest import (  # noqa: F401 - fixtures shared with these tests
    DAY,
    NOW,
    make_consultation,
    other_department_staff,
)

DRAFT_TEXT = """Projekt
UCHWAŁA NR …/…/2026 RADY MIASTA CZĘSTOCHOWY
w sprawie zasad korzystania z placów zabaw

Rozdział 1
Przepisy ogólne

§ 1. Uchwała określa zasady korzystania z placów zabaw.
§ 2. 1. Plac zabaw jest otwarty codziennie.
2. Na placu zabaw zabrania się:
1) palenia tytoniu;
2) wprowadzania zwierząt, z wyjątkiem:
a) psów asystujących,
b) psów policyjnych;
3) jazdy na rowerze.

Rozdział 2
Przepisy końcowe

§ 3. Wykonanie uchwały powierza się Prezydentowi Miasta Częstochowy.
"""

PHASES = {
    # phase: (starts_at, ends_at) around the frozen NOW
    "before": (NOW + 2 * DAY, NOW + 30 * DAY),
    "during": (NOW - DAY, NOW + 20 * DAY),
    "after": (NOW - 30 * DAY, NOW - DAY),
}


def discussion_consultation(title="Place zabaw", *, phase="during", methods=None, **fields):
    starts_at, ends_at = PHASES[phase]
    return make_consultation(
        title,
        starts_at=starts_at,
        ends_at=ends_at,
        methods=methods or ("ankieta", COMMENTS_METHOD),
        **fields,
    )


def remarks_consultation(title="Statut parków", *, phase="during", **fields):
    """A consultation that takes remarks on the form (and no comments)."""
    return discussion_consultation(title, phase=phase, methods=(REMARKS_METHOD,), **fields)


def add_draft(consultation, text=DRAFT_TEXT):
    document = DraftDocument.objects.create(
        consultation=consultation, title="Projekt uchwały w sprawie placów zabaw", source=text
    )
    draft_document_split(document=document)
    return document


def joined(user, name="Maria z Rakowa"):
    participant_join(user=user, display_name=name, now=NOW - 10 * DAY)
    return user


def post(author, consultation, text="Dobry pomysł.", **kwargs):
    """A comment posted at the frozen moment (or `kwargs['now']`)."""
    kwargs.setdefault("now", NOW)
    with freeze_time(kwargs["now"]):
        return comment_add(author=author, consultation=consultation, text=text, **kwargs)


@pytest.fixture
def comments_method():
    return Method.objects.get(slug=COMMENTS_METHOD)


@pytest.fixture
def consultation():
    return discussion_consultation()


@pytest.fixture
def joined_resident(resident):
    return joined(resident)


@pytest.fixture
def other_resident(django_user_model):
    return joined(make_user(django_user_model, "sasiad@example.com"), "Sąsiad")


@pytest.fixture
def blocked_resident(django_user_model):
    user = joined(make_user(django_user_model, "zablokowany@example.com"), "Zablokowany")
    Participant.objects.filter(user=user).update(blocked_until=NOW + 5 * DAY)
    return user


@pytest.fixture(autouse=True)
def quick_password_hashing(settings):
    """Many people per test here; the hashing of their passwords is tested elsewhere."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
