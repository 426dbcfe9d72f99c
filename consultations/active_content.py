"""Code and outside links in a material are found by parsing the file, not by searching bytes.

A byte search misses what the format hides (a PDF name written `/Java#53cript`, an action
in a compressed object stream, a renamed `vbaProject.bin`) and refuses what is harmless (the
word `/JSON` in a PDF). pypdf reads the PDF as a viewer does; olefile and oletools read
Office files as Word and Excel do. Each refusal names what was found, in Polish.
"""

import io
import warnings
import zipfile

import olefile
from django.core.exceptions import ValidationError
from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

with warnings.catch_warnings():
    # oletools 0.60 still calls pyparsing's old camelCase names; pyparsing 3.3 warns about
    # each of them at every start.
    warnings.simplefilter("ignore", DeprecationWarning)
    from oletools import msodde, olevba
    from oletools.oleobj import OOXML_RELATIONSHIP_TAG
    from oletools.ooxml import XmlParser
    from oletools.thirdparty.oledump.plugin_biff import cBIFF

OLE_MAGIC = olefile.MAGIC
ZIP_MAGIC = b"PK\x03\x04"
# Documents inside documents (a chart's workbook inside a report) are checked this deep.
MAX_NESTING = 2

# --- PDF ------------------------------------------------------------------------------------

PDF_FOUND = {
    "javascript": "skrypty JavaScript",
    "launch": "polecenie uruchomienia programu",
    "embedded": "osadzone pliki",
    "richmedia": "osadzone multimedia (RichMedia)",
    "xfa": "formularz XFA",
    "automatic": "działania wykonywane samoczynnie przy otwarciu",
    "remote": "odnośniki do plików spoza dokumentu (np. na dysku sieciowym)",
}
PDF_ACTIONS = {
    "/JavaScript": "javascript",
    "/Launch": "launch",
    # A jump into another file: on a network path (\\server\\share) the viewer sends the
    # reader's Windows credentials there.
    "/GoToR": "remote",
    "/GoToE": "embedded",
    "/RichMediaExecute": "richmedia",
}
PDF_KEYS = {
    "/JS": "javascript",
    "/JavaScript": "javascript",  # the document's name tree of scripts
    "/EmbeddedFiles": "embedded",
    "/EmbeddedFile": "embedded",
    "/XFA": "xfa",
    "/RichMediaContent": "richmedia",
}
PDF_TYPES = {"/EmbeddedFile": "embedded", "/FileAttachment": "embedded", "/RichMedia": "richmedia"}
# What a viewer may do by itself on opening a document or a page: only move within it.
PDF_AUTOMATIC_ALLOWED = {"/GoTo"}
# Addresses a link may open on a click; javascript: runs a script, file: and the rest reach
# into the reader's computer or network.
PDF_LINK_SCHEMES = {"http", "https", "mailto", "tel"}

PDF_MESSAGE = (
    "Plik PDF zawiera %(found)s. Proszę zapisać go ponownie jako zwykły PDF (np. poleceniem "
    "„Drukuj do PDF”) i dodać jeszcze raz."
)

# --- Office ---------------------------------------------------------------------------------

OFFICE_FOUND = {
    "vba": "makra VBA",
    "xlm": "makra Excel 4.0 (XLM)",
    "opendocument_macros": "makra lub skrypty pakietu biurowego",
    "activex": "kontrolki ActiveX",
    "ole": "osadzone obiekty innych programów (OLE)",
    "external": "odwołania do zewnętrznych zasobów (%s)",
    "dde": "polecenia DDE uruchamiające inne programy (%s)",
}
OOXML_CONTENT_TYPES = {
    "application/vnd.ms-office.vbaproject": "vba",
    "application/vnd.ms-word.vbadata+xml": "vba",
    "application/vnd.ms-excel.macrosheet+xml": "xlm",
    "application/vnd.ms-excel.intlmacrosheet+xml": "xlm",
    "application/vnd.ms-excel.macrosheet": "xlm",
    "application/vnd.ms-office.activex+xml": "activex",
    "application/vnd.ms-office.activex": "activex",
    "application/vnd.openxmlformats-officedocument.oleobject": "ole",
}
# A link the reader clicks is fine; anything else outside the file is fetched on opening
# (a template with macros, an OLE object, another workbook's cells).
HARMLESS_EXTERNAL_RELATIONSHIPS = {"hyperlink"}
MAX_TARGETS_NAMED = 3
OPENDOCUMENT_CODE_FOLDERS = {"basic", "scripts"}
OPENDOCUMENT_SCRIPT_LISTENER = "{urn:oasis:names:tc:opendocument:xmlns:script:1.0}event-listener"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
OPENDOCUMENT_SCRIPT_LINKS = ("vnd.sun.star.script:", "macro:")
# Links the reader follows by a click; every other link (a picture, an object, a section, a
# sheet) is loaded by the office program itself, from wherever it points.
OPENDOCUMENT_CLICKED_LINKS = {
    "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}a",
    "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}a",
}
OPENDOCUMENT_PREFIXES = {
    "urn:oasis:names:tc:opendocument:xmlns:text:1.0": "text",
    "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0": "draw",
    "urn:oasis:names:tc:opendocument:xmlns:table:1.0": "table",
    "urn:oasis:names:tc:opendocument:xmlns:style:1.0": "style",
}
OPENDOCUMENT_DDE_APPLICATION = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}dde-application"
OPENDOCUMENT_DDE_TOPIC = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}dde-topic"
# Word fields that start a program through DDE, and fields that fetch a file or an address
# when the document opens or its fields are updated. HYPERLINK waits for a click and stays.
WORD_DDE_FIELDS = {"DDE", "DDEAUTO"}
WORD_FETCHING_FIELDS = {"INCLUDEPICTURE", "INCLUDETEXT", "INCLUDE", "IMPORT", "LINK", "RD"}

OFFICE_MESSAGE = (
    "Plik zawiera %(found)s. Proszę zapisać go bez nich (np. jako zwykły plik .docx, .xlsx "
    "lub PDF) i dodać jeszcze raz."
)


def _in_polish(phrases: list[str]) -> str:
    if len(phrases) == 1:
        return phrases[0]
    return ", ".join(phrases[:-1]) + " i " + phrases[-1]


# --- PDF ------------------------------------------------------------------------------------


def _resolved(dictionary: DictionaryObject, key: str):
    # dict.get keeps a reference unresolved: a name stored as its own object must count too.
    value = dict.get(dictionary, key)
    return value.get_object() if isinstance(value, IndirectObject) else value


def _each_object_once(pending: list):
    """Take items off `pending` (which the caller may extend meanwhile), each referenced
    object resolved and given once: a file may point to an object from many places, or in
    a circle."""
    seen = set()
    while pending:
        item = pending.pop()
        if isinstance(item, IndirectObject):
            if (item.idnum, item.generation) in seen:
                continue
            seen.add((item.idnum, item.generation))
            item = item.get_object()
        yield item


def _pdf_action_kinds(value, found: set[str]) -> None:
    """Note an automatic action (OpenAction, AA) other than a jump within the document."""
    pending = [value]
    for item in _each_object_once(pending):
        if isinstance(item, ArrayObject):
            # An array is a destination (a page and a view), not an action.
            continue
        if not isinstance(item, DictionaryObject):
            continue
        kind = _resolved(item, "/S")
        if kind is None:
            pending.extend(dict.values(item))  # the AA dictionary: one action per trigger
            continue
        if not isinstance(kind, str) or (
            kind not in PDF_AUTOMATIC_ALLOWED and kind not in PDF_ACTIONS
        ):
            found.add("automatic")
        next_action = dict.get(item, "/Next")
        if next_action is not None:
            pending.extend(next_action if isinstance(next_action, ArrayObject) else [next_action])


def _pdf_link_kind(address) -> str | None:
    """What a URI action's address does, if more than open a web page or a mail."""
    if isinstance(address, bytes):
        address = address.decode("latin-1")
    if not isinstance(address, str):
        return "remote"
    # Viewers, like browsers, drop spaces and control characters: "java\tscript:" runs too.
    address = "".join(char for char in address if char.isprintable() and not char.isspace())
    scheme, colon, _ = address.partition(":")
    scheme = scheme.lower()
    if colon and scheme == "javascript":
        return "javascript"
    if colon and scheme in PDF_LINK_SCHEMES:
        return None
    return "remote"


def _pdf_dictionary_findings(dictionary: DictionaryObject, found: set[str]) -> None:
    for key in dictionary:
        if key in PDF_KEYS:
            found.add(PDF_KEYS[key])
    action = _resolved(dictionary, "/S")
    if isinstance(action, str) and action in PDF_ACTIONS:
        found.add(PDF_ACTIONS[action])
    if action == "/URI":
        kind = _pdf_link_kind(_resolved(dictionary, "/URI"))
        if kind:
            found.add(kind)
    for key in ("/Type", "/Subtype"):
        kind = _resolved(dictionary, key)
        if isinstance(kind, str) and kind in PDF_TYPES:
            found.add(PDF_TYPES[kind])
    for key in ("/OpenAction", "/AA"):
        if key in dictionary:
            _pdf_action_kinds(dict.get(dictionary, key), found)


def _pdf_findings(data: bytes) -> set[str]:
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and not reader.decrypt(""):
        raise ValidationError(
            "Plik PDF jest zabezpieczony hasłem, więc mieszkańcy go nie otworzą. Proszę zapisać "
            "plik bez hasła i dodać go jeszcze raz.",
            code="encrypted_pdf",
        )
    found: set[str] = set()
    # Every object the file lists, and everything reachable from its trailer: a viewer
    # acts on any of them, wherever (and however compressed) they are stored.
    pending = [reader.trailer]
    pending += [
        IndirectObject(number, generation, reader)
        for generation, numbers in reader.xref.items()
        for number in numbers
    ]
    pending += [IndirectObject(number, 0, reader) for number in reader.xref_objStm]
    for item in _each_object_once(pending):
        if isinstance(item, DictionaryObject):  # streams too: a stream is a dictionary
            _pdf_dictionary_findings(item, found)
            pending.extend(dict.values(item))
        elif isinstance(item, ArrayObject):
            pending.extend(list.__iter__(item))
    return found


def check_pdf(data: bytes) -> None:
    """Refuse a PDF that runs scripts or programs, carries files or acts by itself."""
    try:
        found = _pdf_findings(data)
    except ValidationError:
        raise
    except Exception:  # any failure to parse hostile input is a refusal, never a 500
        raise ValidationError(
            "Nie można odczytać tego pliku PDF: jest uszkodzony albo to nie jest PDF. Proszę "
            "zapisać go ponownie (np. poleceniem „Drukuj do PDF”) i dodać jeszcze raz.",
            code="unreadable_pdf",
        ) from None
    if found:
        phrases = [phrase for key, phrase in PDF_FOUND.items() if key in found]
        raise ValidationError(PDF_MESSAGE, code="active_pdf", params={"found": _in_polish(phrases)})


# --- Office: old binary files ---------------------------------------------------------------


def _ole_objects(ole: olefile.OleFileIO) -> bool:
    """Embedded objects of Word (ObjectPool) and Excel (MBD storages), or a packaged file."""
    for path in ole.listdir(streams=True, storages=True):
        if path[0] == "ObjectPool" and len(path) > 1:
            return True
        if any(name.upper().startswith("MBD") for name in path[:-1]):
            return True
        if path[-1].lower() == "\x01ole10native":
            return True
    return False


def _has_vba_storage(ole: olefile.OleFileIO) -> bool:
    return any(path[-1].upper() == "VBA" for path in ole.listdir(streams=False, storages=True))


def _excel4_macro_sheets(ole: olefile.OleFileIO) -> bool:
    if not ole.exists("Workbook"):
        return False
    workbook = ole.openstream("Workbook").read()
    sheets = cBIFF(name=["Workbook"], stream=workbook, options="-o BOUNDSHEET").Analyze()
    return any("Excel 4.0 macro sheet" in line for line in sheets)


def _compound_file_findings(data: bytes) -> set[str]:
    found = set()
    if olevba.VBA_Parser("material", data=data).detect_vba_macros():
        found.add("vba")
    with olefile.OleFileIO(io.BytesIO(data)) as ole:
        # olevba looks for these only in files that name Excel in their class id; Excel
        # opens a workbook without one.
        if _excel4_macro_sheets(ole):
            found.add("xlm")
        if _ole_objects(ole):
            found.add("ole")
    return found


# --- Office: Open XML and OpenDocument packages ---------------------------------------------


def _content_type_findings(parser: XmlParser, names: list[str]) -> set[str]:
    overrides, defaults = parser.get_content_types()
    overrides = {name.lower(): kind.lower() for name, kind in overrides.items()}
    defaults = {extension.lower(): kind.lower() for extension, kind in defaults.items()}
    found = set()
    for name in names:
        extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        content_type = overrides.get(name.lower(), defaults.get(extension, ""))
        if content_type in OOXML_CONTENT_TYPES:
            found.add(OOXML_CONTENT_TYPES[content_type])
    return found


def _external_targets(parser: XmlParser, names: list[str]) -> list[str]:
    relationships = [name for name in names if name.lower().endswith(".rels")]
    targets = []
    if not relationships:
        return targets
    for _, element, _ in parser.iter_xml(relationships, False, OOXML_RELATIONSHIP_TAG):
        # Word reads the mode whatever its case ("external" too).
        if element.get("TargetMode", "").strip().lower() != "external":
            continue
        kind = element.get("Type", "").rsplit("/", 1)[-1]
        if kind not in HARMLESS_EXTERNAL_RELATIONSHIPS:
            targets.append(f"{kind}: {element.get('Target', '')[:100]}")
    return targets


def _word_field_findings(data: bytes) -> tuple[list[str], list[str]]:
    """DDE commands and fetched addresses in Word's fields, as msodde reads the fields."""
    commands, targets = [], []
    for field in msodde.process_docx(io.BytesIO(data), msodde.FIELD_FILTER_ALL).splitlines():
        # A field inside another arrives joined to it: every word may start a field.
        words = [word.strip('"') for word in msodde.FIELD_WORD_REGEX.findall(field)]
        for position, word in enumerate(words):
            if word.upper() in WORD_DDE_FIELDS:
                commands.append(field.strip()[:100])
                break
            elif word.upper() in WORD_FETCHING_FIELDS:
                # LINK names the program first, then the file: LINK Excel.Sheet.8 "a.xls" "A1"
                at = position + (2 if word.upper() == "LINK" else 1)
                target = words[at] if at < len(words) else ""
                targets.append(f"{word.upper()}: {target[:100]}")
    return commands, targets


def _is_outside_the_package(link: str) -> bool:
    # Inside: "Pictures/1.png", "./Object 1". Outside: any scheme (http:, file:), an
    # absolute or network path (/, \\server), or a step out of the package (../).
    link = link.strip().replace("\\", "/")
    if link.startswith(("/", "../")) or link == "..":
        return True
    scheme = link.split("/", 1)[0]
    return ":" in scheme


def _opendocument_findings(
    parser: XmlParser, names: list[str]
) -> tuple[set[str], list[str], list[str]]:
    folders = {part.lower() for name in names for part in name.split("/")[:-1]}
    if folders & OPENDOCUMENT_CODE_FOLDERS:
        return {"opendocument_macros"}, [], []
    found, commands, targets = set(), [], []
    # The document's own parts and those of the objects inside it ("Object 1/content.xml").
    documents = [name for name in names if name.rsplit("/", 1)[-1] in ("content.xml", "styles.xml")]
    for _, element, _ in parser.iter_xml(documents, False):
        link = element.get(XLINK_HREF, "").strip()
        if element.tag == OPENDOCUMENT_SCRIPT_LISTENER or link.lower().startswith(
            OPENDOCUMENT_SCRIPT_LINKS
        ):
            found.add("opendocument_macros")
        elif element.get(OPENDOCUMENT_DDE_APPLICATION) is not None:
            application = element.get(OPENDOCUMENT_DDE_APPLICATION, "")
            commands.append(f"{application} {element.get(OPENDOCUMENT_DDE_TOPIC, '')}"[:100])
        elif (
            link and element.tag not in OPENDOCUMENT_CLICKED_LINKS and _is_outside_the_package(link)
        ):
            namespace, _, kind = element.tag[1:].partition("}")
            prefix = OPENDOCUMENT_PREFIXES.get(namespace)
            targets.append(f"{prefix}:{kind}: {link[:100]}" if prefix else f"{kind}: {link[:100]}")
    return found, commands, targets


def _package_findings(data: bytes, depth: int = 0) -> tuple[set[str], list[str], list[str]]:
    found, commands, targets = set(), [], []
    if olevba.VBA_Parser("material", data=data).detect_vba_macros():
        found.add("vba")
    parser = XmlParser(io.BytesIO(data))
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = archive.namelist()
        if "[Content_Types].xml" in names:
            found |= _content_type_findings(parser, names)
            targets += _external_targets(parser, names)
            field_commands, field_targets = _word_field_findings(data)
            commands += field_commands
            targets += field_targets
            # A workbook's link to another program: <ddeLink ddeService="cmd" ddeTopic="...">
            commands += msodde.process_xlsx(io.BytesIO(data)).splitlines()
        if "mimetype" in names:
            document_found, document_commands, document_targets = _opendocument_findings(
                parser, names
            )
            found |= document_found
            commands += document_commands
            targets += document_targets
        for name in names:
            with archive.open(name) as part:
                head = part.read(len(OLE_MAGIC))
            if head == OLE_MAGIC:
                with olefile.OleFileIO(io.BytesIO(archive.read(name))) as ole:
                    # A VBA project is an OLE file too; olevba has named it above.
                    if not _has_vba_storage(ole):
                        found.add("ole")
            elif head.startswith(ZIP_MAGIC) and depth < MAX_NESTING:
                inner = _package_findings(archive.read(name), depth + 1)
                found |= inner[0]
                commands += inner[1]
                targets += inner[2]
            elif head.startswith(ZIP_MAGIC):
                found.add("ole")
    return found, commands, targets


def _named(items: list[str]) -> str:
    named = ", ".join(items[:MAX_TARGETS_NAMED])
    if len(items) > MAX_TARGETS_NAMED:
        named += f" i {len(items) - MAX_TARGETS_NAMED} innych"
    return named


def check_office(data: bytes, *, package: bool) -> None:
    """Refuse an Office or OpenDocument file with macros, programs' objects or outside links."""
    try:
        found, commands, targets = (
            _package_findings(data) if package else (_compound_file_findings(data), [], [])
        )
    except Exception:  # any failure to parse hostile input is a refusal, never a 500
        raise ValidationError(
            "Nie można odczytać tego dokumentu: jest uszkodzony. Proszę zapisać go ponownie "
            "w programie, w którym powstał, i dodać jeszcze raz.",
            code="unreadable_document",
        ) from None
    phrases = [phrase for key, phrase in OFFICE_FOUND.items() if key in found]
    if commands:
        phrases.append(OFFICE_FOUND["dde"] % _named(commands))
    if targets:
        phrases.append(OFFICE_FOUND["external"] % _named(targets))
    if phrases:
        raise ValidationError(
            OFFICE_MESSAGE, code="active_office", params={"found": _in_polish(phrases)}
        )
