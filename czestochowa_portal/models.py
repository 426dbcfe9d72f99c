from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.urls import reverse
from django_prose_editor.fields import ProseEditorField
from simple_history.models import HistoricalRecords

from common.richtext import RICH_TEXT_EXTENSIONS


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


class SitePage(models.Model):
    """A page of fixed purpose whose text the city edits in the admin."""

    class Kind(models.TextChoices):
        HOME = "home", "Strona główna (wstęp)"
        ABOUT = "about", "O konsultacjach"
        CONTACT = "contact", "Kontakt"
        PRIVACY = "privacy", "Polityka prywatności"
        TERMS = "terms", "Regulamin"
        EASY_READ = "easy-read", "Tekst łatwy do czytania"

    URL_NAMES = {
        Kind.HOME: "home",
        Kind.ABOUT: "about",
        Kind.CONTACT: "contact",
        Kind.PRIVACY: "privacy",
        Kind.TERMS: "terms",
        Kind.EASY_READ: "easy_read",
    }

    kind = models.CharField("rodzaj strony", max_length=20, choices=Kind, unique=True)
    title = models.CharField("tytuł", max_length=200)
    lead = models.TextField(
        "wstęp", blank=True, help_text="Krótki tekst pod tytułem, bez formatowania."
    )
    body = ProseEditorField("treść", extensions=RICH_TEXT_EXTENSIONS, sanitize=True, blank=True)
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
    site_name = models.CharField("nazwa strony", max_length=200)
    site_url = models.URLField("adres strony")
    published_on = models.DateField("data publikacji strony internetowej")
    updated_on = models.DateField("data ostatniej istotnej aktualizacji")
    status = models.CharField("stan zgodności", max_length=20, choices=Status)
    non_compliance = ProseEditorField(
        "niezgodność z załącznikiem", extensions=RICH_TEXT_EXTENSIONS, sanitize=True, blank=True
    )
    exempt_content = ProseEditorField(
        "treści nieobjęte przepisami", extensions=RICH_TEXT_EXTENSIONS, sanitize=True, blank=True
    )
    excessive_cost = ProseEditorField(
        "nadmierne koszty (ocena)", extensions=RICH_TEXT_EXTENSIONS, sanitize=True, blank=True
    )
    prepared_on = models.DateField("data sporządzenia deklaracji")
    reviewed_on = models.DateField("data ostatniego przeglądu deklaracji", null=True, blank=True)
    assessment = models.CharField("sposób oceny", max_length=20, choices=Assessment)
    audit_report_url = models.URLField("adres raportu z audytu", blank=True)
    facilities = ProseEditorField(
        "udogodnienia i inne informacje", extensions=RICH_TEXT_EXTENSIONS, sanitize=True, blank=True
    )
    keyboard_shortcuts = ProseEditorField(
        "skróty klawiszowe", extensions=RICH_TEXT_EXTENSIONS, sanitize=True, blank=True
    )
    contact_person = models.CharField("osoba kontaktowa", max_length=200)
    contact_email = models.EmailField("e-mail kontaktowy")
    contact_phone = models.CharField("telefon kontaktowy", max_length=40)
    mobile_apps = ProseEditorField(
        "aplikacje mobilne", extensions=RICH_TEXT_EXTENSIONS, sanitize=True, blank=True
    )
    architecture = ProseEditorField(
        "dostępność architektoniczna", extensions=RICH_TEXT_EXTENSIONS, sanitize=True
    )
    architecture_url = models.URLField("adres opisu dostępności architektonicznej", blank=True)
    communication = ProseEditorField(
        "dostępność komunikacyjno-informacyjna", extensions=RICH_TEXT_EXTENSIONS, sanitize=True
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
