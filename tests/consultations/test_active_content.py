"""Materials that carry code, programs or outside links are refused, and the message says what.

Every file here is a real document of its kind, made by tests/consultations/crafted_files.py.
"""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf.actions import JavaScript, PageTrigger
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

from consultations.demo import tiny_pdf
from consultations.uploads import check_material_file
from tests.consultations import crafted_files as crafted

AGAIN_AS_PDF = "Zapisz go ponownie jako zwykły PDF (np. „Drukuj do PDF”) i dodaj jeszcze raz."
WITHOUT_THEM = "Zapisz go bez nich (np. jako zwykły .docx, .xlsx lub PDF) i dodaj ponownie."
VBA_PROJECT = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
OLE_OBJECT = "application/vnd.openxmlformats-officedocument.oleObject"


def refusal(name, content) -> str:
    with pytest.raises(ValidationError) as refused:
        check_material_file(SimpleUploadedFile(name, content))
    return " ".join(refused.value.messages)


# --- PDF ------------------------------------------------------------------------------------


def script_run_on_opening(writer):
    writer.add_open_action(JavaScript("app.alert('otwarto');"))


def script_run_on_a_page(writer):
    writer.pages[0].add_action(PageTrigger("open"), JavaScript("app.alert('strona');"))


def program_launched_on_opening(writer):
    launch = crafted.action("/Launch", F=TextStringObject("cmd.exe"))
    writer.root_object[NameObject("/OpenAction")] = writer._add_object(launch)


def attached_program(writer):
    writer.add_attachment("faktura.exe", b"MZ\x90\x00" + b"\x00" * 60)


def address_opened_by_itself(writer):
    visit = crafted.action("/URI", URI=TextStringObject("https://example.com/sledzenie"))
    writer.root_object[NameObject("/OpenAction")] = writer._add_object(visit)


def xfa_form(writer):
    form = DictionaryObject(
        {NameObject("/Fields"): ArrayObject(), NameObject("/XFA"): TextStringObject("<xdp/>")}
    )
    writer.root_object[NameObject("/AcroForm")] = writer._add_object(form)


@pytest.mark.parametrize(
    ("content", "found"),
    [
        (crafted.pdf(script_run_on_opening), "skrypty JavaScript"),
        (crafted.pdf(script_run_on_a_page), "skrypty JavaScript"),
        (crafted.pdf_with_compressed_script(), "skrypty JavaScript"),
        (crafted.pdf(program_launched_on_opening), "polecenie uruchomienia programu"),
        (crafted.pdf(attached_program), "osadzone pliki"),
        (crafted.pdf(address_opened_by_itself), "działania wykonywane samoczynnie przy otwarciu"),
        (crafted.pdf(xfa_form), "formularz XFA"),
    ],
    ids=["open-action", "page-action", "compressed-escaped", "launch", "attachment", "uri", "xfa"],
)
def test_a_pdf_with_active_content_is_refused_naming_what_it_holds(content, found):
    assert refusal("uchwala.pdf", content) == f"Plik PDF zawiera {found}. {AGAIN_AS_PDF}"


def test_a_script_hidden_in_a_compressed_object_stream_is_found_though_no_byte_spells_it():
    content = crafted.pdf_with_compressed_script()
    assert b"JavaScript" not in content
    assert b"/JS" not in content
    assert "skrypty JavaScript" in refusal("uchwala.pdf", content)


def test_everything_found_in_a_pdf_is_named_at_once():
    def both(writer):
        script_run_on_opening(writer)
        attached_program(writer)

    assert refusal("uchwala.pdf", crafted.pdf(both)) == (
        f"Plik PDF zawiera skrypty JavaScript i osadzone pliki. {AGAIN_AS_PDF}"
    )


def test_a_pdf_that_mentions_json_and_links_to_the_bip_is_accepted():
    def harmless(writer):
        writer.add_metadata({"/Subject": "Dane w formacie /JSON", "/JSON": "tak"})
        writer.add_uri(0, "https://bip.czestochowa.pl/", [50, 50, 200, 80])

    content = crafted.pdf(harmless)
    assert b"/JSON" in content
    assert check_material_file(SimpleUploadedFile("dane.pdf", content)) == "pdf"


def test_html_posing_as_a_pdf_is_refused():
    assert refusal("a.pdf", b"%PDF-<html><script>alert(1)</script></html>").startswith(
        "Nie można przyjąć tego pliku: jego zawartość nie jest dokumentem"
    )


def test_a_pdf_that_cannot_be_read_is_refused_with_its_own_message():
    assert refusal("a.pdf", b"%PDF-1.4\n1 0 obj << /Type /Catalog") == (
        "Nie można odczytać tego pliku PDF: jest uszkodzony albo to nie jest PDF. Zapisz go "
        "ponownie (np. „Drukuj do PDF”) i dodaj jeszcze raz."
    )


# --- Office ---------------------------------------------------------------------------------

DOCM = crafted.docx(
    parts={
        "word/vbaProject.bin": (
            "application/vnd.ms-office.vbaProject",
            crafted.compound_file(crafted.vba_project()),
        )
    },
    relationships=[("rId9", VBA_PROJECT, "vbaProject.bin", False)],
)


@pytest.mark.parametrize(
    ("name", "content", "found"),
    [
        ("uchwala.docx", DOCM, "makra VBA"),
        # The project renamed to look like a picture and left out of the content types.
        (
            "uchwala.docx",
            crafted.docx(
                parts={
                    "word/media/image1.png": (
                        "image/png",
                        crafted.compound_file(crafted.vba_project()),
                    )
                }
            ),
            "makra VBA",
        ),
        ("uchwala.doc", crafted.old_word(**crafted.vba_project("Macros")), "makra VBA"),
        ("budzet.xls", crafted.old_excel(**crafted.vba_project("_VBA_PROJECT_CUR")), "makra VBA"),
        ("budzet.xls", crafted.old_excel(macro_sheet=True), "makra Excel 4.0 (XLM)"),
        (
            "uchwala.docx",
            crafted.docx(
                parts={"word/embeddings/oleObject1.bin": (OLE_OBJECT, crafted.ole_package_object())}
            ),
            "osadzone obiekty innych programów (OLE)",
        ),
        (
            "uchwala.doc",
            crafted.old_word(**{"ObjectPool/_1234567/\x01Ole10Native": b"\x00"}),
            "osadzone obiekty innych programów (OLE)",
        ),
        (
            "uchwala.docx",
            crafted.docx(
                parts={
                    "word/activeX/activeX1.xml": ("application/vnd.ms-office.activeX+xml", b"<a/>")
                }
            ),
            "kontrolki ActiveX",
        ),
        (
            "uchwala.docx",
            crafted.docx(
                body='<w:p><w:r><w:object><o:OLEObject Type="Link" r:id="rId5"/></w:object>'
                "</w:r></w:p>",
                relationships=[
                    (
                        "rId5",
                        f"{crafted.RELATIONSHIPS}/oleObject",
                        "http://example.com/obiekt.sct",
                        True,
                    )
                ],
            ),
            "odwołania do zewnętrznych zasobów (oleObject: http://example.com/obiekt.sct)",
        ),
        (
            "uchwala.odt",
            crafted.odt({"Basic/Standard/Module1.xml": b"<module/>"}),
            "makra lub skrypty pakietu biurowego",
        ),
        (
            "uchwala.odt",
            crafted.odt(
                content='<text:p><text:a xlink:href="vnd.sun.star.script:Standard.Module1.Main'
                '?language=Basic&amp;location=application">Kliknij</text:a></text:p>'
            ),
            "makra lub skrypty pakietu biurowego",
        ),
    ],
    ids=[
        "docx-vba",
        "docx-renamed-vba",
        "doc-vba",
        "xls-vba",
        "xls-excel4",
        "docx-ole-package",
        "doc-object-pool",
        "docx-activex",
        "docx-external-ole-object",
        "odt-basic",
        "odt-script-link",
    ],
)
def test_an_office_file_with_active_content_is_refused_naming_what_it_holds(name, content, found):
    assert refusal(name, content) == f"Plik zawiera {found}. {WITHOUT_THEM}"


def test_a_word_file_with_a_remote_template_names_its_address():
    content = crafted.docx(
        relationships=[
            (
                "rId1",
                f"{crafted.RELATIONSHIPS}/attachedTemplate",
                "https://example.com/szablon.dotm",
                True,
            )
        ]
    )
    assert "(attachedTemplate: https://example.com/szablon.dotm)" in refusal("a.docx", content)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("uchwala.docx", crafted.docx()),
        (
            "uchwala.docx",
            crafted.docx(
                relationships=[
                    (
                        "rId5",
                        f"{crafted.RELATIONSHIPS}/hyperlink",
                        "https://bip.czestochowa.pl/",
                        True,
                    )
                ]
            ),
        ),
        ("uchwala.doc", crafted.old_word()),
        ("budzet.xls", crafted.old_excel()),
        ("uchwala.odt", crafted.odt()),
        ("uchwala.pdf", tiny_pdf(["Projekt"])),
    ],
    ids=["docx", "docx-with-a-link", "doc", "xls", "odt", "pdf"],
)
def test_ordinary_documents_still_pass(name, content):
    assert check_material_file(SimpleUploadedFile(name, content)) == name.rsplit(".", 1)[1]


def test_an_old_excel_5_book_stream_is_not_taken_for_a_spreadsheet():
    content = crafted.compound_file({"Book": crafted.workbook_stream()})
    assert refusal("a.xls", content).startswith("Nie można przyjąć tego pliku")


def chart_workbook(**parts) -> bytes:
    """A report with a chart: Word keeps the chart's data as a workbook inside the document."""
    workbook = crafted.zip_bytes(
        {"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<workbook/>"} | parts
    )
    xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return crafted.docx(parts={"word/embeddings/Microsoft_Excel_Worksheet.xlsx": (xlsx, workbook)})


def test_a_chart_s_workbook_inside_a_report_passes_and_is_checked_too():
    assert check_material_file(SimpleUploadedFile("raport.docx", chart_workbook())) == "docx"
    with_macros = chart_workbook(
        **{"xl/vbaProject.bin": crafted.compound_file(crafted.vba_project())}
    )
    assert refusal("raport.docx", with_macros) == f"Plik zawiera makra VBA. {WITHOUT_THEM}"
