"""The page of a consultation costs the same number of queries for 2 comments and for
2,000, rendered from the database or served from the page stored for everyone."""

import pytest
from freezegun import freeze_time

from participation.models import Comment, OfficialAnswer
from tests.consultations.conftest import NOW
from tests.participation.conftest import add_draft

pytestmark = pytest.mark.django_db

# Rendered from the database: the consultation page (6 of its own, the department list among
# them), the discussion (its draft's units, the count, a page of comments, their replies and
# the official answers of both: 6), the number of remarks (1) and its surveys (1). A
# signed-in resident adds the user, the news-panel check of the header and who they are in
# the discussion (one
# query; which comments they reported is asked only of someone who ever reported one).
RENDERED = {"anonymous": 14, "resident": 17}
# Served from the stored page: nothing for an anonymous visitor; for a resident the user, the
# news-panel check and who they are.
STORED = {"anonymous": 0, "resident": 3}


def _comments(consultation, units, author, staff, count):
    tops = Comment.objects.bulk_create(
        Comment(
            consultation=consultation,
            author=author,
            shown_name="Maria",
            text=f"Komentarz {number} https://example.com",
            unit=units[number % len(units)],
            created_at=NOW,
        )
        for number in range(count)
    )
    Comment.objects.bulk_create(
        Comment(
            consultation=consultation,
            parent=top,
            author=author,
            shown_name="Maria",
            text="Odpowiedź",
            created_at=NOW,
        )
        for top in tops
    )
    OfficialAnswer.objects.bulk_create(
        OfficialAnswer(
            comment=top,
            department=consultation.department,
            author=staff,
            text="Urząd",
            created_at=NOW,
        )
        for top in tops
    )


@pytest.mark.parametrize("stored", [False, True], ids=["rendered", "stored"])
@pytest.mark.parametrize("visitor", ["anonymous", "resident"])
def test_the_query_count_does_not_grow_with_the_comments(
    client,
    settings,
    consultation,
    joined_resident,
    department_staff,
    visitor,
    stored,
    django_assert_num_queries,
):
    settings.CONSULTATION_PAGE_CACHE_SECONDS = 300 if stored else 0
    if visitor == "resident":
        client.force_login(joined_resident)
    units = list(add_draft(consultation).units.all())
    expected = (STORED if stored else RENDERED)[visitor]
    with freeze_time(NOW):
        for count, page in [(2, ""), (1998, "?strona=50")]:
            _comments(consultation, units, joined_resident, department_staff, count)
            url = consultation.get_absolute_url() + page
            client.get(url)  # stores the page, where pages are stored
            with django_assert_num_queries(expected):
                html = client.get(url).content.decode()
    assert html.count('<article class="comment"') == 2 * 20  # a page of 20, with replies
    assert "strona 50 z 100" in html
