import datetime
import io

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from django_prose_editor.fields import ProseEditorFormField
from PIL import Image, ImageOps

from common.collation import in_polish_order
from common.richtext import RICH_TEXT_EXTENSIONS, sanitize_rich_text
from districts.permissions import districts_for_news
from news.models import News
from news.permissions import can_post_city_wide

IMAGE_FORMATS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp"}
IMAGE_CONTENT_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
MAX_SCHEDULE_AHEAD = datetime.timedelta(days=366)
# A photo is decoded whole to be stored again: 40 megapixels (160 MB in memory) cover every
# camera's usual mode, while a small file that unpacks to 100 million pixels would take a
# worker's memory. No side of a news photo needs more than 10 000 px.
MAX_IMAGE_PIXELS = 40_000_000
MAX_IMAGE_SIDE = 10_000
JPEG_QUALITY = 90


def stored_without_metadata(upload):
    """The photo drawn again without its metadata (EXIF with the place it was taken, the
    camera, the author): only the pixels, turned as the camera meant, and the colour profile.
    """
    kind = upload.image.format
    upload.seek(0)
    with Image.open(upload) as original:
        picture = ImageOps.exif_transpose(original)
        options = {"icc_profile": original.info.get("icc_profile")}
        if kind == "JPEG":
            options |= {"quality": JPEG_QUALITY, "comment": b""}
        buffer = io.BytesIO()
        picture.save(buffer, format=kind, **options)
    # The stored name ends as the content really is, whatever the file was called.
    return SimpleUploadedFile(
        f"zdjecie{IMAGE_FORMATS[kind]}", buffer.getvalue(), content_type=IMAGE_CONTENT_TYPES[kind]
    )


def form_scope(user):
    """Where the user may post: the form's `districts` and `city_wide_allowed`."""
    return {
        "districts": districts_for_news(user),
        "city_wide_allowed": can_post_city_wide(user),
    }


class NewsForm(forms.ModelForm):
    """The editor's form, in the panel and in the admin alike: one set of rules for a news
    item, whoever writes it and wherever. The allowed districts come from `form_scope`.
    """

    PUBLISH_NOW = "now"
    PUBLISH_LATER = "later"
    DRAFT = "draft"

    publication = forms.ChoiceField(
        label="Publikacja",
        choices=[
            (DRAFT, "Zapisz jako szkic (niewidoczny dla mieszkańców)"),
            (PUBLISH_NOW, "Opublikuj teraz"),
            (PUBLISH_LATER, "Zaplanuj publikację na podany dzień i godzinę"),
        ],
        widget=forms.RadioSelect,
        initial=DRAFT,
    )
    publish_at = forms.DateTimeField(
        label="Data i godzina publikacji",
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M"],
        help_text="Potrzebna tylko przy planowanej publikacji.",
    )
    body = ProseEditorFormField(
        label="Treść", extensions=RICH_TEXT_EXTENSIONS, sanitize=sanitize_rich_text
    )

    class Meta:
        model = News
        fields = ["district", "title", "lead", "body", "image", "image_alt"]
        widgets = {
            "lead": forms.Textarea(attrs={"rows": 3}),
            "image": forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
        }
        error_messages = {
            "title": {"required": "Prosimy wpisać tytuł aktualności."},
            "lead": {
                "required": (
                    "Prosimy wpisać zajawkę – jedno lub dwa zdania o tym, czego dotyczy aktualność."
                )
            },
            "district": {"invalid_choice": "W tej dzielnicy nie mogą Państwo publikować."},
            # Django's Polish catalogue leaves this one untranslated.
            "image": {
                "invalid_image": "Ten plik nie jest zdjęciem albo jest uszkodzony. "
                "Prosimy dodać zdjęcie JPG, PNG lub WebP."
            },
        }

    def __init__(self, *args, districts, city_wide_allowed, kept_photo=None, **kwargs):
        super().__init__(*args, **kwargs)
        # The photo of an earlier, refused sending of this form (news/photos.py).
        self.kept_photo = kept_photo
        field = self.fields["district"]
        field.queryset = in_polish_order(districts)
        field.required = not city_wide_allowed
        field.empty_label = (
            "Cała Częstochowa (aktualność ogólnomiejska)" if city_wide_allowed else None
        )
        field.label = "Dzielnica"
        field.help_text = (
            "" if city_wide_allowed else "Rada, w imieniu której publikują Państwo aktualność."
        )
        self.fields["body"].error_messages["required"] = "Prosimy wpisać treść aktualności."
        self.fields["image"].help_text = (
            f"JPG, PNG lub WebP, najwyżej {settings.NEWS_IMAGE_MAX_MB} MB. "
            "Gdy formularz wróci z błędem, wybrane zdjęcie zostaje zachowane."
        )
        if self.instance.pk:
            if self.instance.state == News.State.DRAFT:
                self.initial["publication"] = self.DRAFT
            elif self.instance.publish_at > timezone.now():
                self.initial["publication"] = self.PUBLISH_LATER
            else:
                self.initial["publication"] = self.PUBLISH_NOW
            self.initial["publish_at"] = timezone.localtime(self.instance.publish_at)

    def clean_image(self):
        image = self.cleaned_data.get("image")
        if image is False:
            return image  # cleared
        if not image or not hasattr(image, "image"):
            # No new upload: the photo kept from the refused form, or the stored one, or none.
            return self.kept_photo or image
        if image.size > settings.NEWS_IMAGE_MAX_MB * 1024 * 1024:
            raise forms.ValidationError(
                f"Zdjęcie jest za duże. Największy dopuszczalny rozmiar to "
                f"{settings.NEWS_IMAGE_MAX_MB} MB. Prosimy zapisać je w mniejszej "
                "rozdzielczości (np. 2000 pikseli na dłuższym boku) i dodać jeszcze raz."
            )
        if image.image.format not in IMAGE_FORMATS:
            raise forms.ValidationError(
                f"Zdjęć w formacie {image.image.format} portal nie przyjmuje. Prosimy zapisać "
                "zdjęcie jako JPG, PNG lub WebP i dodać je jeszcze raz."
            )
        width, height = image.image.size
        if width * height > MAX_IMAGE_PIXELS or max(width, height) > MAX_IMAGE_SIDE:
            raise forms.ValidationError(
                f"Zdjęcie ma za dużo pikseli ({width} × {height}). Prosimy zmniejszyć je do "
                f"najwyżej {MAX_IMAGE_SIDE} pikseli na boku i "
                f"{MAX_IMAGE_PIXELS // 1_000_000} milionów pikseli razem."
            )
        return stored_without_metadata(image)

    def clean(self):
        cleaned = super().clean()
        image = cleaned.get("image")
        has_image = bool(image) if image is not False else False
        if has_image and not cleaned.get("image_alt", "").strip():
            self.add_error(
                "image_alt",
                "Prosimy opisać zdjęcie: tekst alternatywny jest wymagany, "
                "gdy aktualność ma zdjęcie.",
            )
        publication = cleaned.get("publication")
        publish_at = cleaned.get("publish_at")
        if publication == self.PUBLISH_LATER:
            if not publish_at:
                self.add_error("publish_at", "Prosimy podać dzień i godzinę planowanej publikacji.")
            elif publish_at <= timezone.now():
                self.add_error("publish_at", "Planowana publikacja musi przypadać w przyszłości.")
            elif publish_at > timezone.now() + MAX_SCHEDULE_AHEAD:
                self.add_error("publish_at", "Publikację można zaplanować najwyżej na rok naprzód.")
        return cleaned

    def news_fields(self):
        """What the news services take, from a valid form."""
        data = self.cleaned_data
        fields = {name: data[name] for name in ["district", "title", "lead", "body", "image_alt"]}
        fields["image"] = "" if data["image"] is False else data["image"]  # False: cleared
        return fields | self.publication_fields()

    def publication_fields(self):
        """State and time of publication as the model stores them."""
        publication = self.cleaned_data["publication"]
        if publication == self.DRAFT:
            return {
                "state": News.State.DRAFT,
                "publish_at": self.instance.publish_at or timezone.now(),
            }
        if publication == self.PUBLISH_NOW:
            keep = self.instance.pk and self.instance.is_visible
            return {
                "state": News.State.PUBLISHED,
                "publish_at": self.instance.publish_at if keep else timezone.now(),
            }
        return {"state": News.State.PUBLISHED, "publish_at": self.cleaned_data["publish_at"]}
