"""Materials are checked by what is inside the file, not by the name it was sent with.

A renamed program (`uchwala.pdf` that is really an .exe) or a macro-enabled Office file
is refused with a message in Polish before anything is written to storage.
"""

import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat

PDF = b"%PDF-"
PNG = b"\x89PNG\r\n\x1a\n"
JPEG = b"\xff\xd8\xff"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old Word and Excel files
ZIP = b"PK\x03\x04"

# The extensions a sender may use for each kind the content shows.
EXTENSIONS = {
    "pdf": {"pdf"},
    "png": {"png"},
    "jpg": {"jpg", "jpeg"},
    "doc": {"doc"},
    "xls": {"xls"},
    "docx": {"docx"},
    "xlsx": {"xlsx"},
    "odt": {"odt"},
    "ods": {"ods"},
}
ALLOWED = "PDF, DOC, DOCX, ODT, XLS, XLSX, ODS, JPG, PNG"
OPENDOCUMENT = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
}
MAX_ZIP_MEMBERS = 5000

# Parts of Office and OpenDocument files that carry code or other programs' objects.
ACTIVE_ZIP_PARTS = ("vbaproject.bin", "activex/", "embeddings/", "basic/", "scripts/")
# Streams of old Office files that hold macros (names are UTF-16 in the directory).
OLE_MACRO_STREAMS = [name.encode("utf-16-le") for name in ("_VBA_PROJECT",)]
# PDF actions that run code or open other files when the document is opened.
PDF_ACTIVE_KEYS = (b"/JavaScript", b"/JS", b"/Launch", b"/EmbeddedFile", b"/RichMedia")

MACROS_MESSAGE = (
    "Plik zawiera makra lub osadzone programy. Zapisz go bez nich (np. jako zwykły .docx, "
    ".xlsx lub PDF) i dodaj ponownie."
)


def max_material_bytes() -> int:
    return settings.CONSULTATION_MATERIAL_MAX_MB * 1024 * 1024


def _read(file) -> bytes:
    file.seek(0)
    data = file.read()
    file.seek(0)
    return data


def _ole_kind(data: bytes) -> str | None:
    # Stream names in the compound file's directory are stored in UTF-16.
    if any(stream in data for stream in OLE_MACRO_STREAMS):
        raise ValidationError(MACROS_MESSAGE, code="macros")
    if "WordDocument".encode("utf-16-le") in data:
        return "doc"
    if "Workbook".encode("utf-16-le") in data:
        return "xls"
    return None


def _zip_kind(file) -> str | None:
    try:
        with zipfile.ZipFile(file) as archive:
            names = archive.namelist()
            if len(names) > MAX_ZIP_MEMBERS:
                return None
            lowered = [name.lower() for name in names]
            if any(part in name for name in lowered for part in ACTIVE_ZIP_PARTS):
                raise ValidationError(MACROS_MESSAGE, code="macros")
            if "mimetype" in names:
                info = archive.getinfo("mimetype")
                if info.file_size < 200:
                    return OPENDOCUMENT.get(archive.read("mimetype").strip())
            if "[Content_Types].xml" in names:
                if "word/document.xml" in names:
                    return "docx"
                if "xl/workbook.xml" in names:
                    return "xlsx"
    except (zipfile.BadZipFile, zipfile.LargeZipFile, KeyError, EOFError, ValueError):
        return None
    finally:
        file.seek(0)
    return None


def detect_kind(file) -> str | None:
    """The kind of document the bytes hold, or None when it is none the portal accepts."""
    data = _read(file)
    if data.startswith(PDF):
        if any(key in data for key in PDF_ACTIVE_KEYS):
            raise ValidationError(
                "Plik PDF zawiera skrypty lub osadzone pliki. Zapisz go ponownie jako "
                "zwykły PDF (np. „Drukuj do PDF”) i dodaj jeszcze raz.",
                code="active_pdf",
            )
        if b"<html" in data[:1024].lower() or b"<script" in data[:1024].lower():
            return None
        return "pdf"
    if data.startswith(PNG):
        return "png"
    if data.startswith(JPEG):
        return "jpg"
    if data.startswith(OLE2):
        return _ole_kind(data)
    if data.startswith(ZIP):
        return _zip_kind(file)
    return None


def check_material_file(file) -> str:
    """Return the checked kind of an uploaded material; raise ValidationError otherwise."""
    limit = max_material_bytes()
    if file.size > limit:
        raise ValidationError(
            "Plik jest za duży (%(size)s). Największy dopuszczalny rozmiar to %(limit)s.",
            code="too_large",
            params={"size": filesizeformat(file.size), "limit": filesizeformat(limit)},
        )
    if file.size == 0:
        raise ValidationError("Plik jest pusty.", code="empty")
    name = (getattr(file, "name", "") or "").rsplit("/", 1)[-1]
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    kind = detect_kind(file)
    if kind is None:
        raise ValidationError(
            "Nie można przyjąć tego pliku: jego zawartość nie jest dokumentem żadnego "
            "z dopuszczalnych rodzajów (%(allowed)s). Sprawdź, czy to właściwy plik.",
            code="unknown_content",
            params={"allowed": ALLOWED},
        )
    if extension not in EXTENSIONS[kind]:
        raise ValidationError(
            "Nazwa pliku kończy się na „.%(extension)s”, ale jego zawartość to %(kind)s. "
            "Popraw rozszerzenie albo wybierz właściwy plik.",
            code="extension_mismatch",
            params={"extension": extension or "(brak)", "kind": kind.upper()},
        )
    return kind


def validate_material_file(file) -> None:
    """Validator for the model field: runs in every form before anything is stored."""
    if file and not getattr(file, "_committed", True):
        check_material_file(file)
