"""News photos: the small copy that lists show, and a photo kept across a refused form.

A browser never fills a file field again, so after a form error (a missing alt text, say)
the photo would have to be chosen once more. Instead the checked photo is kept in a folder
that nothing serves publicly (not under aktualnosci/), under a random name recorded in the
session of the person who sent it; the form carries only that token. Another session cannot
use or see it; saving the item moves it into the item, leaving the form forgets it, and
`stale_kept_photos_delete` (a daily task) removes what was left behind.
"""

import datetime
import io
import secrets
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile, UploadedFile
from django.utils import timezone
from PIL import Image, ImageOps

THUMBNAIL_BOX = (480, 360)  # twice the largest size a list shows, for sharp screens
THUMBNAIL_QUALITY = 82

KEPT_FOLDER = "robocze/aktualnosci/"
KEPT_FIELD = "zachowane_zdjecie"
DROP_FIELD = "porzuc_zachowane_zdjecie"
SESSION_KEY = "news_kept_photos"
KEEP_FOR = datetime.timedelta(days=1)
MAX_KEPT = 3  # per session: a few open forms, not a store of files
CONTENT_TYPES = {".jpg": "image/jpeg", ".png": "image/png", ".webp": "image/webp"}


def thumbnail_of(photo) -> SimpleUploadedFile:
    """A JPEG of the photo that fits THUMBNAIL_BOX, on white where the photo is transparent."""
    photo.seek(0)
    with Image.open(photo) as original:
        picture = ImageOps.exif_transpose(original)
        picture.thumbnail(THUMBNAIL_BOX)
        if picture.mode != "RGB":
            rgba = picture.convert("RGBA")
            picture = Image.new("RGB", rgba.size, "white")
            picture.paste(rgba, mask=rgba.getchannel("A"))
        buffer = io.BytesIO()
        picture.save(buffer, format="JPEG", quality=THUMBNAIL_QUALITY, optimize=True)
    photo.seek(0)
    return SimpleUploadedFile("miniatura.jpg", buffer.getvalue(), content_type="image/jpeg")


def is_new_upload(image) -> bool:
    """A file sent with the form (or kept from it), not the photo the item already has."""
    return isinstance(image, UploadedFile)


# --- Kept across a refused form -------------------------------------------------------------


@dataclass(frozen=True)
class KeptPhoto:
    token: str
    name: str  # in the storage; never taken from the request
    original_name: str  # as the person's computer called it, to show it back

    @property
    def content_type(self):
        return CONTENT_TYPES.get(PurePosixPath(self.name).suffix, "application/octet-stream")

    def as_upload(self) -> SimpleUploadedFile:
        """The photo as the form takes it: checked and cleaned already when it was kept."""
        with default_storage.open(self.name, "rb") as stored:
            content = stored.read()
        suffix = PurePosixPath(self.name).suffix
        return SimpleUploadedFile(f"zdjecie{suffix}", content, content_type=self.content_type)


def _kept(request) -> dict:
    return request.session.get(SESSION_KEY, {})


def kept_photo(request, token) -> KeptPhoto | None:
    """The photo this session kept under the token, if it is still there."""
    entry = _kept(request).get(token) if isinstance(token, str) else None
    if not entry or not default_storage.exists(entry["name"]):
        return None
    return KeptPhoto(token=token, name=entry["name"], original_name=entry["original_name"])


def photo_keep(request, upload, *, original_name) -> KeptPhoto:
    """Store a checked photo of a refused form for this session; return it with its token."""
    token = secrets.token_urlsafe(18)
    suffix = PurePosixPath(upload.name).suffix.lower()
    upload.seek(0)
    name = default_storage.save(f"{KEPT_FOLDER}{token}{suffix}", upload)
    kept = _kept(request)
    kept[token] = {
        "name": name,
        "original_name": PurePosixPath(original_name or upload.name).name[:100],
        "kept_at": timezone.now().isoformat(),
    }
    for oldest in sorted(kept, key=lambda key: kept[key]["kept_at"])[:-MAX_KEPT]:
        default_storage.delete(kept.pop(oldest)["name"])
    request.session[SESSION_KEY] = kept
    return KeptPhoto(token=token, name=name, original_name=kept[token]["original_name"])


def photo_forget(request, kept: KeptPhoto | None):
    """Delete a kept photo: it was saved with the item, replaced, or given up."""
    if kept is None:
        return
    default_storage.delete(kept.name)
    remaining = _kept(request)
    remaining.pop(kept.token, None)
    request.session[SESSION_KEY] = remaining


def photo_after_refusal(request, form, kept: KeptPhoto | None) -> KeptPhoto | None:
    """The photo a refused form offers again: a newly sent one that passed its checks (kept
    now, in place of an earlier one), else the one kept before; none when it was removed."""
    image = form.cleaned_data.get("image")
    if image is False:  # „Wyczyść”: the person removed the photo
        photo_forget(request, kept)
        return None
    upload = request.FILES.get("image")
    if upload is None or "image" in form.errors or not is_new_upload(image):
        return kept
    photo_forget(request, kept)
    return photo_keep(request, image, original_name=upload.name)


def stale_kept_photos_delete(now=None) -> int:
    """Delete kept photos older than KEEP_FOR (their forms were left); return how many."""
    now = now or timezone.now()
    try:
        _, names = default_storage.listdir(KEPT_FOLDER)
    except FileNotFoundError:
        return 0
    deleted = 0
    for name in names:
        path = f"{KEPT_FOLDER}{name}"
        if now - default_storage.get_modified_time(path) > KEEP_FOR:
            default_storage.delete(path)
            deleted += 1
    return deleted
