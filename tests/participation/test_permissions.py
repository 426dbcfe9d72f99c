"""Who may do what in the discussion: every role × every action × every phase.

Each case asks the portal through its pages (or, for dispositions, the service the admin
calls) and checks the one right answer: done, refused with 403, or sent to log in.
"""

from datetime import timedelta

import pytest
from freezegun import freeze_time

from participation.models import REMARKS_METHOD, Comment, Disposition, OfficialAnswer, Remark
from participation.services import ParticipationRefused, disposition_record
from tests.conftest import make_user, with_second_factor
from tests.consultations.conftest import NOW
from tests.participation.conftest import discussion_consultation, joined

pytestmark = pytest.mark.django_db

ROLES = [
    "anonymous",
    "unverified",
    "resident",
    "blocked",
    "owning_staff",
    "other_staff",
    "moderator",
]
PHASES = ["before", "during", "after"]

# What each role may do in each phase; everything else is refused.
ALLOWED = {
    "comment": {("resident", "during"), ("other_staff", "during"), ("moderator", "during")},
    "reply": {("resident", "during"), ("other_staff", "during"), ("moderator", "during")},
    "edit": {("resident", "during"), ("other_staff", "during"), ("moderator", "during")},
    "withdraw": {
        (role, "during")
        for role in [
            "unverified",
            "resident",
            "blocked",
            "owning_staff",
            "other_staff",
            "moderator",
        ]
    },
    "report": {
        (role, phase)
        for role in ["resident", "blocked", "owning_staff", "other_staff", "moderator"]
        for phase in ["during", "after"]
    },
    "moderate": {("moderator", phase) for phase in PHASES},
    "answer": {("owning_staff", "during"), ("owning_staff", "after")},
    "disposition": {("owning_staff", "during"), ("owning_staff", "after")},
}


@pytest.fixture
def people(
    resident,
    outsider,
    department_staff,
    other_department_staff,
    moderator,
    django_user_model,
):
    blocked = make_user(django_user_model, "zablokowana@example.com")
    users = {
        "unverified": outsider,
        "resident": resident,
        "blocked": blocked,
        "owning_staff": with_second_factor(department_staff),
        "other_staff": with_second_factor(other_department_staff),
        "moderator": moderator,
    }
    for role, user in users.items():
        participant = joined(user, f"Osoba {role}").participant
        if role == "blocked":
            participant.blocked_until = NOW + timedelta(days=3)
            participant.save()
    users["anonymous"] = None
    users["author"] = joined(make_user(django_user_model, "autorka@example.com"), "Autorka")
    return users


def _comment(consultation, author, *, minutes_ago=1):
    return Comment.objects.create(
        consultation=consultation,
        author=author,
        shown_name=author.participant.display_name,
        text="Komentarz do sprawdzenia.",
        created_at=NOW - timedelta(minutes=minutes_ago),
    )


def _attempt(action, client, user, consultation, others_comment):
    """Do the action; return True when it was done, False when refused (checked strictly)."""
    base = f"/konsultacje/{consultation.slug}/komentarze"
    if action == "disposition":
        if user is None:
            return False
        try:
            disposition_record(
                author=user,
                comment=others_comment,
                position=Disposition.Position.ACCEPTED,
                justification="Uwzględniamy.",
                now=NOW,
            )
        except ParticipationRefused:
            return False
        return True
    target = others_comment
    if action in {"edit", "withdraw"} and user is not None:
        target = _comment(consultation, user)
    before = {
        "comments": Comment.objects.count(),
        "answers": OfficialAnswer.objects.count(),
    }
    url, data = {
        "comment": (f"{base}/dodaj/", {"text": "Mój komentarz."}),
        "reply": (f"{base}/{target.pk}/odpowiedz/", {"text": "Moja odpowiedź."}),
        "edit": (f"{base}/{target.pk}/zmien/", {"text": "Poprawiony tekst."}),
        "withdraw": (f"{base}/{target.pk}/wycofaj/", {}),
        "report": (f"{base}/{target.pk}/zglos/", {"reason": "obrazliwy"}),
        "moderate": (
            f"/moderacja/komentarze/{target.pk}/",
            {"action": "ukryj", "ukryj-reason": "Wulgaryzmy."},
        ),
        "answer": (f"{base}/{target.pk}/odpowiedz-urzedu/", {"text": "Odpowiadamy."}),
    }[action]
    response = client.post(url, data)
    if user is None:
        assert response.status_code == 302
        assert response["Location"].startswith("/konto/login/")
        return False
    if response.status_code == 403:
        return False
    assert response.status_code == 302, (action, response.status_code)
    target.refresh_from_db()
    done = {
        "comment": Comment.objects.count() == before["comments"] + 1,
        "reply": Comment.objects.count() == before["comments"] + 1,
        "edit": target.text == "Poprawiony tekst.",
        "withdraw": target.withdrawn_at is not None,
        "report": target.reports.filter(reporter=user).exists(),
        "moderate": target.state == Comment.State.HIDDEN,
        "answer": OfficialAnswer.objects.count() == before["answers"] + 1,
    }[action]
    assert done, action
    return True


@pytest.mark.parametrize("phase", PHASES)
@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", list(ALLOWED))
def test_permission_matrix(action, role, phase, people, client):
    consultation = discussion_consultation(phase=phase)
    others_comment = _comment(consultation, people["author"])
    user = people[role]
    if user is not None:
        client.force_login(user)
    with freeze_time(NOW):
        done = _attempt(action, client, user, consultation, others_comment)
    assert done == ((role, phase) in ALLOWED[action])


def test_a_consultation_without_the_comments_form_has_no_discussion(client, resident):
    consultation = discussion_consultation(methods=("ankieta",))
    joined(resident)
    client.force_login(resident)
    with freeze_time(NOW):
        page = client.get(consultation.get_absolute_url()).content.decode()
        response = client.post(
            f"/konsultacje/{consultation.slug}/komentarze/dodaj/", {"text": "Komentarz."}
        )
    assert 'id="dyskusja"' not in page
    assert response.status_code == 403
    assert not Comment.objects.exists()


def test_a_draft_consultation_takes_no_comments(client, resident):
    consultation = discussion_consultation(published=False)
    joined(resident)
    client.force_login(resident)
    with freeze_time(NOW):
        response = client.post(
            f"/konsultacje/{consultation.slug}/komentarze/dodaj/", {"text": "Komentarz."}
        )
    assert response.status_code == 404


# --- Remarks on the form ----------------------------------------------------------------------

# A block keeps a person out of the discussion, not from filing a remark (permissions.py says
# why); the owning department enters remarks received on paper in the admin instead.
REMARK_ALLOWED = {
    ("resident", "during"),
    ("blocked", "during"),
    ("other_staff", "during"),
    ("moderator", "during"),
}


@pytest.mark.parametrize("phase", PHASES)
@pytest.mark.parametrize("role", ROLES)
def test_remark_form_permission_matrix(role, phase, people, client):
    consultation = discussion_consultation(phase=phase, methods=(REMARKS_METHOD,))
    user = people[role]
    if user is not None:
        client.force_login(user)
    url = f"/konsultacje/{consultation.slug}/uwagi/zglos/"
    with freeze_time(NOW):
        page = client.get(url)
        response = client.post(url, {"content": "Moja uwaga."})
    if user is None:
        for answer in [page, response]:
            assert answer.status_code == 302
            assert answer["Location"].startswith("/konto/login/")
        assert not Remark.objects.exists()
        return
    allowed = (role, phase) in REMARK_ALLOWED
    assert page.status_code == (200 if allowed else 403)
    assert ('name="content"' in page.content.decode()) == allowed
    assert response.status_code == (302 if allowed else 403)
    assert Remark.objects.filter(content="Moja uwaga.").exists() == allowed
