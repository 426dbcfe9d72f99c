"""Files in the admin, as staff meet them: a material under the name it was sent with, the
formats and the limit written under the field, and every refusal saying why and what to do."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf.generic import NameObject, TextStringObject

from consultations.demo import tiny_pdf
from consultations.models import Material
from consultations.uploads import check_material_file, original_file_name
from tests.consultations import crafted_files as crafted
from tests.consultations.conftest import make_consultation
from tests.consultations.test_rich_text_and_materials import DOCM, EXE, post_with_material

pytestmark = pytest.mark.django_db

CHANGE = "/admin/consultations/consultation/{}/change/"
# Second-person imperatives, which a refusal addressed to staff must not use.
INFORMAL = re.compile(
    r"(?<!\w)(zapisz|dodaj|wybierz|sprawdź|popraw|zmniejsz|podziel|usuń|spróbuj)(?!\w)", re.I
)


def add_material(title, name, content=None):
    return Material.objects.create(
        consultation=make_consultation("Park na Zawodziu", published=False),
        title=title,
        file=SimpleUploadedFile(name, content or tiny_pdf(["Projekt"])),
    )


def test_a_material_keeps_the_name_it_was_sent_with_and_the_admin_shows_it(
    staff_client, department_staff
):
    consultation = make_consultation("Park na Zawodziu", published=False)
    name = "Projekt uchwały – wersja 2 (ostateczna).pdf"
    response = post_with_material(
        staff_client, department_staff, consultation, name, tiny_pdf(["Projekt"])
    )
    assert response.status_code == 302
    material = Material.objects.get()
    assert material.original_name == name
    assert name not in material.file.name  # stored under a generated name all the same
    html = staff_client.get(CHANGE.format(consultation.pk)).content.decode()
    assert f'<a href="{material.get_absolute_url()}">{name}</a>' in html
    assert material.file.name not in html
    assert 'value="Projekt uchwały"' in html  # and its title beside it


def test_a_replaced_file_shows_the_new_name():
    material = add_material("Mapa", "mapa-stara.pdf")
    material.file = SimpleUploadedFile("mapa-nowa.pdf", tiny_pdf(["Mapa"]))
    material.save()
    assert Material.objects.get(pk=material.pk).original_name == "mapa-nowa.pdf"


def test_a_material_from_before_names_were_kept_shows_the_name_it_downloads_under(
    staff_client,
):
    material = add_material("Projekt uchwały – zieleń", "projekt.pdf")
    Material.objects.filter(pk=material.pk).update(original_name="")
    html = staff_client.get(CHANGE.format(material.consultation.pk)).content.decode()
    assert f'<a href="{material.get_absolute_url()}">projekt-uchwaly-zielen.pdf</a>' in html
    assert material.file.name not in html


def test_the_admin_shows_a_hostile_file_name_as_text(staff_client):
    material = add_material("Projekt", '<img src=x onerror="alert(1)">.pdf')
    assert material.original_name == '<img src=x onerror="alert(1)">.pdf'
    html = staff_client.get(CHANGE.format(material.consultation.pk)).content.decode()
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;.pdf</a>" in html
    assert "<img src=x" not in html


@pytest.mark.parametrize(
    ("sent", "kept"),
    [
        ("C:\\Users\\anna\\Pulpit\\uchwała.pdf", "uchwała.pdf"),
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("mapa\x00\x1b[31m.pdf", "mapa[31m.pdf"),
        ("  spacje.pdf  ", "spacje.pdf"),
        ("a" * 300 + ".docx", "a" * 194 + "….docx"),
    ],
)
def test_the_name_kept_has_no_folders_no_control_characters_and_fits_its_column(sent, kept):
    assert original_file_name(sent) == kept
    assert len(original_file_name(sent)) <= 200


def test_the_formats_and_the_limit_are_written_under_the_file_field(staff_client, settings):
    settings.CONSULTATION_MATERIAL_MAX_MB = 7  # the same setting the check reads
    material = add_material("Projekt", "projekt.pdf")
    html = staff_client.get(CHANGE.format(material.consultation.pk)).content.decode()
    help_text = (
        "PDF, DOC, DOCX, ODT, XLS, XLSX, ODS, JPG lub PNG, najwyżej 7 MB. Plik bez hasła, "
        "makr i odwołań do innych plików; tekst najlepiej jako PDF."
    )
    # Under the box of the stored material and of every new row, tied to the box.
    for row in ["0", "__prefix__"]:
        field = f"id_materials-{row}-file"
        box = re.search(
            rf'<input type="file" [^>]*id="{field}"[^>]*>\s*(</p>)?\s*(<p [^>]*>)', html
        )
        assert box, row
        assert f'aria-describedby="{field}_limits"' in box.group(0)
        assert box.group(2) == f'<p class="help" id="{field}_limits">'
        assert f'<p class="help" id="{field}_limits">{help_text}</p>' in html


def test_a_file_above_the_limit_is_refused_with_the_limit_and_what_to_do(
    staff_client, department_staff, settings
):
    settings.CONSULTATION_MATERIAL_MAX_MB = 1
    consultation = make_consultation()
    big = tiny_pdf(["x"]) + b"0" * (1024 * 1024)
    response = post_with_material(staff_client, department_staff, consultation, "duzy.pdf", big)
    html = response.content.decode().replace("\xa0", " ")
    assert (
        "Plik jest za duży (1,0 MB). Największy dopuszczalny rozmiar to 1,0 MB. Proszę "
        "zmniejszyć plik, np. zapisać zdjęcia w dokumencie w niższej rozdzielczości albo "
        "podzielić dokument na części, i dodać go jeszcze raz."
    ) in html
    assert not Material.objects.exists()


def encrypted_pdf():
    return crafted.pdf(lambda writer: writer.encrypt("tajne-haslo", algorithm="AES-128"))


def test_a_pdf_with_a_password_is_refused_asking_to_save_it_without():
    with pytest.raises(ValidationError) as refusal:
        check_material_file(SimpleUploadedFile("uchwala.pdf", encrypted_pdf()))
    assert refusal.value.messages == [
        "Plik PDF jest zabezpieczony hasłem, więc mieszkańcy go nie otworzą. Proszę zapisać "
        "plik bez hasła i dodać go jeszcze raz."
    ]


def script_on_opening(writer):
    writer.root_object[NameObject("/OpenAction")] = writer._add_object(
        crafted.action("/JavaScript", JS=TextStringObject("app.alert(1)"))
    )


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("duzy.pdf", None),  # too large
        ("pusty.pdf", b""),
        ("uchwala.pdf", EXE),
        ("mapa.png", tiny_pdf(["x"])),
        ("haslo.pdf", encrypted_pdf()),
        ("skrypt.pdf", crafted.pdf(script_on_opening)),
        ("uszkodzony.pdf", b"%PDF-1.4\n" + b"\x00" * 64),
        ("makro.docx", DOCM),
        ("makro.xls", crafted.old_excel(macro_sheet=True)),
    ],
    ids=[
        "too-large",
        "empty",
        "program",
        "wrong-extension",
        "password",
        "script",
        "damaged-pdf",
        "macro",
        "excel-macro",
    ],
)
def test_every_refusal_says_why_and_asks_formally_what_to_do(settings, name, content):
    settings.CONSULTATION_MATERIAL_MAX_MB = 1
    content = tiny_pdf(["x"]) + b"0" * (1024 * 1024) if content is None else content
    with pytest.raises(ValidationError) as refusal:
        check_material_file(SimpleUploadedFile(name, content))
    [message] = refusal.value.messages
    assert INFORMAL.search(message) is None, message
    assert re.search(r"\b(Proszę|Prosimy)\b", message), message  # what to do
    assert message.index(". ") < message.index("Pro"), message  # why comes first
