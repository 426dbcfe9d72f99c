"""Office and PDF files that carry code are refused, whatever their letter case or format."""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from consultations.demo import tiny_pdf
from consultations.uploads import check_material_file
from tests.consultations.test_rich_text_and_materials import DOC, DOCX, OLE, zip_bytes

BASE_DOCX = {"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document/>"}
ODT_BASE = {"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": b"<x/>"}


def upload(name, content):
    return SimpleUploadedFile(name, content)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("a.docx", zip_bytes(BASE_DOCX | {"word/vbaproject.bin": b"m"})),
        ("a.docx", zip_bytes(BASE_DOCX | {"word/activeX/activeX1.bin": b"x"})),
        ("a.docx", zip_bytes(BASE_DOCX | {"word/embeddings/oleObject1.bin": b"x"})),
        ("a.odt", zip_bytes(ODT_BASE | {"Basic/Standard/Module1.xml": b"x"})),
        ("a.doc", DOC + "_VBA_PROJECT".encode("utf-16-le")),
        ("a.pdf", b"%PDF-1.4\n1 0 obj << /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>"),
        ("a.pdf", b"%PDF-1.4\n1 0 obj << /Type /Action /S /Launch /F (cmd.exe) >>"),
    ],
)
def test_files_with_code_inside_are_refused(name, content):
    with pytest.raises(ValidationError) as refused:
        check_material_file(upload(name, content))
    assert refused.value.code in {"macros", "active_pdf"}


def test_html_posing_as_a_pdf_is_refused():
    with pytest.raises(ValidationError):
        check_material_file(upload("a.pdf", b"%PDF-<html><script>alert(1)</script></html>"))


def test_an_old_excel_5_book_stream_is_not_taken_for_a_spreadsheet():
    with pytest.raises(ValidationError):
        check_material_file(upload("a.xls", OLE + "Book".encode("utf-16-le")))


@pytest.mark.parametrize(
    ("name", "content"), [("a.docx", DOCX), ("a.doc", DOC), ("a.pdf", tiny_pdf(["Projekt"]))]
)
def test_ordinary_documents_still_pass(name, content):
    assert check_material_file(upload(name, content)) == name.rsplit(".", 1)[1]
