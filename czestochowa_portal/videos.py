"""Recordings on site pages (the PJM video): checked by content, stored under a new name."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils import timezone

# Browsers play these two without a plug-in; the portal serves them itself (no CDN).
WEBM = b"\x1a\x45\xdf\xa3"
ALLOWED = "MP4 lub WebM"


def video_kind(head: bytes) -> str | None:
    """`mp4` or `webm` from the first bytes of a file, None for anything else."""
    # QuickTime (.mov) shares the MP4 box layout but not every browser plays it.
    if head[4:8] == b"ftyp" and head[8:12] != b"qt  ":
        return "mp4"
    if head.startswith(WEBM):
        return "webm"
    return None


def check_video_file(file) -> str:
    """Return the kind of an uploaded recording, or raise a Polish ValidationError."""
    limit = settings.SITE_PAGE_VIDEO_MAX_MB * 1024 * 1024
    if file.size > limit:
        raise ValidationError(
            "Nagranie jest za duże (%(size)s). Największy dopuszczalny rozmiar to %(limit)s. "
            "Proszę zapisać je w mniejszej rozdzielczości albo podzielić na części.",
            params={"size": filesizeformat(file.size), "limit": filesizeformat(limit)},
            code="too_large",
        )
    file.seek(0)
    head = file.read(16)
    file.seek(0)
    kind = video_kind(head)
    if kind is None:
        raise ValidationError(
            "To nie jest nagranie w formacie %(allowed)s. Prosimy zapisać film jako %(allowed)s.",
            params={"allowed": ALLOWED},
            code="not_video",
        )
    return kind


def validate_video_file(file) -> None:
    """Validator for the model field: checks only a newly sent file, not the stored one."""
    if file and not getattr(file, "_committed", True):
        check_video_file(file)


def validate_captions_file(file) -> None:
    """Captions must be WebVTT, the only format the <track> element reads."""
    if not file or getattr(file, "_committed", True):
        return
    file.seek(0)
    head = file.read(10).removeprefix(b"\xef\xbb\xbf")
    file.seek(0)
    if not head.startswith(b"WEBVTT"):
        raise ValidationError(
            "Napisy muszą być plikiem WebVTT (.vtt), który zaczyna się od słowa WEBVTT. Proszę "
            "zapisać je w tym formacie (potrafi to większość programów do napisów).",
            code="not_webvtt",
        )


# Recordings of site pages are public: runserver and nginx serve this folder of MEDIA_ROOT.
VIDEO_FOLDER = "strony/"


def captions_upload_to(instance, filename):
    return f"{VIDEO_FOLDER}{timezone.now():%Y/%m}/{uuid.uuid4().hex}.vtt"


def video_upload_to(instance, filename):
    # A generated name; the extension follows the checked content where the form has it.
    kind = None
    if not getattr(instance.video, "_committed", True):
        kind = video_kind(instance.video.file.read(16))
        instance.video.file.seek(0)
    kind = kind or ("webm" if filename.lower().endswith(".webm") else "mp4")
    return f"{VIDEO_FOLDER}{timezone.now():%Y/%m}/{uuid.uuid4().hex}.{kind}"
