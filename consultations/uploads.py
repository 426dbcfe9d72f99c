"""Materials are checked by what is inside the file, not by the name it was sent with.

A renamed program (`uchwala.pdf` that is really an .exe), or a document that carries code
or outside links (see active_content.py), is refused with a message in Polish before
anything is written to storage.
"""

import io
import struct
import unicodedata
import zipfile

import olefile
from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat

from consultations import active_content

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
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "png": "image/png",
    "jpg": "image/jpeg",
    "doc": "application/msword",
    "xls": "application/vnd.ms-excel",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}
OFFICE_PACKAGES = {"docx", "xlsx", "odt", "ods"}
OFFICE_COMPOUND_FILES = {"doc", "xls"}
ALLOWED = "PDF, DOC, DOCX, ODT, XLS, XLSX, ODS, JPG, PNG"
ALLOWED_IN_WORDS = "PDF, DOC, DOCX, ODT, XLS, XLSX, ODS, JPG lub PNG"
ORIGINAL_NAME_MAX = 200  # Material.original_name
OPENDOCUMENT = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
}
MAX_ZIP_MEMBERS = 5000


def max_material_bytes() -> int:
    return settings.CONSULTATION_MATERIAL_MAX_MB * 1024 * 1024


def material_file_help_text() -> str:
    """What the admin writes under the file field: from the settings the checks below use."""
    return (
        f"{ALLOWED_IN_WORDS}, najwyżej {settings.CONSULTATION_MATERIAL_MAX_MB} MB. "
        "Plik bez hasła, makr i odwołań do innych plików; tekst najlepiej jako PDF."
    )


def original_file_name(name: str) -> str:
    """The name the file was sent with, fit to be shown to staff: no folders, no control
    characters, shortened in the middle so that the extension stays."""
    name = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C").strip()
    if len(name) <= ORIGINAL_NAME_MAX:
        return name
    stem, dot, extension = name.rpartition(".")
    if not dot or len(extension) > 10:
        return name[: ORIGINAL_NAME_MAX - 1] + "…"
    return stem[: ORIGINAL_NAME_MAX - len(extension) - 2] + "…." + extension


def max_unpacked_bytes() -> int:
    # Office files compress text about tenfold; far beyond that is a zip bomb, which the
    # checks of active content would spend minutes unpacking.
    return 25 * max_material_bytes()


def _read(file) -> bytes:
    file.seek(0)
    data = file.read()
    file.seek(0)
    return data


def _ole_kind(data: bytes) -> str | None:
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            if ole.exists("WordDocument"):
                return "doc"
            if ole.exists("Workbook"):
                return "xls"
    except (OSError, ValueError, IndexError, struct.error):
        # olefile raises OSError for a damaged compound file, the others for a truncated one.
        return None
    return None


def _zip_kind(data: bytes) -> str | None:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            if len(members) > MAX_ZIP_MEMBERS:
                return None
            if sum(member.file_size for member in members) > max_unpacked_bytes():
                raise ValidationError(
                    "Plik po rozpakowaniu zajmuje zbyt wiele miejsca jak na dokument. Proszę "
                    "sprawdzić, czy to właściwy plik, albo zapisać go jako PDF.",
                    code="too_large_unpacked",
                )
            names = archive.namelist()
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
    return None


def detect_kind(data: bytes) -> str | None:
    """The kind of document the bytes hold, or None when it is none the portal accepts."""
    if data.startswith(PDF):
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
        return _zip_kind(data)
    return None


def check_material_file(file) -> str:
    """Return the checked kind of an uploaded material; raise ValidationError otherwise."""
    limit = max_material_bytes()
    if file.size > limit:
        raise ValidationError(
            "Plik jest za duży (%(size)s). Największy dopuszczalny rozmiar to %(limit)s. "
            "Proszę zmniejszyć plik, np. zapisać zdjęcia w dokumencie w niższej "
            "rozdzielczości albo podzielić dokument na części, i dodać go jeszcze raz.",
            code="too_large",
            params={"size": filesizeformat(file.size), "limit": filesizeformat(limit)},
        )
    if file.size == 0:
        raise ValidationError(
            "Plik jest pusty (0 bajtów). Proszę sprawdzić, czy to właściwy plik, i dodać go "
            "jeszcze raz.",
            code="empty",
        )
    name = (getattr(file, "name", "") or "").rsplit("/", 1)[-1]
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    data = _read(file)
    kind = detect_kind(data)
    if kind is None:
        raise ValidationError(
            "Nie można przyjąć tego pliku: jego zawartość nie jest dokumentem żadnego "
            "z dopuszczalnych rodzajów (%(allowed)s). Proszę sprawdzić, czy to właściwy plik, "
            "albo zapisać go w jednym z tych formatów.",
            code="unknown_content",
            params={"allowed": ALLOWED},
        )
    if extension not in EXTENSIONS[kind]:
        raise ValidationError(
            "Nazwa pliku kończy się na „.%(extension)s”, ale jego zawartość to %(kind)s. "
            "Proszę poprawić rozszerzenie w nazwie albo wybrać właściwy plik.",
            code="extension_mismatch",
            params={"extension": extension or "(brak)", "kind": kind.upper()},
        )
    if kind == "pdf":
        active_content.check_pdf(data)
    elif kind in OFFICE_PACKAGES | OFFICE_COMPOUND_FILES:
        active_content.check_office(data, package=kind in OFFICE_PACKAGES)
    return kind


def validate_material_file(file) -> None:
    """Validator for the model field: runs in every form before anything is stored."""
    if file and not getattr(file, "_committed", True):
        check_material_file(file)
