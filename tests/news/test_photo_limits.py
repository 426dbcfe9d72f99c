"""The news photo field says its formats and limit, from the setting its check reads, and a
refused photo says why and what to do."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from news.models import News
from tests.conftest import with_second_factor
from tests.news.conftest import png_bytes
from tests.news.test_admin import ADD, admin_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def clerk(client, department_staff):
    client.force_login(with_second_factor(department_staff))
    return client


def test_the_photo_field_states_the_formats_and_the_limit_from_the_setting(clerk, settings):
    settings.NEWS_IMAGE_MAX_MB = 3
    html = clerk.get(ADD).content.decode()
    assert '<div class="help" id="id_image_helptext">' in html
    assert "<div>JPG, PNG lub WebP, najwyżej 3 MB." in html
    assert 'aria-describedby="id_image_helptext"' in html


def test_a_too_large_photo_is_refused_with_what_to_do(clerk, settings):
    settings.NEWS_IMAGE_MAX_MB = 1
    big = SimpleUploadedFile("duze.png", png_bytes((1200, 1200)) + b"\0" * (1024 * 1024))
    response = clerk.post(ADD, admin_data(image=big, image_alt="Opis"))
    assert response.status_code == 200
    assert (
        "Zdjęcie jest za duże. Największy dopuszczalny rozmiar to 1 MB. Prosimy zapisać je "
        "w mniejszej rozdzielczości (np. 2000 pikseli na dłuższym boku) i dodać jeszcze raz."
    ) in response.content.decode()
    assert not News.objects.exists()


def test_a_photo_in_another_format_is_refused_naming_the_format(clerk):
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30)).save(buffer, format="GIF")
    gif = SimpleUploadedFile("animacja.gif", buffer.getvalue(), content_type="image/gif")
    response = clerk.post(ADD, admin_data(image=gif, image_alt="Opis"))
    assert response.status_code == 200
    assert (
        "Zdjęć w formacie GIF portal nie przyjmuje. Prosimy zapisać zdjęcie jako JPG, PNG "
        "lub WebP i dodać je jeszcze raz."
    ) in response.content.decode()
    assert not News.objects.exists()
