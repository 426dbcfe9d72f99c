import uuid
from pathlib import Path

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django_cleanup import cleanup
from django_prose_editor.fields import ProseEditorField
from simple_history.models import HistoricalRecords

from common.richtext import RICH_TEXT_EXTENSIONS, sanitize_rich_text

# The one public folder of MEDIA_ROOT: nginx (and runserver in DEBUG) serve it directly.
IMAGE_FOLDER = "aktualnosci/"


def news_image_path(instance, filename):
    # Generated names: nothing of the uploader's file name reaches the public URL.
    suffix = Path(filename).suffix.lower()
    return f"{IMAGE_FOLDER}{timezone.now():%Y/%m}/{uuid.uuid4().hex}{suffix}"


def news_thumbnail_path(instance, filename):
    suffix = Path(filename).suffix.lower()
    return f"{IMAGE_FOLDER}miniatury/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{suffix}"


class NewsQuerySet(models.QuerySet):
    def visible(self, now=None):
        """Published and due: what anyone may read."""
        return self.filter(state=News.State.PUBLISHED, publish_at__lte=now or timezone.now())

    def city_wide(self):
        return self.filter(district__isnull=True)

    def for_district(self, district):
        return self.filter(district=district)

    def newest_first(self):
        return self.order_by("-publish_at", "-pk")


# A deleted item's photo, or a replaced or removed one, leaves the disk once committed.
@cleanup.select
class News(models.Model):
    """A news item (aktualność) of the city or of one district council."""

    class State(models.TextChoices):
        DRAFT = "draft", "szkic"
        PUBLISHED = "published", "do publikacji"

    title = models.CharField("tytuł", max_length=200)
    slug = models.SlugField("adres (slug)", max_length=220, unique=True)
    lead = models.TextField(
        "zajawka", max_length=600, help_text="Jedno–dwa zdania pokazywane na liście aktualności."
    )
    body = ProseEditorField("treść", extensions=RICH_TEXT_EXTENSIONS, sanitize=sanitize_rich_text)
    image = models.ImageField("zdjęcie", upload_to=news_image_path, blank=True)
    # Made from the photo when it is saved (news/photos.py): what lists show.
    image_thumbnail = models.ImageField(
        "miniatura zdjęcia", upload_to=news_thumbnail_path, blank=True, editable=False
    )
    image_alt = models.CharField(
        "tekst alternatywny zdjęcia",
        max_length=250,
        blank=True,
        help_text="Co widać na zdjęciu – opis dla osób, które go nie zobaczą.",
    )
    district = models.ForeignKey(
        "districts.District",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="news",
        verbose_name="dzielnica",
        help_text="Puste pole oznacza aktualność ogólnomiejską.",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="news",
        verbose_name="autor",
    )
    state = models.CharField("stan", max_length=20, choices=State, default=State.DRAFT)
    publish_at = models.DateTimeField("data publikacji", default=timezone.now, db_index=True)
    created_at = models.DateTimeField("utworzono", auto_now_add=True)
    updated_at = models.DateTimeField("ostatnia zmiana", auto_now=True)

    objects = NewsQuerySet.as_manager()
    history = HistoricalRecords()

    class Meta:
        verbose_name = "aktualność"
        verbose_name_plural = "aktualności"
        ordering = ["-publish_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(image="") | ~models.Q(image_alt=""),
                name="news_image_has_alt_text",
                violation_error_message="Zdjęcie musi mieć tekst alternatywny.",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:detail", args=[self.slug])

    @property
    def status(self):
        """Szkic, zaplanowana or opublikowana, as a council member thinks of it."""
        if self.state == self.State.DRAFT:
            return "szkic"
        if self.publish_at > timezone.now():
            return "zaplanowana"
        return "opublikowana"

    @property
    def is_visible(self):
        return self.status == "opublikowana"

    @property
    def is_draft(self):
        return self.state == self.State.DRAFT

    @property
    def thumbnail_url(self):
        """The small copy of the photo for lists; the photo itself if it has none yet."""
        if self.image_thumbnail:
            return self.image_thumbnail.url
        return self.image.url if self.image else ""

    @property
    def source_name(self):
        return self.district.council_name if self.district else "Urząd Miasta Częstochowy"
