"""What staff upload and type is checked: no scripts in the text, no disguised programs."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from consultations.demo import tiny_pdf, tiny_png
from consultations.models import Consultation, Material
from tests.consultations import crafted_files as crafted
from tests.consultations.conftest import make_consultation, with_second_factor
from tests.consultations.test_permissions import admin_form

pytestmark = pytest.mark.django_db

HOSTILE = (
    "<p onclick='steal()'>Opis<script>alert(1)</script>"
    "<a href='javascript:alert(2)'>link</a><img src=x onerror='alert(3)'>"
    "<a href='https://bip.czestochowa.pl'>BIP</a></p>"
)
TRACES = ["<script", "onclick", "onerror", "javascript:", "<img"]


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


DOCX = zip_bytes({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"})
XLSX = zip_bytes({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"})
ODT = zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"})
ODS = zip_bytes(
    {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet", "content.xml": b"<x/>"}
)
DOCM = crafted.docx(
    parts={
        "word/vbaProject.bin": (
            "application/vnd.ms-office.vbaProject",
            crafted.compound_file(crafted.vba_project()),
        )
    }
)
DOC = crafted.old_word()
XLS = crafted.old_excel()
EXE = b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200 + b"This program cannot be run in DOS mode"


def post_with_material(client, user, consultation, name, content, **changes):
    client.force_login(with_second_factor(user))
    data = admin_form(consultation, **changes) | {
        "materials-TOTAL_FORMS": "1",
        "materials-0-title": "Projekt uchwały",
        "materials-0-position": "0",
        "materials-0-file": SimpleUploadedFile(name, content),
    }
    return client.post(f"/admin/consultations/consultation/{consultation.pk}/change/", data)


def stored_files(media_root):
    return [path for path in media_root.rglob("*") if path.is_file()] if media_root.exists() else []


def test_scripts_handlers_and_javascript_links_are_removed_on_save(client, department_staff):
    consultation = make_consultation()
    client.force_login(with_second_factor(department_staff))
    response = client.post(
        f"/admin/consultations/consultation/{consultation.pk}/change/",
        admin_form(consultation, description=HOSTILE, purpose=HOSTILE),
    )
    assert response.status_code == 302
    stored = Consultation.objects.get(pk=consultation.pk)
    for field in [stored.description, stored.purpose]:
        for trace in TRACES:
            assert trace not in field
        assert 'href="https://bip.czestochowa.pl"' in field


def test_hostile_html_that_reached_the_database_is_not_shown(client):
    consultation = make_consultation(
        description=HOSTILE, subject=HOSTILE, purpose=HOSTILE, legal_basis=HOSTILE
    )
    html = client.get(consultation.get_absolute_url()).content.decode()
    main = html.split('<main id="tresc"', 1)[1].split("</main>", 1)[0]
    for trace in TRACES:
        assert trace not in main
    assert "https://bip.czestochowa.pl" in main


def test_plain_text_fields_are_escaped(client):
    consultation = make_consultation(summary="<b>Ważne</b> & pilne")
    html = client.get(consultation.get_absolute_url()).content.decode()
    assert "&lt;b&gt;Ważne&lt;/b&gt; &amp; pilne" in html


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("projekt.pdf", tiny_pdf(["Projekt"]), "pdf"),
        ("mapa.png", tiny_png(), "png"),
        ("zdjecie.JPEG", b"\xff\xd8\xff\xe0" + b"\x00" * 64, "jpg"),
        ("uzasadnienie.docx", DOCX, "docx"),
        ("tabela.xlsx", XLSX, "xlsx"),
        ("uchwala.odt", ODT, "odt"),
        ("budzet.ods", ODS, "ods"),
        ("stary.doc", DOC, "doc"),
        ("stary.xls", XLS, "xls"),
    ],
)
def test_accepted_materials_are_stored_under_a_generated_name(
    client, department_staff, media_in_tmp, name, content, kind
):
    consultation = make_consultation()
    response = post_with_material(client, department_staff, consultation, name, content)
    assert response.status_code == 302
    material = Material.objects.get()
    assert material.kind == kind
    assert material.size == len(content)
    stored_name = material.file.name.rsplit("/", 1)[-1]
    assert stored_name.endswith(f".{kind}")
    assert name.split(".")[0] not in stored_name
    assert len(stored_name.split(".")[0]) == 32  # a uuid4 in hex
    assert stored_files(media_in_tmp) == [media_in_tmp / material.file.name]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("uchwala.pdf", EXE, "nie jest dokumentem żadnego z dopuszczalnych rodzajów"),
        ("mapa.png", tiny_pdf(["x"]), "ale jego zawartość to PDF"),
        ("dokument.docx", ODT, "ale jego zawartość to ODT"),
        ("makro.docx", DOCM, "Plik zawiera makra"),
        ("archiwum.docx", zip_bytes({"a.txt": b"a"}), "nie jest dokumentem"),
        ("pusty.pdf", b"", "pusty"),
    ],
)
def test_refused_materials_get_a_polish_message_and_nothing_is_stored(
    client, department_staff, media_in_tmp, name, content, message
):
    consultation = make_consultation()
    response = post_with_material(client, department_staff, consultation, name, content)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not Material.objects.exists()
    assert stored_files(media_in_tmp) == []


def test_an_oversized_material_is_refused_and_nothing_is_stored(
    client, department_staff, media_in_tmp, settings
):
    settings.CONSULTATION_MATERIAL_MAX_MB = 1
    consultation = make_consultation()
    big = tiny_pdf(["x"]) + b"0" * (1024 * 1024)
    response = post_with_material(client, department_staff, consultation, "duzy.pdf", big)
    assert response.status_code == 200
    html = response.content.decode().replace("\xa0", " ")
    assert "Plik jest za duży (1,0 MB). Największy dopuszczalny rozmiar to 1,0 MB." in html
    assert not Material.objects.exists()
    assert stored_files(media_in_tmp) == []


def test_materials_are_listed_with_their_type_and_a_human_size(client, media_in_tmp):
    consultation = make_consultation()
    Material.objects.create(
        consultation=consultation,
        title="Projekt uchwały",
        file=SimpleUploadedFile("p.pdf", tiny_pdf(["x"]) + b" " * 1_258_000),
    )
    html = client.get(consultation.get_absolute_url()).content.decode().replace("\xa0", " ")
    assert "Projekt uchwały</a>" in html
    assert "(PDF, 1,2 MB)" in html


def test_a_deleted_material_is_no_longer_on_disk(media_in_tmp, django_capture_on_commit_callbacks):
    consultation = make_consultation()
    material = Material.objects.create(
        consultation=consultation,
        title="Projekt",
        file=SimpleUploadedFile("projekt.pdf", tiny_pdf(["Projekt"])),
    )
    assert len(stored_files(media_in_tmp)) == 1
    with django_capture_on_commit_callbacks(execute=True):
        material.delete()
    assert stored_files(media_in_tmp) == []
