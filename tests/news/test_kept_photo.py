"""After a form error the chosen photo is not lost: it is kept, for the session that sent it
only, outside every public folder, and saved with the item once the form is corrected —
without choosing the file again. What is given up or left behind leaves the disk."""

import os
import re
import time

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from news import photos
from news.models import News
from news.tasks import delete_stale_kept_photos
from tests.conftest import make_user
from tests.news.conftest import png_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def editor(client, council_member):
    client.force_login(council_member)
    return client


def form_data(district, **changes):
    return {
        "district": district.pk,
        "title": "Nowe ławki przy szkole",
        "lead": "Stanęły nowe ławki.",
        "body": "<p>Dziękujemy za propozycje.</p>",
        "image_alt": "",
        "publication": "now",
        "publish_at": "",
    } | changes


def photo(name="lawki.png", size=(40, 30)):
    return SimpleUploadedFile(name, png_bytes(size), content_type="image/png")


def kept_token(html):
    match = re.search(rf'name="{photos.KEPT_FIELD}" value="([^"]+)"', html)
    return match and match.group(1)


def files_in(media):
    return sorted(str(path.relative_to(media)) for path in media.rglob("*") if path.is_file())


def refused_with_photo(client, bleszno, name="lawki.png", **changes):
    response = client.post(
        "/aktualnosci/panel/dodaj/", form_data(bleszno, image=photo(name), **changes)
    )
    assert response.status_code == 200  # refused: no alt text
    return response.content.decode()


def test_the_photo_survives_a_form_error_and_is_saved_without_choosing_it_again(
    editor, bleszno, media
):
    html = refused_with_photo(editor, bleszno)
    token = kept_token(html)
    assert token
    assert "Zachowane zdjęcie: <strong>lawki.png</strong>" in html
    assert f'src="/aktualnosci/panel/zdjecie/{token}/"' in html
    kept = files_in(media)
    assert len(kept) == 1 and kept[0].startswith(photos.KEPT_FOLDER)  # no public folder

    response = editor.post(
        "/aktualnosci/panel/dodaj/",
        form_data(bleszno, image_alt="Dwie drewniane ławki", **{photos.KEPT_FIELD: token}),
    )
    assert response.status_code == 302
    news = News.objects.get()
    assert news.image.name.startswith("aktualnosci/")
    assert news.image_alt == "Dwie drewniane ławki"
    assert news.image.read() == default_storage.open(news.image.name).read()
    # The kept copy is gone, and so is its note in the session.
    assert not any(name.startswith(photos.KEPT_FOLDER) for name in files_in(media))
    assert editor.session[photos.SESSION_KEY] == {}


def test_the_kept_photo_is_shown_only_to_the_session_that_sent_it(
    editor, bleszno, django_user_model, council_member
):
    token = kept_token(refused_with_photo(editor, bleszno))
    own = editor.get(f"/aktualnosci/panel/zdjecie/{token}/")
    assert own.status_code == 200
    assert own["Content-Type"] == "image/png"
    assert own["Cache-Control"] == "private, no-store"

    # The same person in another browser finds nothing under the token.
    same_person_elsewhere = Client()
    same_person_elsewhere.force_login(council_member)
    response = same_person_elsewhere.get(f"/aktualnosci/panel/zdjecie/{token}/")
    assert response.status_code == 404
    # Someone who writes no news may not even ask.
    resident = Client()
    resident.force_login(make_user(django_user_model, "mieszkanka@example.com"))
    assert resident.get(f"/aktualnosci/panel/zdjecie/{token}/").status_code == 403
    assert Client().get(f"/aktualnosci/panel/zdjecie/{token}/").status_code == 302  # log in


def test_another_session_cannot_attach_a_kept_photo_by_its_token(editor, bleszno, council_member):
    token = kept_token(refused_with_photo(editor, bleszno))
    other = Client()
    other.force_login(council_member)
    response = other.post(
        "/aktualnosci/panel/dodaj/",
        form_data(bleszno, image_alt="Cudze zdjęcie", **{photos.KEPT_FIELD: token}),
    )
    assert response.status_code == 302
    assert News.objects.get().image.name == ""  # saved without a photo


@pytest.mark.parametrize("token", ["../../../etc/passwd", "", "x" * 500, "robocze/aktualnosci/a"])
def test_a_forged_token_finds_nothing(editor, bleszno, token):
    response = editor.post(
        "/aktualnosci/panel/dodaj/", form_data(bleszno, **{photos.KEPT_FIELD: token})
    )
    assert response.status_code == 302
    assert News.objects.get().image.name == ""


def test_nie_dodawaj_drops_the_kept_photo_from_the_item_and_the_disk(editor, bleszno, media):
    token = kept_token(refused_with_photo(editor, bleszno))
    response = editor.post(
        "/aktualnosci/panel/dodaj/",
        form_data(bleszno, **{photos.KEPT_FIELD: token, photos.DROP_FIELD: "1"}),
    )
    assert response.status_code == 302
    assert News.objects.get().image.name == ""
    assert files_in(media) == []


def test_a_new_file_replaces_the_kept_one(editor, bleszno, media):
    token = kept_token(refused_with_photo(editor, bleszno))
    html = refused_with_photo(editor, bleszno, name="inne.png", **{photos.KEPT_FIELD: token})
    newer = kept_token(html)
    assert newer != token
    assert "Zachowane zdjęcie: <strong>inne.png</strong>" in html
    assert len(files_in(media)) == 1  # the first kept photo is gone


def test_a_second_error_keeps_the_photo_again(editor, bleszno):
    token = kept_token(refused_with_photo(editor, bleszno))
    response = editor.post(
        "/aktualnosci/panel/dodaj/",
        form_data(bleszno, title="", **{photos.KEPT_FIELD: token}),
    )
    assert response.status_code == 200
    assert kept_token(response.content.decode()) == token


def test_a_refused_file_is_not_kept(editor, bleszno, media):
    not_a_photo = SimpleUploadedFile("lawki.png", b"tekst", content_type="image/png")
    response = editor.post("/aktualnosci/panel/dodaj/", form_data(bleszno, image=not_a_photo))
    assert response.status_code == 200
    assert kept_token(response.content.decode()) is None
    assert files_in(media) == []


def test_the_photo_of_an_edited_item_survives_a_form_error(editor, bleszno, make_news, media):
    news = make_news(district=bleszno)
    url = f"/aktualnosci/panel/{news.pk}/edytuj/"
    html = editor.post(url, form_data(bleszno, image=photo())).content.decode()
    token = kept_token(html)
    assert token
    response = editor.post(url, form_data(bleszno, image_alt="Ławki", **{photos.KEPT_FIELD: token}))
    assert response.status_code == 302
    news.refresh_from_db()
    assert news.image and news.image_alt == "Ławki"
    assert not any(name.startswith(photos.KEPT_FOLDER) for name in files_in(media))


def test_left_behind_photos_are_deleted_after_a_day(editor, bleszno, media):
    refused_with_photo(editor, bleszno)
    fresh = refused_with_photo(editor, bleszno, name="swieze.png")
    paths = sorted((media / photos.KEPT_FOLDER).iterdir())
    old = next(path for path in paths if kept_token(fresh) not in path.name)
    two_days_ago = time.time() - 2 * 24 * 60 * 60
    os.utime(old, (two_days_ago, two_days_ago))

    delete_stale_kept_photos()
    assert not old.exists()
    assert len(list((media / photos.KEPT_FOLDER).iterdir())) == 1


def test_the_cleaning_task_runs_on_an_empty_folder():
    assert photos.stale_kept_photos_delete() == 0


def test_a_session_keeps_only_a_few_photos(editor, bleszno, media):
    for number in range(photos.MAX_KEPT + 2):
        refused_with_photo(editor, bleszno, name=f"zdjecie{number}.png")
    assert len(list((media / photos.KEPT_FOLDER).iterdir())) == photos.MAX_KEPT
    assert len(editor.session[photos.SESSION_KEY]) == photos.MAX_KEPT


def test_kept_photos_are_outside_the_public_folder_that_nginx_serves():
    from news.models import IMAGE_FOLDER

    assert not photos.KEPT_FOLDER.startswith(IMAGE_FOLDER)
