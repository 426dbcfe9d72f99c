"""Pages stored once and filled for each visitor: whoever looks gets exactly the page the
portal would render for them alone, at a small number of queries that does not grow with
the discussion."""

import re
from datetime import timedelta

import pytest
from freezegun import freeze_time

from participation.models import Comment, OfficialAnswer
from participation.services import comment_report
from tests.conftest import make_user, with_second_factor
from tests.consultations.conftest import NOW
from tests.participation.conftest import add_draft, joined

pytestmark = pytest.mark.django_db

CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]+"')


@pytest.fixture(autouse=True)
def frozen():
    with freeze_time(NOW):
        yield


def discussion_with(consultation, author, others, staff, count, *, units=()):
    """`count` top-level comments, each with a reply and an official answer; the newest
    few by `others` (one of them reported) and written a minute ago (still editable)."""
    comments = []
    for number in range(count):
        writer = others[number % len(others)] if number % 3 else author
        top = Comment.objects.create(
            consultation=consultation,
            author=writer,
            shown_name=writer.participant.display_name,
            text=f"Komentarz {number} https://example.com",
            unit=units[number % len(units)] if units else None,
            created_at=NOW - timedelta(minutes=count - number),
        )
        Comment.objects.create(
            consultation=consultation,
            parent=top,
            author=others[0],
            shown_name="Sąsiad",
            text="Odpowiedź",
            created_at=NOW - timedelta(seconds=30),
        )
        OfficialAnswer.objects.create(
            comment=top, department=consultation.department, author=staff, text="Urząd"
        )
        comments.append(top)
    return comments


def same_page(html: str) -> str:
    """The page without its CSRF tokens (new for every form) and with whitespace evened."""
    return " ".join(CSRF.sub('name="csrfmiddlewaretoken" value=""', html).split())


@pytest.fixture
def people(
    resident, outsider, department_staff, other_department_staff, moderator, django_user_model
):
    blocked = joined(make_user(django_user_model, "zablokowana@example.com"), "Zablokowana")
    blocked.participant.blocked_until = NOW + timedelta(days=3)
    blocked.participant.save()
    return {
        "anonymous": None,
        "unverified": outsider,
        "resident": joined(resident),
        "blocked": blocked,
        "owning_staff": with_second_factor(department_staff),
        "other_staff": with_second_factor(other_department_staff),
        "moderator": joined(moderator, "Moderator"),
        "newcomer": make_user(django_user_model, "nowy@example.com"),
    }


@pytest.mark.parametrize(
    "role",
    [
        "anonymous",
        "unverified",
        "resident",
        "blocked",
        "owning_staff",
        "other_staff",
        "moderator",
        "newcomer",
    ],
)
@pytest.mark.parametrize("query", ["", "?jednostka=par-1", "?strona=2"])
def test_every_visitor_gets_the_page_they_would_get_without_the_store(
    client, settings, consultation, people, role, query, django_user_model
):
    units = list(add_draft(consultation).units.all())
    sasiad = joined(make_user(django_user_model, "sasiad@example.com"), "Sąsiad")
    comments = discussion_with(
        consultation,
        people["resident"],
        [sasiad, people["moderator"]],
        people["owning_staff"],
        25,
        units=units,
    )
    for reporter in [people["resident"], people["blocked"]]:
        comment_report(comment=comments[-3], reporter=reporter, reason="reklama", now=NOW)
    if people[role] is not None:
        client.force_login(people[role])
    url = consultation.get_absolute_url() + query
    settings.CONSULTATION_PAGE_CACHE_SECONDS = 0
    alone = client.get(url).content.decode()
    settings.CONSULTATION_PAGE_CACHE_SECONDS = 300
    client.get(url)  # stores the page for everyone
    stored = client.get(url).content.decode()
    assert same_page(stored) == same_page(alone)
    if role in {"resident", "moderator"} and not query:
        assert "Wycofaj" in stored and "csrfmiddlewaretoken" in stored


# The user (1) and whether they may write news, for the header's link (1); on the
# consultation's page also who they are in the discussion (1) and, for someone who has ever
# reported a comment, which of the page's comments (1). The page itself is stored: none of
# its own queries.
SIGNED_IN_LIST = 2
SIGNED_IN_DETAIL = 3


@pytest.mark.parametrize("has_reported", [False, True])
@pytest.mark.parametrize("count", [2, 60])
def test_a_signed_in_resident_gets_the_stored_page_at_a_fixed_number_of_queries(
    client,
    consultation,
    people,
    count,
    has_reported,
    django_user_model,
    django_assert_num_queries,
):
    sasiad = joined(make_user(django_user_model, "sasiad@example.com"), "Sąsiad")
    comments = discussion_with(
        consultation, people["resident"], [sasiad], people["owning_staff"], count
    )
    if has_reported:
        comment_report(comment=comments[1], reporter=people["resident"], reason="reklama")
    client.force_login(people["resident"])
    for url in [consultation.get_absolute_url(), "/konsultacje/"]:
        client.get(url)
    with django_assert_num_queries(SIGNED_IN_DETAIL + has_reported):
        html = client.get(consultation.get_absolute_url()).content.decode()
    assert "Wycofaj<span" in html and "Zgłoś moderatorom<span" in html
    with django_assert_num_queries(SIGNED_IN_LIST):
        assert "Wyloguj się" in client.get("/konsultacje/").content.decode()


def test_a_resident_sees_their_new_comment_and_the_message_at_once(
    client, consultation, people, django_capture_on_commit_callbacks
):
    resident, other = people["resident"], people["moderator"]
    client.force_login(resident)
    url = consultation.get_absolute_url()
    client.get(url)
    client.get(url)  # from the stored page
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/konsultacje/{consultation.slug}/komentarze/dodaj/", {"text": "Świeża myśl."}
        )
    page = client.get(response["Location"]).content.decode()
    assert "Dodano komentarz. Dziękujemy za udział w konsultacjach." in page
    assert "Świeża myśl." in page
    assert "Dodano komentarz" not in client.get(url).content.decode()  # shown once
    client.force_login(other)
    page = client.get(url).content.decode()
    assert "Świeża myśl." in page and "Zgłoś moderatorom<span" in page


def test_a_drafts_preview_is_rendered_for_its_department_alone(client, people):
    from tests.participation.conftest import discussion_consultation

    draft = discussion_consultation("Szkic", published=False)
    assert client.get(draft.get_absolute_url()).status_code == 404
    client.force_login(people["owning_staff"])
    page = client.get(draft.get_absolute_url())
    assert page.status_code == 200
    assert "Podgląd szkicu." in page.content.decode()
    client.force_login(people["resident"])
    assert client.get(draft.get_absolute_url()).status_code == 404
