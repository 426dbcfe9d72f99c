"""The page of a consultation costs the same number of queries for 2 comments and for 50."""

import pytest
from freezegun import freeze_time

from participation.models import Comment, OfficialAnswer
from tests.consultations.conftest import NOW
from tests.participation.conftest import add_draft

pytestmark = pytest.mark.django_db

# The consultation page (6 of its own, the department list among them), the discussion (its
# draft's units, the count, a page of comments, their replies and the official answers of
# both: 6) and the number of remarks (1). A signed-in resident adds the user, the news-panel
# check of the header, who they are in the discussion (2) and which comments they reported.
QUERIES = {"anonymous": 13, "resident": 18}


def _comments(consultation, units, author, staff, count):
    for number in range(count):
        top = Comment.objects.create(
            consultation=consultation,
            author=author,
            shown_name="Maria",
            text=f"Komentarz {number} https://example.com",
            unit=units[number % len(units)],
            created_at=NOW,
        )
        Comment.objects.create(
            consultation=consultation,
            parent=top,
            author=author,
            shown_name="Maria",
            text="Odpowiedź",
            created_at=NOW,
        )
        OfficialAnswer.objects.create(
            comment=top,
            department=consultation.department,
            author=staff,
            text="Urząd",
            created_at=NOW,
        )


@pytest.mark.parametrize("visitor", ["anonymous", "resident"])
def test_the_query_count_does_not_grow_with_the_comments(
    client,
    settings,
    consultation,
    joined_resident,
    department_staff,
    visitor,
    django_assert_num_queries,
):
    settings.CONSULTATION_PAGE_CACHE_SECONDS = 0  # measure the rendering, not the store
    if visitor == "resident":
        client.force_login(joined_resident)
    units = list(add_draft(consultation).units.all())
    url = consultation.get_absolute_url()
    with freeze_time(NOW):
        _comments(consultation, units, joined_resident, department_staff, 2)
        with django_assert_num_queries(QUERIES[visitor]):
            client.get(url)
        _comments(consultation, units, joined_resident, department_staff, 48)
        with django_assert_num_queries(QUERIES[visitor]):
            html = client.get(url).content.decode()
    assert html.count('<article class="comment"') == 2 * 20  # a page of 20, with replies
