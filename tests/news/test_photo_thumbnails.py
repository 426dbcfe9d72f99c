"""A news photo shows, with its alt text, as a small copy on every list: the panel, the news
list and archive, the district page and the home page; made once, when the photo is saved."""

import importlib
import io

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from news import services
from news.models import News
from news.photos import THUMBNAIL_BOX
from tests.news.conftest import png_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def with_photo(bleszno, council_member):
    return services.news_create(
        author=council_member,
        title="Nowe ławki",
        lead="Stanęły nowe ławki.",
        body="<p>Treść.</p>",
        district=bleszno,
        state=News.State.PUBLISHED,
        publish_at=None,
        image=SimpleUploadedFile("zdjecie.png", png_bytes((1600, 1200)), content_type="image/png"),
        image_alt="Dwie drewniane ławki przed szkołą",
    )


def test_saving_a_photo_makes_its_small_jpeg_copy(with_photo):
    assert with_photo.image_thumbnail.name.startswith("aktualnosci/miniatury/")
    with Image.open(with_photo.image_thumbnail) as thumbnail:
        assert thumbnail.format == "JPEG"
        assert thumbnail.size == THUMBNAIL_BOX  # 1600 × 1200 scaled down, proportions kept


def test_a_transparent_photo_gets_a_white_background(bleszno, council_member):
    buffer = io.BytesIO()
    Image.new("RGBA", (40, 30), (0, 0, 0, 0)).save(buffer, format="PNG")
    news = services.news_create(
        author=council_member,
        title="Logo",
        lead="Logo rady.",
        body="<p>Treść.</p>",
        district=bleszno,
        state=News.State.DRAFT,
        publish_at=None,
        image=SimpleUploadedFile("logo.png", buffer.getvalue(), content_type="image/png"),
        image_alt="Logo rady",
    )
    with Image.open(news.image_thumbnail) as thumbnail:
        assert thumbnail.getpixel((0, 0)) == (255, 255, 255)


def test_removing_the_photo_removes_its_copy(with_photo, council_member):
    services.news_update(news=with_photo, editor=council_member, image="", image_alt="")
    with_photo.refresh_from_db()
    assert with_photo.image_thumbnail.name == ""


def test_lists_show_the_small_copy_with_the_alt_text(client, with_photo, council_member):
    thumbnail = f'src="{with_photo.image_thumbnail.url}" alt="Dwie drewniane ławki przed szkołą"'
    for url in ["/aktualnosci/", "/dzielnice/bleszno/", "/"]:
        assert thumbnail in client.get(url).content.decode(), url
    client.force_login(council_member)
    assert thumbnail in client.get("/aktualnosci/panel/").content.decode()


def test_an_item_without_a_photo_shows_no_image(client, make_news, bleszno):
    make_news(district=bleszno, title="Bez zdjęcia")
    html = client.get("/aktualnosci/").content.decode()
    assert "news-card__photo" not in html


def test_a_photo_saved_before_the_copies_were_made_is_shown_itself(client, make_news, bleszno):
    news = make_news(
        district=bleszno,
        image=SimpleUploadedFile("stare.png", png_bytes()),
        image_alt="Stare zdjęcie",
    )
    assert (
        f'src="{news.image.url}" alt="Stare zdjęcie"'
        in client.get("/aktualnosci/").content.decode()
    )


def test_the_migration_makes_copies_of_the_photos_already_stored(make_news, bleszno):
    news = make_news(
        district=bleszno,
        image=SimpleUploadedFile("stare.png", png_bytes((900, 300))),
        image_alt="Stare zdjęcie",
    )
    broken = make_news(district=bleszno, image="aktualnosci/nie-ma.png", image_alt="Brak pliku")
    migration = importlib.import_module("news.migrations.0005_thumbnails_of_stored_photos")
    migration.make_thumbnails(apps, None)
    news.refresh_from_db()
    broken.refresh_from_db()
    with Image.open(news.image_thumbnail) as thumbnail:
        assert thumbnail.size == (480, 160)
    assert broken.image_thumbnail.name == ""  # a missing file is skipped


def test_the_panel_needs_the_same_number_of_queries_for_3_and_30_items(
    client, make_news, bleszno, council_member, django_assert_max_num_queries
):
    for number in range(3):
        make_news(
            district=bleszno, title=f"Pierwsza {number}", image="aktualnosci/a.png", image_alt="A"
        )
    client.force_login(council_member)
    with django_assert_max_num_queries(12) as few:
        client.get("/aktualnosci/panel/")
    for number in range(27):
        make_news(
            district=bleszno, title=f"Kolejna {number}", image="aktualnosci/a.png", image_alt="A"
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/aktualnosci/panel/")
