"""Real documents of each accepted kind, clean or carrying active content, made in the test.

No sample from the internet is needed (and none is reachable offline): the files are built
by the formats' own rules, small but complete enough that the parsers the portal uses
(pypdf, olefile and oletools) read them as Word, Excel or PDF would.
"""

import io
import struct
import zipfile
import zlib

from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject

# --- OLE2 compound files (old .doc and .xls, vbaProject.bin, OLE objects) ------------------

SECTOR = 512
FREE, END_OF_CHAIN, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
# Streams shorter than this live in the "mini stream"; padding every stream to it keeps
# the writer short without making the file any less a compound file.
MINI_STREAM_CUTOFF = 4096


def _cfb_order(name: str):
    # The directory's sibling order of [MS-CFB] 2.6.4: shorter names first, then upper case.
    return (len(name), name.upper())


def compound_file(streams: dict[str, bytes]) -> bytes:
    """A version 3 compound file (MS-CFB) with the given streams; "A/B" makes storage A."""
    entries = [{"name": "Root Entry", "type": 5, "children": [], "data": b""}]
    storages = {"": 0}
    for path, data in streams.items():
        parts = path.split("/")
        for depth in range(1, len(parts)):
            storage = "/".join(parts[:depth])
            if storage not in storages:
                entries.append({"name": parts[depth - 1], "type": 1, "children": [], "data": b""})
                storages[storage] = len(entries) - 1
                entries[storages["/".join(parts[: depth - 1])]]["children"].append(storage)
        padded = data + b"\x00" * max(0, MINI_STREAM_CUTOFF - len(data))
        entries.append({"name": parts[-1], "type": 2, "children": [], "data": padded})
        entries[storages["/".join(parts[:-1])]]["children"].append(len(entries) - 1)
    for entry in entries:
        # Children hang off the first child as a chain of right siblings: a valid search tree.
        ids = [child if isinstance(child, int) else storages[child] for child in entry["children"]]
        ids.sort(key=lambda index: _cfb_order(entries[index]["name"]))
        entry["child"] = ids[0] if ids else NO_STREAM
        for position, index in enumerate(ids):
            entries[index]["right"] = ids[position + 1] if position + 1 < len(ids) else NO_STREAM

    body, fat = bytearray(), []
    for entry in entries:
        if entry["type"] != 2:
            entry["start"] = END_OF_CHAIN
            continue
        count = -(-len(entry["data"]) // SECTOR)
        entry["start"] = len(fat)
        fat += [*range(len(fat) + 1, len(fat) + count), END_OF_CHAIN]
        body += entry["data"].ljust(count * SECTOR, b"\x00")
    directory = bytearray()
    for entry in entries:
        name = entry["name"].encode("utf-16-le") + b"\x00\x00"
        directory += name.ljust(64, b"\x00") + struct.pack(
            "<HBBIII16sIQQIQ",
            len(name),
            entry["type"],
            1,  # black
            NO_STREAM,
            entry.get("right", NO_STREAM),
            entry["child"],
            b"\x00" * 16,
            0,
            0,
            0,
            entry["start"],
            len(entry["data"]) if entry["type"] == 2 else 0,
        )
    directory = directory.ljust(-(-len(directory) // SECTOR) * SECTOR, b"\x00")
    directory_start = len(fat)
    directory_sectors = len(directory) // SECTOR
    fat += [*range(directory_start + 1, directory_start + directory_sectors), END_OF_CHAIN]
    fat_sectors = 1
    while (len(fat) + fat_sectors) > fat_sectors * (SECTOR // 4):
        fat_sectors += 1
    fat_start = len(fat)
    fat += [FAT_SECTOR] * fat_sectors
    fat += [FREE] * (fat_sectors * (SECTOR // 4) - len(fat))
    difat = [*range(fat_start, fat_start + fat_sectors)] + [FREE] * (109 - fat_sectors)
    header = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
        + b"\x00" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\x00" * 6
        + struct.pack(
            "<IIIIIIIII",
            0,
            fat_sectors,
            directory_start,
            0,
            MINI_STREAM_CUTOFF,
            END_OF_CHAIN,
            0,
            END_OF_CHAIN,
            0,
        )
        + struct.pack("<109I", *difat)
    )
    return header + bytes(body) + bytes(directory) + struct.pack(f"<{len(fat)}I", *fat)


def vba_project(root: str = "") -> dict[str, bytes]:
    """The streams of a VBA project ([MS-OVBA] 2.2): PROJECT, VBA/_VBA_PROJECT and VBA/dir."""
    prefix = f"{root}/" if root else ""
    return {
        f"{prefix}PROJECT": b'ID="{00000000-0000-0000-0000-000000000000}"\r\nModule=Module1\r\n',
        f"{prefix}VBA/_VBA_PROJECT": b"\xcc\x61\xff\xff\x00\x00\x00",
        f"{prefix}VBA/dir": b"\x01",
        f"{prefix}VBA/Module1": b'Sub AutoOpen()\r\nShell "calc.exe"\r\nEnd Sub\r\n',
    }


def biff_record(kind: int, data: bytes = b"") -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def workbook_stream(*, macro_sheet: bool = False) -> bytes:
    """A BIFF8 workbook globals substream naming one sheet (an Excel 4.0 macro sheet if asked)."""
    bof = struct.pack("<HHHHII", 0x0600, 0x0005, 0x0DBB, 0x07CC, 0, 0x0206)
    name = b"Makro1" if macro_sheet else b"Arkusz1"
    sheet = struct.pack("<IBB", 0, 0, 1 if macro_sheet else 0) + bytes([len(name), 0]) + name
    return biff_record(0x0809, bof) + biff_record(0x0085, sheet) + biff_record(0x000A)


def old_word(**extra: bytes) -> bytes:
    return compound_file({"WordDocument": b"\xec\xa5\xc1\x00", "1Table": b"\x00"} | extra)


def old_excel(*, macro_sheet: bool = False, **extra: bytes) -> bytes:
    return compound_file({"Workbook": workbook_stream(macro_sheet=macro_sheet)} | extra)


def ole_package_object() -> bytes:
    """An OLE object made by the Windows Packager: a program wrapped to be run on a click."""
    program = b"MZ\x90\x00" + b"\x00" * 60
    native = (
        b"\x02\x00"
        + b"faktura.exe\x00"
        + b"C:\\faktura.exe\x00"
        + b"\x00\x00\x03\x00"
        + struct.pack("<I", 15)
        + b"C:\\faktura.exe\x00"
        + struct.pack("<I", len(program))
        + program
    )
    return compound_file(
        {"\x01Ole10Native": struct.pack("<I", len(native)) + native, "\x01CompObj": b"\x01"}
    )


# --- Office Open XML and OpenDocument packages ----------------------------------------------

WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships"


def zip_bytes(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _relationships(relationships: list[tuple[str, str, str, bool]]) -> bytes:
    rows = "".join(
        f'<Relationship Id="{rid}" Type="{kind}" Target="{target}"'
        # external: True, or the mode as written ("external" is read by Word too)
        + (f' TargetMode="{"External" if external is True else external}"' if external else "")
        + "/>"
        for rid, kind, target, external in relationships
    )
    return (
        f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PACKAGE_RELATIONSHIPS}">'
        f"{rows}</Relationships>"
    ).encode()


def docx(
    *,
    body: str = "<w:p><w:r><w:t>Projekt uchwały</w:t></w:r></w:p>",
    main_type: str = WORD_MAIN,
    parts: dict[str, tuple[str, bytes]] | None = None,
    relationships: list[tuple[str, str, str, bool]] = (),
) -> bytes:
    """A Word document; parts are name -> (content type, bytes), linked from the document."""
    parts = parts or {}
    overrides = "".join(
        f'<Override PartName="/{name}" ContentType="{content_type}"/>'
        for name, (content_type, _) in ({"word/document.xml": (main_type, b"")} | parts).items()
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f"{overrides}</Types>"
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        f'xmlns:r="{RELATIONSHIPS}" xmlns:o="urn:schemas-microsoft-com:office:office">'
        f"<w:body>{body}</w:body></w:document>"
    )
    return zip_bytes(
        {
            "[Content_Types].xml": content_types.encode(),
            "_rels/.rels": _relationships(
                [("rId1", f"{RELATIONSHIPS}/officeDocument", "word/document.xml", False)]
            ),
            "word/document.xml": document.encode(),
            "word/_rels/document.xml.rels": _relationships(list(relationships)),
        }
        | {name: content for name, (_, content) in parts.items()}
    )


def word_field(instruction: str) -> str:
    """A paragraph with a field as Word writes it: begin, instruction, separate, result, end."""
    return (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{instruction}</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )


def simple_word_field(instruction: str) -> str:
    """The short form of a field: <w:fldSimple w:instr="...">."""
    return f'<w:p><w:fldSimple w:instr="{instruction}"><w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>'


SPREADSHEET = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def xlsx_with_dde_link(service: str, topic: str) -> bytes:
    """A workbook whose cell reads another program's data through DDE (an externalLink)."""
    kind = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{kind}.sheet.main+xml"/>'
        f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{kind}.worksheet+xml"/>'
        '<Override PartName="/xl/externalLinks/externalLink1.xml" '
        f'ContentType="{kind}.externalLink+xml"/></Types>'
    )
    workbook = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{SPREADSHEET}" '
        f'xmlns:r="{RELATIONSHIPS}"><sheets><sheet name="A" sheetId="1" r:id="rId1"/></sheets>'
        '<externalReferences><externalReference r:id="rId2"/></externalReferences></workbook>'
    )
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{SPREADSHEET}"><sheetData>'
        '<row r="1"><c r="A1"><f>[1]!\'!A0\'</f><v>0</v></c></row></sheetData></worksheet>'
    )
    link = (
        f'<?xml version="1.0" encoding="UTF-8"?><externalLink xmlns="{SPREADSHEET}">'
        f'<ddeLink ddeService="{service}" ddeTopic="{topic}"><ddeItems>'
        '<ddeItem name="A0" advise="1"/></ddeItems></ddeLink></externalLink>'
    )
    return zip_bytes(
        {
            "[Content_Types].xml": content_types.encode(),
            "_rels/.rels": _relationships(
                [("rId1", f"{RELATIONSHIPS}/officeDocument", "xl/workbook.xml", False)]
            ),
            "xl/workbook.xml": workbook.encode(),
            "xl/_rels/workbook.xml.rels": _relationships(
                [
                    ("rId1", f"{RELATIONSHIPS}/worksheet", "worksheets/sheet1.xml", False),
                    (
                        "rId2",
                        f"{RELATIONSHIPS}/externalLink",
                        "externalLinks/externalLink1.xml",
                        False,
                    ),
                ]
            ),
            "xl/worksheets/sheet1.xml": sheet.encode(),
            "xl/externalLinks/externalLink1.xml": link.encode(),
        }
    )


def odt(extra: dict[str, bytes] | None = None, *, content: str = "<text:p>Uchwała</text:p>"):
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    document = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="{office}" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" '
        'xmlns:xlink="http://www.w3.org/1999/xlink" '
        'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
        'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
        f'office:version="1.3"><office:body><office:text>{content}</office:text></office:body>'
        "</office:document-content>"
    )
    return zip_bytes(
        {
            "mimetype": b"application/vnd.oasis.opendocument.text",
            "content.xml": document.encode(),
            "META-INF/manifest.xml": b'<?xml version="1.0" encoding="UTF-8"?><manifest/>',
        }
        | (extra or {})
    )


# --- PDF ------------------------------------------------------------------------------------


def pdf(change=None) -> bytes:
    """A one-page PDF written by pypdf; change(writer) adds to it before it is written."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    if change:
        change(writer)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def action(kind: str, **entries) -> DictionaryObject:
    values = {NameObject("/Type"): NameObject("/Action"), NameObject("/S"): NameObject(kind)}
    for key, value in entries.items():
        values[NameObject(f"/{key}")] = value
    return DictionaryObject(values)


def pdf_with_compressed_script() -> bytes:
    """A PDF 1.5 whose catalog sits compressed in an object stream, with the action's names
    written in #-escapes (/Java#53cript, /J#53): no byte of the file spells JavaScript."""
    stored = [
        b"<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        b"<< /Type /Action /S /Java#53cript /J#53 (app.alert\\(1\\)) >>",
    ]
    offsets, body = [], b""
    for item in stored:
        offsets.append(len(body))
        body += item + b"\n"
    index = b" ".join(b"%d %d" % (number, offset) for number, offset in enumerate(offsets, 1))
    packed = zlib.compress(index + b"\n" + body)
    first = len(index) + 1
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    object_stream_at = len(out)
    out += b"5 0 obj\n<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode /Length %d >>\n" % (
        len(stored),
        first,
        len(packed),
    )
    out += b"stream\n" + packed + b"\nendstream\nendobj\n"
    xref_at = len(out)
    rows = [struct.pack(">BIH", 0, 0, 0xFFFF)]
    rows += [struct.pack(">BIH", 2, 5, index) for index in range(len(stored))]
    rows += [struct.pack(">BIH", 1, object_stream_at, 0), struct.pack(">BIH", 1, xref_at, 0)]
    table = zlib.compress(b"".join(rows))
    out += (
        b"6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Filter /FlateDecode "
        b"/Length %d >>\nstream\n" % len(table)
    )
    out += table + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % xref_at
    return bytes(out)
