import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from districts.models import CouncilMembership, District
from districts.services import council_member_add
from news.models import News
from tests.conftest import make_user


@pytest.fixture
def bleszno():
    return District.objects.get(slug="bleszno")


@pytest.fixture
def rakow():
    return District.objects.get(slug="rakow")


@pytest.fixture
def member_of_two(django_user_model, bleszno, rakow):
    user = make_user(django_user_model, "dwie-rady@example.com")
    council_member_add(
        user=user, district=bleszno, function_form=CouncilMembership.FunctionForm.MASCULINE
    )
    council_member_add(
        user=user, district=rakow, function_form=CouncilMembership.FunctionForm.MASCULINE
    )
    return user


def png_bytes(size=(40, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 160, 0)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def png_upload():
    return SimpleUploadedFile("zdjecie.png", png_bytes(), content_type="image/png")


@pytest.fixture
def make_news(superuser):
    def make(district=None, **fields):
        defaults = {
            "title": "Aktualność",
            "slug": f"aktualnosc-{News.objects.count() + 1}",
            "lead": "Zajawka.",
            "body": "<p>Treść.</p>",
            "author": superuser,
            "state": News.State.PUBLISHED,
            "district": district,
        }
        return News.objects.create(**(defaults | fields))

    return make
