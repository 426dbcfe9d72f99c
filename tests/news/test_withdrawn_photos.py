"""A news photo leaves the disk when its item is deleted or the photo replaced or removed."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction

from news import services
from news.models import News
from tests.news.conftest import png_bytes

pytestmark = pytest.mark.django_db


def stored_files(media_root):
    return sorted(path for path in media_root.rglob("*") if path.is_file())


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def news_with_photo(make_news, bleszno):
    return make_news(
        district=bleszno,
        image=SimpleUploadedFile("zdjecie.png", png_bytes()),
        image_alt="Nowe ławki",
    )


def edit_form(news, **changes):
    return {
        "district": news.district_id,
        "title": news.title,
        "lead": news.lead,
        "body": news.body,
        "image_alt": news.image_alt,
        "publication": "now",
        "publish_at": "",
    } | changes


def test_a_deleted_news_item_takes_its_photo_with_it(
    client, council_member, news_with_photo, media, django_capture_on_commit_callbacks
):
    assert len(stored_files(media)) == 1
    client.force_login(council_member)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/aktualnosci/panel/{news_with_photo.pk}/usun/")
    assert response.status_code == 302
    assert not News.objects.exists()
    assert stored_files(media) == []


def test_a_replaced_photo_leaves_the_disk(
    client, council_member, news_with_photo, media, django_capture_on_commit_callbacks
):
    client.force_login(council_member)
    new_photo = SimpleUploadedFile("nowe.png", png_bytes((60, 40)), content_type="image/png")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/aktualnosci/panel/{news_with_photo.pk}/edytuj/",
            edit_form(news_with_photo, image=new_photo),
        )
    assert response.status_code == 302
    news_with_photo.refresh_from_db()
    assert stored_files(media) == sorted(
        [media / news_with_photo.image.name, media / news_with_photo.image_thumbnail.name]
    )

    # Replaced again: the earlier photo's small copy goes too.
    newer_photo = SimpleUploadedFile("nowsze.png", png_bytes((50, 40)), content_type="image/png")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/aktualnosci/panel/{news_with_photo.pk}/edytuj/",
            edit_form(news_with_photo, image=newer_photo),
        )
    news_with_photo.refresh_from_db()
    assert stored_files(media) == sorted(
        [media / news_with_photo.image.name, media / news_with_photo.image_thumbnail.name]
    )


def test_a_removed_photo_leaves_the_disk(
    client, council_member, news_with_photo, media, django_capture_on_commit_callbacks
):
    client.force_login(council_member)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/aktualnosci/panel/{news_with_photo.pk}/edytuj/",
            edit_form(news_with_photo, **{"image-clear": "on", "image_alt": ""}),
        )
    assert response.status_code == 302
    news_with_photo.refresh_from_db()
    assert news_with_photo.image.name == ""
    assert stored_files(media) == []


def test_a_rolled_back_deletion_keeps_the_photo(
    news_with_photo, superuser, media, django_capture_on_commit_callbacks
):
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        services.news_delete(news=news_with_photo, editor=superuser)
        raise RuntimeError("przerwane")
    assert callbacks == []
    assert stored_files(media) == [media / news_with_photo.image.name]
