"""Two posts with the same title both save, each under its own address."""

import threading

import pytest
from django.db import connection, connections
from django.db.models import QuerySet

from districts.models import District
from news.models import News
from news.services import news_create


def create(author, title="Nowe ławki przy szkole"):
    return news_create(
        author=author,
        title=title,
        lead="Zajawka.",
        body="<p>Treść.</p>",
        district=District.objects.get(slug="rakow"),
        state=News.State.PUBLISHED,
        publish_at=None,
    )


@pytest.mark.django_db
def test_a_second_post_with_the_same_title_gets_the_next_number(superuser):
    assert create(superuser).slug == "nowe-lawki-przy-szkole"
    assert create(superuser).slug == "nowe-lawki-przy-szkole-2"


@pytest.mark.django_db
def test_a_slug_taken_between_the_check_and_the_insert_is_retried(superuser, monkeypatch):
    other = create(superuser)
    exists = QuerySet.exists
    stale = iter([False])  # the check that could not see the other post's uncommitted row

    def first_check_misses_the_other_post(queryset):
        answer = next(stale, None) if queryset.model is News else None
        return exists(queryset) if answer is None else answer

    monkeypatch.setattr(QuerySet, "exists", first_check_misses_the_other_post)
    news = create(superuser)
    assert (other.slug, news.slug) == ("nowe-lawki-przy-szkole", "nowe-lawki-przy-szkole-2")
    assert News.objects.count() == 2
    assert news.history.count() == 1  # the failed insert left no trace


@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="SQLite takes its write lock at BEGIN (transaction_mode IMMEDIATE): two posts "
    "never overlap there; the retry itself is tested above on every database",
)
def test_two_posts_with_the_same_title_at_the_same_moment_both_save(superuser, monkeypatch):
    both_checked = threading.Barrier(2, timeout=10)
    save = News.save
    first_save = threading.local()

    def wait_for_the_other_then_save(news, *args, **kwargs):
        if not getattr(first_save, "done", False):
            first_save.done = True
            both_checked.wait()  # both have checked the slug before either inserts
        return save(news, *args, **kwargs)

    monkeypatch.setattr(News, "save", wait_for_the_other_then_save)
    saved, failed = [], []

    def post():
        try:
            saved.append(create(superuser).slug)
        except Exception as error:  # reported by the assertion below
            failed.append(error)
        finally:
            connections.close_all()  # this thread's own connection

    threads = [threading.Thread(target=post) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert failed == []
    assert sorted(saved) == ["nowe-lawki-przy-szkole", "nowe-lawki-przy-szkole-2"]
    assert News.objects.count() == 2
