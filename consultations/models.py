import uuid
from datetime import timedelta

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django_cleanup import cleanup
from django_prose_editor.fields import ProseEditorField
from simple_history.models import HistoricalRecords

from common import pagecache, roles
from common.fields import AmountField, PhoneField, WebAddressField
from common.richtext import RICH_TEXT_EXTENSIONS, sanitize_rich_text
from common.slugs import polish_slugify
from consultations import bip
from consultations.procedures import Procedure, ProcedureRules, rules_for
from consultations.search import fold_text
from consultations.uploads import check_material_file, original_file_name, validate_material_file


def rich_text_field(verbose_name, **kwargs):
    return ProseEditorField(
        verbose_name, extensions=RICH_TEXT_EXTENSIONS, sanitize=sanitize_rich_text, **kwargs
    )


class ShownOnPages(models.Model):
    """A record shown on the stored public pages: a change must show at once."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        pagecache.pages_changed()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        pagecache.pages_changed()
        return result


class DepartmentQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class Department(ShownOnPages):
    """A city unit that runs consultations (wydział, biuro or jednostka miejska)."""

    code = models.CharField(
        "symbol", max_length=20, unique=True, help_text="Skrót używany w Urzędzie, np. IZ, MZD."
    )
    name = models.CharField("pełna nazwa", max_length=200)
    email = models.EmailField("e-mail", blank=True)
    phone = PhoneField("telefon", blank=True)
    address = models.CharField("adres", max_length=200, blank=True)
    is_active = models.BooleanField(
        "działa",
        default=True,
        help_text=(
            "Jednostki zlikwidowanej nie usuwa się: wystarczy odznaczyć to pole. Jej konsultacje "
            "zostają w serwisie, a nowych nie można już do niej przypisać."
        ),
    )

    objects = DepartmentQuerySet.as_manager()

    class Meta:
        verbose_name = "jednostka (wydział)"
        verbose_name_plural = "jednostki (wydziały)"
        ordering = ["code"]

    def __str__(self):
        # The mark goes wherever staff meet the unit: lists, pickers, filters, a person's page.
        name = f"{self.name} ({self.code})"
        return name if self.is_active else f"{name} – zlikwidowana"


class DepartmentMembership(roles.Membership):
    """A member of staff who works on the consultations of a department.

    It makes its user staff with admin access (see common.roles); a department
    with staff cannot be deleted, so no membership disappears without syncing its user.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="department_memberships",
        verbose_name="pracownik",
    )
    department = models.ForeignKey(
        Department, on_delete=models.PROTECT, related_name="memberships", verbose_name="jednostka"
    )

    class Meta:
        verbose_name = "pracownik jednostki"
        verbose_name_plural = "pracownicy jednostek"
        constraints = [
            models.UniqueConstraint(
                fields=["user", "department"], name="one_membership_per_department"
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.department.code}"


class Category(ShownOnPages):
    """The subject area of a consultation (inwestycje, transport, zieleń…), edited in the admin."""

    name = models.CharField("nazwa", max_length=100, unique=True)
    slug = models.SlugField("adres (slug)", max_length=100, unique=True)
    position = models.PositiveSmallIntegerField("kolejność", default=0)
    is_investment = models.BooleanField(
        "kategoria inwestycji miejskich",
        default=False,
        help_text="Konsultacje tej kategorii mają też koszt, lokalizację i terminy realizacji.",
    )

    class Meta:
        verbose_name = "kategoria"
        verbose_name_plural = "kategorie"
        ordering = ["position", "name"]

    def __str__(self):
        return self.name


class Method(ShownOnPages):
    """A form of consultation (ankieta, spotkanie otwarte, spacer studyjny…)."""

    name = models.CharField("nazwa", max_length=100, unique=True)
    slug = models.SlugField("adres (slug)", max_length=100, unique=True)
    position = models.PositiveSmallIntegerField("kolejność", default=0)

    class Meta:
        verbose_name = "forma konsultacji"
        verbose_name_plural = "formy konsultacji"
        ordering = ["position", "name"]

    def __str__(self):
        return self.name


# Said by the database's check constraints and, beside the date to correct, by the forms.
ENDS_AFTER_START = "Koniec konsultacji musi być późniejszy niż ich początek."
REALISATION_ENDS_AFTER_START = "Koniec realizacji nie może być wcześniejszy niż jej początek."
ITEM_ENDS_AFTER_START = "Koniec musi być późniejszy niż początek."


class Status(models.TextChoices):
    DRAFT = "szkic", "szkic (niepubliczne)"
    PLANNED = "planowane", "planowane"
    OPEN = "trwajace", "trwające"
    CLOSED = "zakonczone", "zakończone"
    RESULTS = "wyniki", "wyniki opublikowane"
    WITHDRAWN = "wycofane", "wycofane"


class ConsultationQuerySet(models.QuerySet):
    """The phases of a consultation, derived from its dates at the moment of asking."""

    def published(self):
        """Everything with a public page, withdrawn consultations included."""
        return self.filter(published_at__isnull=False)

    def drafts(self):
        return self.filter(published_at__isnull=True)

    def in_force(self):
        """Published and not withdrawn: the ones whose dates still mean something."""
        return self.published().filter(withdrawn_at__isnull=True)

    def withdrawn(self):
        return self.published().filter(withdrawn_at__isnull=False)

    def planned(self, now=None):
        return self.in_force().filter(starts_at__gt=now or timezone.now())

    def open(self, now=None):
        now = now or timezone.now()
        return self.in_force().filter(starts_at__lte=now, ends_at__gt=now)

    def closed(self, now=None):
        """Finished, results not yet published."""
        return self.in_force().filter(
            ends_at__lte=now or timezone.now(), results_published_at__isnull=True
        )

    def with_results(self):
        return self.in_force().filter(results_published_at__isnull=False)

    def finished(self, now=None):
        """Finished, with or without results."""
        return self.in_force().filter(ends_at__lte=now or timezone.now())

    def in_status(self, status, now=None):
        return {
            Status.DRAFT: self.drafts,
            Status.PLANNED: lambda: self.planned(now),
            Status.OPEN: lambda: self.open(now),
            Status.CLOSED: lambda: self.closed(now),
            Status.RESULTS: self.with_results,
            Status.WITHDRAWN: self.withdrawn,
        }[status]()

    def in_district(self, district):
        """Consultations that concern the district: its own and those of the whole city."""
        chosen = Consultation.districts.through.objects.filter(district=district)
        return self.filter(Q(whole_city=True) | Q(pk__in=chosen.values("consultation_id")))


class Consultation(ShownOnPages):
    """A public consultation announced by a city department.

    The fields follow the city's announcement (ogłoszenie): what, why, until when, how to
    take part, where, and who answers questions. The status is not stored: it follows from
    the publication and the dates, so nothing has to run at midnight to change it.
    """

    title = models.CharField("tytuł", max_length=200)
    slug = models.SlugField(
        "adres (slug)",
        max_length=200,
        unique=True,
        help_text="Część adresu strony: tylko małe litery bez polskich znaków, cyfry i myślniki.",
    )
    summary = models.TextField(
        "krótki opis",
        max_length=600,
        help_text="Dwa–trzy proste zdania bez formatowania: pokazywane na liście i w kanałach.",
    )
    description = rich_text_field("opis", blank=True)
    subject = rich_text_field("przedmiot konsultacji", blank=True)
    purpose = rich_text_field("cel konsultacji", blank=True)
    procedure = models.CharField(
        "tryb konsultacji",
        max_length=30,
        choices=Procedure,
        default=Procedure.GENERAL,
        help_text=(
            "Przepisy, na podstawie których prowadzi się konsultacje. Tryb wyznacza podstawę "
            "prawną, krąg uczestników i zasady zgłaszania uwag, które strona pokazuje sama, "
            "a w niektórych trybach także ustawowy minimalny termin."
        ),
    )
    legal_basis = rich_text_field(
        "uzupełnienie podstawy prawnej",
        blank=True,
        help_text=(
            "Nieobowiązkowe. Pokazywane po podstawie prawnej wynikającej z trybu, np. inne "
            "przepisy lub dokumenty, na których opierają się konsultacje. Zarządzenie "
            "Prezydenta wpisuje się w osobnych polach."
        ),
    )
    participants = models.CharField(
        "uzupełnienie informacji o uczestnikach",
        max_length=300,
        blank=True,
        help_text=(
            "Nieobowiązkowe. Pokazywane po tym, kto może wziąć udział według trybu, np. "
            "zaproszenie dla rad dzielnic. Nie może zawężać kręgu uczestników."
        ),
    )
    whole_city = models.BooleanField(
        "całe miasto",
        default=True,
        help_text=(
            "Gdy konsultacje dotyczą tylko części miasta, pole należy odznaczyć "
            "i wskazać dzielnice."
        ),
    )
    districts = models.ManyToManyField(
        "districts.District",
        blank=True,
        related_name="consultations",
        verbose_name="dzielnice",
    )
    category = models.ForeignKey(
        Category, on_delete=models.PROTECT, related_name="consultations", verbose_name="kategoria"
    )
    methods = models.ManyToManyField(
        Method, blank=True, related_name="consultations", verbose_name="formy konsultacji"
    )
    remarks_how = rich_text_field(
        "jak i gdzie składać uwagi",
        blank=True,
        help_text=(
            "Formularz, e-mail, poczta, Kancelaria Urzędu (pok. 3)… Siedziby rad dzielnic "
            "przyjmują ankiety papierowe, nie uwagi."
        ),
    )
    department = models.ForeignKey(
        Department,
        on_delete=models.PROTECT,
        related_name="consultations",
        verbose_name="jednostka odpowiedzialna",
    )
    contact_name = models.CharField("osoba do kontaktu", max_length=200, blank=True)
    contact_email = models.EmailField("e-mail osoby do kontaktu", blank=True)
    contact_phone = PhoneField("telefon osoby do kontaktu", blank=True)
    order_number = models.CharField(
        "numer zarządzenia Prezydenta",
        max_length=50,
        blank=True,
        validators=[
            RegexValidator(
                r"(?i)^\s*nr(\b|\.|\d)",
                inverse_match=True,
                message="Proszę wpisać sam numer, bez „Nr”, np. 2638.2018.",
            )
        ],
        help_text="Zarządzenie o przeprowadzeniu konsultacji, np. 2638.2018.",
    )
    order_date = models.DateField("data zarządzenia", null=True, blank=True)
    bip_url = WebAddressField(
        "link do zarządzenia w BIP",
        max_length=500,
        blank=True,
        validators=[bip.validate_entry_link],
        help_text=(
            "Adres wpisu w Biuletynie Informacji Publicznej z zarządzeniem lub ogłoszeniem "
            "o tych konsultacjach, nie strona główna BIP."
        ),
    )
    starts_at = models.DateTimeField("początek konsultacji")
    ends_at = models.DateTimeField("koniec konsultacji")
    duration_justification = models.TextField(
        "uzasadnienie krótszego terminu",
        blank=True,
        help_text=(
            "Wymagane, gdy od publikacji (albo od początku, jeśli jest później) do końca "
            "konsultacji zostaje mniej niż minimalny termin."
        ),
    )
    duration_provision = models.CharField(
        "przepis pozwalający skrócić termin",
        max_length=300,
        blank=True,
        help_text="Wymagany razem z uzasadnieniem: akt prawny i jego artykuł lub paragraf.",
    )

    # Planned city investments (category with is_investment).
    estimated_cost = AmountField(
        "szacowany koszt (zł)",
        null=True,
        blank=True,
        help_text="Np. 250 000,00: grosze po przecinku, tysiące można oddzielić spacją.",
    )
    location = models.CharField("adres lub lokalizacja", max_length=300, blank=True)
    realisation_starts_on = models.DateField("planowany początek realizacji", null=True, blank=True)
    realisation_ends_on = models.DateField("planowany koniec realizacji", null=True, blank=True)

    results_summary = rich_text_field(
        "informacja o wynikach",
        blank=True,
        help_text="Krótkie podsumowanie wyników; pełny raport dołącz jako materiał.",
    )

    published_at = models.DateTimeField("opublikowano", null=True, blank=True, editable=False)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name="osoba publikująca",
    )
    results_published_at = models.DateTimeField(
        "wyniki opublikowano", null=True, blank=True, editable=False
    )
    withdrawn_at = models.DateTimeField("wycofano", null=True, blank=True, editable=False)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="+",
        verbose_name="osoba wycofująca",
    )
    withdrawal_reason = models.TextField("powód wycofania", blank=True, editable=False)
    created_at = models.DateTimeField("utworzono", auto_now_add=True)
    updated_at = models.DateTimeField("ostatnia zmiana", auto_now=True)
    # Lower-case text without diacritics, for the search fallback on SQLite.
    search_text = models.TextField(editable=False, default="")

    history = HistoricalRecords(m2m_fields=[districts, methods])
    objects = ConsultationQuerySet.as_manager()

    class Meta:
        verbose_name = "konsultacje"
        verbose_name_plural = "konsultacje"
        ordering = ["-starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")),
                name="consultation_ends_after_start",
                violation_error_message=ENDS_AFTER_START,
            ),
            models.CheckConstraint(
                condition=Q(realisation_ends_on__isnull=True)
                | Q(realisation_starts_on__isnull=True)
                | Q(realisation_ends_on__gte=models.F("realisation_starts_on")),
                name="consultation_realisation_ends_after_start",
                violation_error_message=REALISATION_ENDS_AFTER_START,
            ),
            models.CheckConstraint(
                condition=Q(estimated_cost__isnull=True) | Q(estimated_cost__gte=0),
                name="consultation_cost_not_negative",
                violation_error_message="Koszt nie może być ujemny.",
            ),
            models.CheckConstraint(
                condition=Q(results_published_at__isnull=True) | Q(published_at__isnull=False),
                name="consultation_results_only_when_published",
                violation_error_message="Wyniki ogłasza się tylko dla opublikowanych konsultacji.",
            ),
            models.CheckConstraint(
                condition=Q(withdrawn_at__isnull=True)
                | (Q(published_at__isnull=False) & ~Q(withdrawal_reason="")),
                name="consultation_withdrawn_when_published_with_reason",
                violation_error_message=(
                    "Wycofać można tylko opublikowane konsultacje, z podaniem powodu."
                ),
            ),
        ]
        indexes = [models.Index(fields=["published_at", "starts_at"])]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.search_text = fold_text(" ".join([self.title, self.summary, self.description or ""]))
        update_fields = kwargs.get("update_fields")
        if update_fields is not None:
            kwargs["update_fields"] = {*update_fields, "search_text", "updated_at"}
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        return reverse("consultations:detail", args=[self.slug])

    # --- status ---------------------------------------------------------------------------

    def status_at(self, now) -> Status:
        if self.published_at is None:
            return Status.DRAFT
        if self.withdrawn_at is not None:
            return Status.WITHDRAWN
        if self.results_published_at is not None:
            return Status.RESULTS
        if now < self.starts_at:
            return Status.PLANNED
        if now < self.ends_at:
            return Status.OPEN
        return Status.CLOSED

    @property
    def status(self) -> Status:
        return self.status_at(timezone.now())

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    @property
    def is_investment(self) -> bool:
        return self.category.is_investment

    @property
    def procedure_rules(self) -> ProcedureRules:
        return rules_for(self.procedure)

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    @property
    def duration(self) -> timedelta:
        return self.ends_at - self.starts_at

    def time_for_residents(self, published_at=None) -> timedelta:
        """From the later of publication and start to the end: the time residents really get.

        A start set in the past, or moved back after publication, gives nobody extra days.
        A draft is measured as if published at `published_at` (now, when it is published).
        """
        published_at = published_at or self.published_at or timezone.now()
        return self.ends_at - max(self.starts_at, published_at)


class ScheduleItem(ShownOnPages):
    """A dated stage or meeting in the schedule (harmonogram) of a consultation."""

    class Kind(models.TextChoices):
        STAGE = "etap", "etap"
        MEETING = "spotkanie", "spotkanie"

    consultation = models.ForeignKey(
        Consultation,
        on_delete=models.CASCADE,
        related_name="schedule_items",
        verbose_name="konsultacje",
    )
    kind = models.CharField("rodzaj", max_length=20, choices=Kind, default=Kind.MEETING)
    title = models.CharField("nazwa", max_length=200)
    starts_at = models.DateTimeField("początek")
    ends_at = models.DateTimeField("koniec", null=True, blank=True)
    place = models.CharField("miejsce", max_length=300, blank=True)
    accessibility = models.CharField(
        "dostępność miejsca",
        max_length=300,
        blank=True,
        help_text="Np. winda, pętla indukcyjna, tłumacz PJM na życzenie zgłoszone do…",
    )
    online_url = WebAddressField("link do spotkania online", blank=True)
    description = models.TextField("opis", blank=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "pozycja harmonogramu"
        verbose_name_plural = "harmonogram"
        ordering = ["starts_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__isnull=True) | Q(ends_at__gt=models.F("starts_at")),
                name="schedule_item_ends_after_start",
                violation_error_message=ITEM_ENDS_AFTER_START,
            ),
        ]

    def __str__(self):
        return self.title

    def phase_at(self, now) -> str:
        """'past', 'current' or 'future'; an item without an end lasts its whole day."""
        if self.ends_at is not None:
            if now < self.starts_at:
                return "future"
            return "current" if now < self.ends_at else "past"
        today = timezone.localdate(now)
        day = timezone.localdate(self.starts_at)
        if day == today:
            return "current"
        return "past" if day < today else "future"


def material_upload_to(instance, filename):
    # The sender's file name is never used on disk: a generated one cannot collide,
    # guess other files or smuggle a path; the extension follows the checked content.
    return f"materialy/{timezone.now():%Y/%m}/{uuid.uuid4().hex}.{instance.kind}"


# A withdrawn document must not stay on the disk: its file goes once the deletion (also by
# the consultation's) or the replacement is committed; a rolled-back change keeps it.
@cleanup.select
class Material(ShownOnPages):
    """A downloadable document of a consultation: draft, justification, map, report."""

    class Kind(models.TextChoices):
        PDF = "pdf", "PDF"
        DOC = "doc", "DOC"
        DOCX = "docx", "DOCX"
        ODT = "odt", "ODT"
        XLS = "xls", "XLS"
        XLSX = "xlsx", "XLSX"
        ODS = "ods", "ODS"
        JPG = "jpg", "JPG"
        PNG = "png", "PNG"

    consultation = models.ForeignKey(
        Consultation, on_delete=models.CASCADE, related_name="materials", verbose_name="konsultacje"
    )
    title = models.CharField("tytuł", max_length=200)
    file = models.FileField(
        "plik",
        upload_to=material_upload_to,
        max_length=200,
        validators=[validate_material_file],
        # The formats and the limit are written under the field by the admin, from the
        # settings the check uses (consultations.uploads.material_file_help_text).
    )
    original_name = models.CharField(
        "nazwa wysłanego pliku",
        max_length=200,
        blank=True,
        editable=False,
        help_text="Tak nazywał się plik na komputerze osoby, która go dodała.",
    )
    kind = models.CharField("rodzaj pliku", max_length=10, choices=Kind, editable=False)
    size = models.PositiveBigIntegerField("rozmiar (bajty)", default=0, editable=False)
    position = models.PositiveSmallIntegerField("kolejność", default=0)
    created_at = models.DateTimeField("dodano", auto_now_add=True)

    history = HistoricalRecords()

    class Meta:
        verbose_name = "materiał"
        verbose_name_plural = "materiały"
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        file = self.file
        if file and not getattr(file, "_committed", True):
            self.kind = check_material_file(file)
            self.size = file.size
            self.original_name = original_file_name(file.name)
        super().save(*args, **kwargs)

    def get_absolute_url(self):
        # One address for the material whatever its file: a replaced file keeps the link.
        return reverse("consultations:material", args=[self.consultation.slug, self.pk])

    @property
    def download_name(self) -> str:
        """„projekt-uchwaly.pdf”: the name residents' browsers save the file under."""
        return f"{polish_slugify(self.title, max_length=80)}.{self.kind}"

    @property
    def file_name_for_staff(self) -> str:
        """The name the file was sent with; for files added before names were kept, the
        name it downloads under. Never the generated name it is stored under."""
        return self.original_name or self.download_name
