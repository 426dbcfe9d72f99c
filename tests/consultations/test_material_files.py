"""A material is served by a view that asks who may see it: a draft's only to its department.

In production nginx sends the bytes (X-Accel-Redirect to an internal location); in
development the view streams the file. /media/ serves no material at all.
"""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from consultations.demo import tiny_pdf
from consultations.models import Material
from news.models import News
from tests.consultations.conftest import make_consultation, with_second_factor
from tests.consultations.test_permissions import MAY_MANAGE, PERSONAS, sign_in
from tests.news.conftest import png_bytes

pytestmark = pytest.mark.django_db

CONTENT = tiny_pdf(["Projekt uchwały w sprawie zieleni"])
NEVER_CACHED = "max-age=0, no-cache, no-store, must-revalidate, private"


def add_material(*, published):
    consultation = make_consultation("Zieleń w mieście", published=published)
    return Material.objects.create(
        consultation=consultation,
        title="Projekt uchwały – zieleń",
        file=SimpleUploadedFile("projekt.pdf", CONTENT),
    )


def body(response) -> bytes:
    return b"".join(response.streaming_content) if response.streaming else response.content


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_draft_s_material_is_served_only_to_those_who_may_see_the_draft(client, request, persona):
    material = add_material(published=False)
    sign_in(client, request, persona)
    response = client.get(material.get_absolute_url())
    if persona in MAY_MANAGE:
        assert response.status_code == 200
        assert body(response) == CONTENT
        assert (
            response["Cache-Control"] == "max-age=0, no-cache, no-store, must-revalidate, private"
        )
        assert response["X-Robots-Tag"] == "noindex"
    else:
        assert response.status_code == 404


@pytest.mark.parametrize("persona", ["department_staff", "superuser"])
def test_a_draft_s_material_needs_the_second_factor(client, request, persona):
    material = add_material(published=False)
    client.force_login(request.getfixturevalue(persona))
    response = client.get(material.get_absolute_url())
    assert response.status_code == 302
    assert response.url == "/konto/2fa/totp/activate/"


@pytest.mark.parametrize("persona", PERSONAS)
def test_a_published_material_is_served_to_everyone(client, request, persona):
    material = add_material(published=True)
    sign_in(client, request, persona)
    response = client.get(material.get_absolute_url())
    assert response.status_code == 200
    assert body(response) == CONTENT
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="projekt-uchwaly-zielen.pdf"'
    assert "no-store" not in response.get("Cache-Control", "")


def test_the_material_address_does_not_depend_on_its_file():
    material = add_material(published=True)
    assert material.get_absolute_url() == (
        f"/konsultacje/{material.consultation.slug}/materialy/{material.pk}/"
    )


def test_a_material_asked_for_under_another_consultation_is_not_found(client):
    material = add_material(published=True)
    other = make_consultation("Inne")
    response = client.get(reverse("consultations:material", args=[other.slug, material.pk]))
    assert response.status_code == 404


def test_a_material_whose_file_is_missing_answers_404(client):
    material = add_material(published=True)
    material.file.storage.delete(material.file.name)
    assert client.get(material.get_absolute_url()).status_code == 404


@pytest.mark.parametrize("persona", PERSONAS)
def test_in_production_nginx_sends_the_file_named_exactly(client, request, settings, persona):
    settings.MEDIA_ACCEL_REDIRECT = "/_media/"
    material = add_material(published=False)
    sign_in(client, request, persona)
    response = client.get(material.get_absolute_url())
    if persona not in MAY_MANAGE:
        assert response.status_code == 404
        assert "X-Accel-Redirect" not in response
        return
    assert response.status_code == 200
    assert response["X-Accel-Redirect"] == f"/_media/{material.file.name}"
    assert material.file.name.startswith("materialy/")
    assert response.content == b""
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == 'inline; filename="projekt-uchwaly-zielen.pdf"'


def test_the_consultation_page_links_to_the_material_not_to_media(client):
    material = add_material(published=True)
    html = client.get(material.consultation.get_absolute_url()).content.decode()
    assert f'<a href="/konsultacje/{material.consultation.slug}/materialy/{material.pk}/">' in html
    assert "/media/" not in html


def test_the_admin_links_the_current_file_to_the_material_address(client, department_staff):
    material = add_material(published=False)
    client.force_login(with_second_factor(department_staff))
    url = f"/admin/consultations/consultation/{material.consultation.pk}/change/"
    html = client.get(url).content.decode()
    assert f'<a href="{material.get_absolute_url()}">projekt.pdf</a>' in html
    assert "/media/materialy/" not in html
    assert material.file.name not in html  # the generated name it is stored under


@pytest.fixture
def debug_media_urls(settings):
    """What runserver serves with DEBUG on: the portal's pages plus the public media."""
    settings.DEBUG = True
    settings.ROOT_URLCONF = "tests.consultations.debug_media_urls"


def test_in_development_media_serves_news_photos_but_no_material(
    client, debug_media_urls, media_in_tmp, superuser
):
    material = add_material(published=False)
    assert (media_in_tmp / material.file.name).exists()
    news = News.objects.create(
        title="Nowe ławki",
        slug="nowe-lawki",
        lead="Zajawka.",
        body="<p>Treść.</p>",
        author=superuser,
        image=SimpleUploadedFile("zdjecie.png", png_bytes()),
        image_alt="Ławki",
    )
    assert client.get(f"/media/{material.file.name}").status_code == 404
    photo = client.get(news.image.url)
    assert photo.status_code == 200
    assert body(photo) == (media_in_tmp / news.image.name).read_bytes()


@pytest.mark.parametrize("climb", ["aktualnosci/../", "strony/2026/../../", "aktualnosci/%2e%2e/"])
def test_in_development_no_climb_out_of_a_public_folder_reaches_a_material(
    client, debug_media_urls, media_in_tmp, climb
):
    material = add_material(published=False)
    assert client.get(f"/media/{climb}{material.file.name}").status_code == 404
