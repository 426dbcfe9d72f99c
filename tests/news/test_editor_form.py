"""The editor's form: clear Polish messages, nothing lost, nothing saved half-way."""

import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import override_settings
from django.utils import timezone
from freezegun import freeze_time
from PIL import ExifTags, Image

from news.models import News
from tests.news.conftest import png_bytes

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def frozen():
    # A fixed moment: "in two days at this hour" must not depend on the day the suite runs
    # (a clock change in between shifts it by an hour).
    with freeze_time("2026-03-27 11:00:00+01:00"):
        yield


def form_data(district, **changes):
    data = {
        "district": district.pk,
        "title": "Nowe ławki przy szkole",
        "lead": "Stanęły nowe ławki.",
        "body": "<p>Dziękujemy za propozycje.</p>",
        "image_alt": "",
        "publication": "now",
        "publish_at": "",
    }
    return data | changes


@pytest.fixture
def editor(client, council_member):
    client.force_login(council_member)
    return client


def post(client, data):
    return client.post("/aktualnosci/panel/dodaj/", data)


def test_a_member_publishes_news_with_an_image(editor, bleszno, png_upload):
    response = post(editor, form_data(bleszno, image=png_upload, image_alt="Nowe ławki"))
    assert response.status_code == 302
    news = News.objects.get()
    assert news.image.name.startswith("aktualnosci/")
    assert "zdjecie" not in news.image.name  # stored under a generated name
    assert news.is_visible
    assert news.slug == "nowe-lawki-przy-szkole"
    page = editor.get(bleszno.get_absolute_url()).content.decode()
    assert "Nowe ławki przy szkole" in page


def test_empty_form_names_every_missing_field_in_polish(editor, bleszno):
    response = post(editor, form_data(bleszno, title="", lead="", body=""))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Prosimy poprawić zaznaczone pola" in html
    assert "Prosimy wpisać tytuł aktualności." in html
    assert "Prosimy wpisać zajawkę" in html
    assert "Prosimy wpisać treść aktualności." in html
    assert not News.objects.exists()


def test_an_image_without_alt_text_is_refused_and_the_text_is_kept(editor, bleszno, png_upload):
    response = post(editor, form_data(bleszno, image=png_upload))
    html = response.content.decode()
    assert response.status_code == 200
    assert "tekst alternatywny jest wymagany" in html
    assert 'value="Nowe ławki przy szkole"' in html
    assert "Stanęły nowe ławki." in html
    assert not News.objects.exists()


def test_a_file_that_is_not_an_image_is_refused(editor, bleszno):
    fake = SimpleUploadedFile("zdjecie.jpg", b"MZ\x90\x00 not an image", content_type="image/jpeg")
    response = post(editor, form_data(bleszno, image=fake, image_alt="Opis"))
    assert response.status_code == 200
    assert "Ten plik nie jest zdjęciem" in response.content.decode()
    assert not News.objects.exists()


@override_settings(NEWS_IMAGE_MAX_MB=1)
def test_a_too_large_image_is_refused(editor, bleszno):
    big = SimpleUploadedFile("duze.png", png_bytes((1200, 1200)) + b"\0" * (1024 * 1024))
    response = post(editor, form_data(bleszno, image=big, image_alt="Opis"))
    assert response.status_code == 200
    assert "Zdjęcie jest za duże" in response.content.decode()
    assert not News.objects.exists()


def test_a_too_long_title_is_refused_with_a_message(editor, bleszno):
    response = post(editor, form_data(bleszno, title="ą" * 201))
    assert response.status_code == 200
    assert "200 znaków" in response.content.decode()
    assert not News.objects.exists()


def test_hostile_html_is_removed_from_the_body_and_escaped_in_the_title(editor, bleszno):
    response = post(
        editor,
        form_data(
            bleszno,
            title="<script>alert(1)</script>Tytuł",
            body='<p onmouseover="x()">Tekst<script>alert(2)</script>'
            '<a href="javascript:alert(3)">link</a><img src=x onerror="alert(4)"></p>',
        ),
    )
    assert response.status_code == 302
    news = News.objects.get()
    for trace in ["<script", "onmouseover", "javascript:", "onerror", "<img"]:
        assert trace not in news.body
    html = editor.get(news.get_absolute_url()).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;Tytuł" in html


def test_a_district_that_does_not_exist_is_refused(editor, bleszno):
    response = post(editor, form_data(bleszno) | {"district": "abc"})
    assert response.status_code == 403
    assert not News.objects.exists()


def test_scheduling_in_the_past_is_refused(editor, bleszno):
    response = post(editor, form_data(bleszno, publication="later", publish_at="2020-01-01T10:00"))
    assert response.status_code == 200
    assert "musi przypadać w przyszłości" in response.content.decode()
    assert not News.objects.exists()


def test_scheduling_needs_a_date(editor, bleszno):
    response = post(editor, form_data(bleszno, publication="later", publish_at="jutro"))
    assert response.status_code == 200
    assert "Prosimy podać dzień i godzinę planowanej publikacji." in response.content.decode()
    assert not News.objects.exists()


def test_a_scheduled_post_is_saved_with_its_time(editor, bleszno):
    when = timezone.localtime() + datetime.timedelta(days=2)
    response = post(
        editor, form_data(bleszno, publication="later", publish_at=when.strftime("%Y-%m-%dT%H:%M"))
    )
    assert response.status_code == 302
    news = News.objects.get()
    assert news.status == "zaplanowana"
    assert not news.is_visible


def test_every_edit_is_kept_in_the_history(editor, council_member, bleszno):
    post(editor, form_data(bleszno))
    news = News.objects.get()
    editor.post(f"/aktualnosci/panel/{news.pk}/edytuj/", form_data(bleszno, title="Poprawiony"))
    editor.post(f"/aktualnosci/panel/{news.pk}/wycofaj/")
    titles = list(news.history.order_by("history_date").values_list("title", "state"))
    assert titles == [
        ("Nowe ławki przy szkole", "published"),
        ("Poprawiony", "published"),
        ("Poprawiony", "draft"),
    ]
    assert all(h.history_user == council_member for h in news.history.all())
    assert News.objects.get().slug == "nowe-lawki-przy-szkole"  # links keep working


def test_the_database_refuses_an_image_without_alt_text(make_news):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        make_news(image="aktualnosci/x.png", image_alt="")


def test_a_title_that_matches_a_fixed_address_gets_another_slug(editor, bleszno):
    post(editor, form_data(bleszno, title="Panel"))
    post(editor, form_data(bleszno, title="Archiwum"))
    slugs = set(News.objects.values_list("slug", flat=True))
    assert slugs.isdisjoint({"panel", "archiwum"})
    for news in News.objects.all():
        assert editor.get(news.get_absolute_url()).status_code == 200


def test_scheduling_more_than_a_year_ahead_is_refused(editor, bleszno):
    response = post(editor, form_data(bleszno, publication="later", publish_at="9999-12-31T23:59"))
    assert response.status_code == 200
    assert "najwyżej na rok naprzód" in response.content.decode()
    assert not News.objects.exists()


def test_the_stored_image_name_follows_its_content_not_its_name(editor, bleszno):
    disguised = SimpleUploadedFile("program.eps", png_bytes(), content_type="image/png")
    post(editor, form_data(bleszno, image=disguised, image_alt="Opis"))
    assert News.objects.get().image.name.endswith(".png")


@pytest.mark.parametrize("value", ["²", "١٢", "9" * 30, "-1", "1.5"])
def test_odd_district_values_are_refused_without_an_error_page(editor, bleszno, value):
    response = post(editor, form_data(bleszno) | {"district": value})
    assert response.status_code == 403
    assert not News.objects.exists()


def jpeg_taken_at_jasna_gora() -> bytes:
    """A phone photo: EXIF with the camera, the author and the place (a GPS IFD)."""
    exif = Image.Exif()
    exif[ExifTags.Base.Make] = "Telefon"
    exif[ExifTags.Base.Artist] = "Jan Kowalski"
    exif[ExifTags.Base.Orientation] = 6  # taken sideways: turn 90° clockwise to show
    exif.get_ifd(ExifTags.IFD.GPSInfo).update(
        {
            ExifTags.GPS.GPSLatitudeRef: "N",
            ExifTags.GPS.GPSLatitude: (50.0, 48.0, 44.0),
            ExifTags.GPS.GPSLongitudeRef: "E",
            ExifTags.GPS.GPSLongitude: (19.0, 5.0, 49.0),
        }
    )
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 160, 0)).save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def test_a_photo_is_stored_without_its_exif_and_place_but_turned_as_taken(editor, bleszno):
    content = jpeg_taken_at_jasna_gora()
    assert Image.open(io.BytesIO(content)).getexif().get_ifd(ExifTags.IFD.GPSInfo)
    photo = SimpleUploadedFile("zdjecie.jpg", content, content_type="image/jpeg")
    response = post(editor, form_data(bleszno, image=photo, image_alt="Wały Jasnej Góry"))
    assert response.status_code == 302
    with News.objects.get().image.open() as stored, Image.open(stored) as picture:
        assert picture.format == "JPEG"
        assert "exif" not in picture.info
        assert not picture.getexif()
        assert picture.size == (30, 40)


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")  # the point of it
def test_a_photo_of_too_many_pixels_is_refused_and_the_form_keeps_its_values(editor, bleszno):
    # 12 KB on the wire, 100 million pixels (300 MB) once decoded: a decompression bomb.
    bomb = SimpleUploadedFile("plakat.png", png_bytes((10_000, 10_000)), content_type="image/png")
    assert bomb.size < 500_000
    response = post(editor, form_data(bleszno, image=bomb, image_alt="Plakat festynu"))
    html = response.content.decode()
    assert response.status_code == 200
    assert (
        "Zdjęcie ma za dużo pikseli (10000 × 10000). Prosimy zmniejszyć je do najwyżej "
        "10000 pikseli na boku i 40 milionów pikseli razem."
    ) in html
    assert 'value="Nowe ławki przy szkole"' in html
    assert 'value="Plakat festynu"' in html
    assert not News.objects.exists()


def test_a_photo_longer_than_ten_thousand_pixels_is_refused(editor, bleszno):
    strip = SimpleUploadedFile("pasek.png", png_bytes((10_001, 10)), content_type="image/png")
    response = post(editor, form_data(bleszno, image=strip, image_alt="Pasek"))
    assert response.status_code == 200
    assert "Zdjęcie ma za dużo pikseli (10001 × 10)." in response.content.decode()
    assert not News.objects.exists()
