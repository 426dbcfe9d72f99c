"""Stored pages and the discussion: a comment refreshes the pages that show it, and
nothing personal of a signed-in visitor ever reaches an anonymous one."""

import pytest
from freezegun import freeze_time

from tests.consultations.conftest import NOW, make_consultation
from tests.participation.conftest import add_draft, post

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def frozen():
    with freeze_time(NOW):
        yield


def test_a_new_comment_shows_at_once_to_anonymous_visitors_and_the_rest_stays_stored(
    client,
    consultation,
    joined_resident,
    django_capture_on_commit_callbacks,
    django_assert_num_queries,
):
    add_draft(consultation)
    elsewhere = make_consultation("Inne konsultacje")
    url = consultation.get_absolute_url()
    draft_url = f"/konsultacje/{consultation.slug}/projekt/"
    for address in [url, draft_url, elsewhere.get_absolute_url(), "/konsultacje/"]:
        client.get(address)
    with django_capture_on_commit_callbacks(execute=True):
        post(joined_resident, consultation, text="Świeży komentarz.", unit=None)
    assert "Świeży komentarz." in client.get(url).content.decode()
    assert "Bez komentarzy" in client.get(draft_url).content.decode()
    with django_assert_num_queries(0):  # other pages were not thrown away
        client.get(elsewhere.get_absolute_url())
        client.get("/konsultacje/")


def test_a_page_of_comments_is_stored_for_anonymous_visitors(
    client, consultation, joined_resident, django_assert_num_queries
):
    post(joined_resident, consultation)
    client.get(f"{consultation.get_absolute_url()}?strona=1")
    with django_assert_num_queries(0):
        assert client.get(f"{consultation.get_absolute_url()}?strona=1").status_code == 200


def test_a_signed_in_visitors_page_is_never_served_to_anonymous_ones(
    client, consultation, joined_resident, other_resident
):
    post(other_resident, consultation, text="Cudzy komentarz.")
    post(joined_resident, consultation, text="Mój komentarz.")
    client.force_login(joined_resident)
    personal = client.get(consultation.get_absolute_url()).content.decode()
    assert "Wycofaj" in personal and "Zgłoś moderatorom" in personal
    assert "csrfmiddlewaretoken" in personal
    client.logout()
    public = client.get(consultation.get_absolute_url()).content.decode()
    again = client.get(consultation.get_absolute_url()).content.decode()
    for page in [public, again]:
        for personal_bit in ["Wycofaj", "Zgłoś moderatorom", "Popraw", "csrfmiddlewaretoken"]:
            assert personal_bit not in page
        assert "prosimy <a" in page  # the invitation to log in
        assert "Mój komentarz." in page
