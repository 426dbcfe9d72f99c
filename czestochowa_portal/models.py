from django.contrib.auth.models import AbstractUser, UserManager
from django.core.validators import RegexValidator
from django.db import models
from django.urls import reverse
from django_cleanup import cleanup
from django_prose_editor.fields import ProseEditorField
from simple_history.models import HistoricalRecords

from common.fields import PhoneField, WebAddressField
from common.richtext import RICH_TEXT_EXTENSIONS, sanitize_rich_text
from czestochowa_portal.videos import (
    captions_upload_to,
    validate_captions_file,
    validate_video_file,
    video_upload_to,
)


class PortalUserManager(UserManager):
    """Users log in with their e-mail address; there is no username."""

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("Adres e-mail jest wymagany.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email=None, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    username = None
    email = models.EmailField("adres e-mail", unique=True)

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = PortalUserManager()

    class Meta:
        verbose_name = "użytkownik"
        verbose_name_plural = "użytkownicy"
        ordering = ["email"]

    def __str__(self):
        return self.get_full_name() or self.email


# A replaced or removed recording (or its captions) leaves the disk once committed.
@cleanup.select
class SitePage(models.Model):
    """A page of fixed purpose whose text the city edits in the admin."""

    class Kind(models.TextChoices):
        HOME = "home", "Strona główna (wstęp)"
        ABOUT = "about", "O konsultacjach"
        CONTACT = "contact", "Kontakt"
        PRIVACY = "privacy", "Polityka prywatności"
        TERMS = "terms", "Regulamin"
        EASY_READ = "easy-read", "Tekst łatwy do czytania"
        SIGN_LANGUAGE = "sign-language", "Informacja w polskim języku migowym (PJM)"

    URL_NAMES = {
        Kind.HOME: "home",
        Kind.ABOUT: "about",
        Kind.CONTACT: "contact",
        Kind.PRIVACY: "privacy",
        Kind.TERMS: "terms",
        Kind.EASY_READ: "easy_read",
        Kind.SIGN_LANGUAGE: "sign_language",
    }

    kind = models.CharField("rodzaj strony", max_length=20, choices=Kind, unique=True)
    title = models.CharField("tytuł", max_length=200)
    lead = models.TextField(
        "wstęp", blank=True, help_text="Krótki tekst pod tytułem, bez formatowania."
    )
    body = ProseEditorField(
        "treść", extensions=RICH_TEXT_EXTENSIONS, sanitize=sanitize_rich_text, blank=True
    )
    video = models.FileField(
        "nagranie wideo",
        upload_to=video_upload_to,
        max_length=200,
        blank=True,
        validators=[validate_video_file],
        help_text="Plik MP4 lub WebM, np. nagranie w polskim języku migowym (PJM). "
        "Pokazuje się nad treścią strony.",
    )
    video_captions = models.FileField(
        "napisy do nagrania",
        upload_to=captions_upload_to,
        max_length=200,
        blank=True,
        validators=[validate_captions_file],
        help_text="Plik WebVTT (.vtt) z napisami po polsku do tego, co w nagraniu słychać.",
    )
    updated_at = models.DateTimeField("ostatnia zmiana", auto_now=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "strona serwisu"
        verbose_name_plural = "strony serwisu"
        ordering = ["kind"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse(self.URL_NAMES[self.kind])


PHONE_WITH_COUNTRY_CODE = RegexValidator(
    r"^\+48( ?[0-9]){9}$",
    "Prosimy podać numer z prefiksem +48 i dziewięcioma cyframi, np. +48 34 370 71 00.",
)


class AccessibilityStatement(models.Model):
    """The deklaracja dostępności; one row, so the yearly update is a change of data."""

    class Status(models.TextChoices):
        COMPLIANT = "zgodna", "zgodna"
        PARTIAL = "czesciowo", "częściowo zgodna"
        NON_COMPLIANT = "niezgodna", "niezgodna"

    class Assessment(models.TextChoices):
        SELF = "samoocena", "samoocena przeprowadzona przez podmiot publiczny"
        AUDIT = "audyt", "badanie przeprowadzone przez podmiot zewnętrzny"

    entity_name = models.CharField("podmiot publiczny", max_length=200)
    # The address is not stored: the page shows settings.SITE_URL, the one the site runs at.
    site_name = models.CharField("nazwa strony", max_length=200)
    published_on = models.DateField("data publikacji strony internetowej")
    updated_on = models.DateField("data ostatniej istotnej aktualizacji")
    status = models.CharField("stan zgodności", max_length=20, choices=Status)
    non_compliance = ProseEditorField(
        "niezgodność z załącznikiem",
        extensions=RICH_TEXT_EXTENSIONS,
        sanitize=sanitize_rich_text,
        blank=True,
    )
    exempt_content = ProseEditorField(
        "treści nieobjęte przepisami",
        extensions=RICH_TEXT_EXTENSIONS,
        sanitize=sanitize_rich_text,
        blank=True,
    )
    excessive_cost = ProseEditorField(
        "nadmierne koszty (ocena)",
        extensions=RICH_TEXT_EXTENSIONS,
        sanitize=sanitize_rich_text,
        blank=True,
    )
    prepared_on = models.DateField("data sporządzenia deklaracji")
    reviewed_on = models.DateField("data ostatniego przeglądu deklaracji", null=True, blank=True)
    assessment = models.CharField("sposób oceny", max_length=20, choices=Assessment)
    audit_report_url = WebAddressField("adres raportu z audytu", blank=True)
    facilities = ProseEditorField(
        "udogodnienia i inne informacje",
        extensions=RICH_TEXT_EXTENSIONS,
        sanitize=sanitize_rich_text,
        blank=True,
    )
    keyboard_shortcuts = ProseEditorField(
        "skróty klawiszowe",
        extensions=RICH_TEXT_EXTENSIONS,
        sanitize=sanitize_rich_text,
        blank=True,
    )
    contact_person = models.CharField(
        "koordynator do spraw dostępności",
        max_length=200,
        help_text="Imię i nazwisko osoby, nie nazwa stanowiska.",
    )
    contact_email = models.EmailField("e-mail koordynatora")
    contact_phone = PhoneField(
        "telefon koordynatora",
        validators=[PHONE_WITH_COUNTRY_CODE],
        help_text="Z numerem kierunkowym kraju, np. +48 34 370 71 00.",
    )
    mobile_apps = ProseEditorField(
        "aplikacje mobilne",
        extensions=RICH_TEXT_EXTENSIONS,
        sanitize=sanitize_rich_text,
        blank=True,
    )
    architecture = ProseEditorField(
        "dostępność architektoniczna", extensions=RICH_TEXT_EXTENSIONS, sanitize=sanitize_rich_text
    )
    architecture_url = WebAddressField("adres opisu dostępności architektonicznej", blank=True)
    communication = ProseEditorField(
        "dostępność komunikacyjno-informacyjna",
        extensions=RICH_TEXT_EXTENSIONS,
        sanitize=sanitize_rich_text,
    )

    history = HistoricalRecords()

    class Meta:
        verbose_name = "deklaracja dostępności"
        verbose_name_plural = "deklaracja dostępności"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(updated_on__gte=models.F("published_on")),
                name="statement_updated_after_published",
                violation_error_message=(
                    "Data aktualizacji nie może być wcześniejsza niż data publikacji."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(reviewed_on__isnull=True)
                | models.Q(reviewed_on__gte=models.F("prepared_on")),
                name="statement_reviewed_after_prepared",
                violation_error_message=(
                    "Data przeglądu nie może być wcześniejsza niż data sporządzenia."
                ),
            ),
        ]

    def __str__(self):
        return f"Deklaracja dostępności: {self.site_name}"

    def get_absolute_url(self):
        return reverse("accessibility_statement")

    @property
    def lists_inaccessible_content(self):
        return self.status != self.Status.COMPLIANT


class Building(models.Model):
    """A building of the Urząd where residents are served, as the deklaracja describes it.

    One field per question a visitor with a disability asks before coming; an empty field
    is shown as „no information”, never left out, so a gap is visible to staff and residents.
    """

    ASPECTS = [
        ("entrances", "Wejście"),
        ("ramps", "Pochylnie"),
        ("lift", "Winda"),
        ("thresholds", "Progi i schody"),
        ("parking", "Miejsca parkingowe"),
        ("toilets", "Toalety"),
        ("induction_loop", "Pętla indukcyjna"),
        ("sign_language", "Tłumacz polskiego języka migowego (PJM)"),
        ("other", "Inne informacje"),
    ]

    statement = models.ForeignKey(
        AccessibilityStatement,
        on_delete=models.CASCADE,
        related_name="buildings",
        verbose_name="deklaracja dostępności",
    )
    name = models.CharField("nazwa", max_length=200)
    address = models.CharField("adres", max_length=200)
    services = models.TextField(
        "co się tu załatwia", blank=True, help_text="Np. Kancelaria Urzędu, pokój nr 3."
    )
    entrances = models.TextField("wejście", blank=True)
    ramps = models.TextField("pochylnie", blank=True)
    lift = models.TextField("winda", blank=True)
    thresholds = models.TextField("progi i schody", blank=True)
    parking = models.TextField("miejsca parkingowe", blank=True)
    toilets = models.TextField("toalety", blank=True)
    induction_loop = models.TextField("pętla indukcyjna", blank=True)
    sign_language = models.TextField("tłumacz PJM", blank=True)
    other = models.TextField(
        "inne informacje",
        blank=True,
        help_text="Np. pies asystujący, oznaczenia dla osób niewidomych.",
    )
    position = models.PositiveSmallIntegerField("kolejność", default=0)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "budynek Urzędu"
        verbose_name_plural = "budynki Urzędu"
        ordering = ["position", "pk"]

    def __str__(self):
        return f"{self.name}, {self.address}"

    def aspects(self):
        """(label, text) for every question, in the order the page shows them."""
        return [
            (label, getattr(self, field))
            for field, label in self.ASPECTS
            if field != "other" or self.other
        ]
