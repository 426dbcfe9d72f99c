"""Surveys (ankiety) and quick polls (sondy): what staff build and what residents answer.

Anonymity is a property of the tables, not a promise of the code that fills them:

- `Response` holds its survey, the channel (internet or paper), the place a paper form was
  collected and the day — never a user, an IP address, a browser, a session key or a time of
  day. Its key is a random UUID, so neither the key nor its neighbours tell the order in
  which people answered; `Answer` has a random key for the same reason (a counter there
  would give the order back).
- `AccessCode` keeps a keyed hash of each single-use code and whether it was spent: no
  key to the response it allowed, no time of use.
- `PaperFormEntry` records who typed in which paper form number, for audit, and has no key
  to the response it produced.

One `Answer` row per chosen option or per value, so that results are GROUP BY queries:
single and multiple choice, „tak / nie / nie mam zdania” and the district of residence all
answer with `option` (the last two get their options generated, see
`services.question_fixed_options_sync`); a scale, a number and a date fill `number` or
`date`; a ranking gives one row per ranked option with its `rank`; „Inne (jakie?)” is the
row of the option marked `is_other`, with the typed `text`.
"""

import time
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django_prose_editor.fields import ProseEditorField

from common import pagecache
from common.richtext import RICH_TEXT_EXTENSIONS, sanitize_rich_text

# Longest answers a resident may type, in characters.
SHORT_TEXT_MAX = 300
LONG_TEXT_MAX = 5000
OTHER_TEXT_MAX = 300
# Most points on a scale (0–10 is the widest in common use).
SCALE_MAX_POINTS = 11
# Widest range a number question may allow; also keeps answers inside a database integer.
NUMBER_LIMIT = 1_000_000_000

DEFAULT_ANONYMITY_STATEMENT = (
    "Nie pytamy o imię, nazwisko, adres ani e-mail. Przy odpowiedziach "
    "nie zapisujemy konta w serwisie, adresu IP, danych przeglądarki ani godziny wysłania – "
    "tylko dzień i sposób wypełnienia (internet albo ankieta papierowa z miejscem jej "
    "zebrania). Odpowiedzi opracowuje jednostka prowadząca ankietę i publikuje je wyłącznie "
    "w zestawieniach zbiorczych. Prosimy nie wpisywać w odpowiedziach danych, po których "
    "można by Państwa rozpoznać."
)


# Every change to a survey, its parts, questions or options bumps this number; the stored
# questionnaires (surveys.selectors.survey_for_answering) are read only under the number
# they were stored with.
QUESTIONNAIRES_VERSION_KEY = "surveys:questionnaires-version"


def questionnaires_changed() -> None:
    """At once and again at commit, as pagecache does: a reader in between stores the old."""

    def bump():
        try:
            cache.incr(QUESTIONNAIRES_VERSION_KEY)
        except ValueError:
            cache.set(QUESTIONNAIRES_VERSION_KEY, time.time_ns(), None)

    bump()
    transaction.on_commit(bump)


class ChangesQuestionnaire(models.Model):
    """A part of a questionnaire: saving or deleting it makes stored questionnaires stale."""

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        questionnaires_changed()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        questionnaires_changed()
        return result


class SurveyQuerySet(models.QuerySet):
    """The phases of a survey follow from its status and dates at the moment of asking."""

    def published(self):
        return self.filter(status=Survey.Status.PUBLISHED)

    def drafts(self):
        return self.filter(status=Survey.Status.DRAFT)

    def planned(self, now=None):
        return self.published().filter(opens_at__gt=now or timezone.now())

    def open(self, now=None):
        now = now or timezone.now()
        return self.published().filter(opens_at__lte=now, closes_at__gt=now)

    def closed(self, now=None):
        return self.published().filter(closes_at__lte=now or timezone.now())

    def surveys(self):
        return self.filter(kind=Survey.Kind.SURVEY)

    def polls(self):
        return self.filter(kind=Survey.Kind.POLL)

    def of_consultation(self, consultation):
        return self.filter(consultation=consultation)


class Survey(models.Model):
    """A questionnaire (or a one-question poll) run by a department, perhaps for a consultation."""

    class Kind(models.TextChoices):
        SURVEY = "ankieta", "ankieta"
        POLL = "sonda", "sonda (jedno pytanie)"

    class Status(models.TextChoices):
        DRAFT = "szkic", "szkic (niepubliczna)"
        PUBLISHED = "opublikowana", "opublikowana"

    class ResultsVisibility(models.TextChoices):
        AFTER_CLOSING = "po-zakonczeniu", "wszyscy, po zakończeniu ankiety"
        AT_ONCE = "od-razu", "wszyscy, od razu (także w trakcie)"
        STAFF_ONLY = "tylko-pracownicy", "tylko pracownicy"

    class Phase(models.TextChoices):
        DRAFT = "szkic", "szkic"
        PLANNED = "planowana", "planowana"
        OPEN = "trwa", "trwa"
        CLOSED = "zakonczona", "zakończona"

    kind = models.CharField("rodzaj", max_length=10, choices=Kind, default=Kind.SURVEY)
    title = models.CharField("tytuł", max_length=200)
    slug = models.SlugField(
        "adres (slug)",
        max_length=200,
        unique=True,
        help_text=(
            "Część adresu strony: tylko małe litery bez polskich znaków, cyfry i myślniki. "
            "Po publikacji się nie zmienia (jest drukowany na ankietach papierowych)."
        ),
    )
    introduction = ProseEditorField(
        "wprowadzenie",
        extensions=RICH_TEXT_EXTENSIONS,
        sanitize=sanitize_rich_text,
        blank=True,
        help_text="Czego dotyczy ankieta, ile zajmie i do czego posłużą odpowiedzi.",
    )
    consultation = models.ForeignKey(
        "consultations.Consultation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="surveys",
        verbose_name="konsultacje",
        help_text="Strona tych konsultacji pokaże odnośnik do ankiety.",
    )
    department = models.ForeignKey(
        "consultations.Department",
        on_delete=models.PROTECT,
        related_name="surveys",
        verbose_name="jednostka prowadząca",
    )
    opens_at = models.DateTimeField("początek")
    closes_at = models.DateTimeField("koniec")
    anonymity_statement = models.TextField(
        "informacja o anonimowości i danych",
        default=DEFAULT_ANONYMITY_STATEMENT,
        help_text="Pokazywana nad pytaniami. Prosto i w formie „Państwo”.",
    )
    results_visibility = models.CharField(
        "kto widzi wyniki",
        max_length=20,
        choices=ResultsVisibility,
        default=ResultsVisibility.AFTER_CLOSING,
    )
    uses_codes = models.BooleanField(
        "odpowiedź tylko z kodem",
        default=False,
        help_text=(
            "Każda odpowiedź przez internet wymaga jednorazowego kodu z wydrukowanego arkusza. "
            "Kod nie jest łączony z odpowiedzią."
        ),
    )
    paper_copies = models.BooleanField(
        "także na papierze",
        default=True,
        help_text=(
            "Ankietę papierową można wypełnić w siedzibach rad dzielnic w godzinach dyżurów "
            "i w Informacji Ogólnej Urzędu Miasta."
        ),
    )
    paper_entry_days = models.PositiveSmallIntegerField(
        "dni na wprowadzenie ankiet papierowych",
        default=14,
        help_text="Ile dni po zakończeniu ankiety można jeszcze wprowadzać ankiety papierowe.",
    )
    on_home_page = models.BooleanField(
        "sonda na stronie głównej",
        default=False,
        help_text=(
            "Tylko dla sondy: pokazywana na stronie głównej, gdy trwa (i przez 14 dni po "
            "zakończeniu, jeśli jej wyniki są jawne). Sonda przypisana do konsultacji jest "
            "zawsze pokazywana na ich stronie."
        ),
    )
    status = models.CharField("stan", max_length=20, choices=Status, default=Status.DRAFT)
    created_at = models.DateTimeField("utworzono", auto_now_add=True)
    updated_at = models.DateTimeField("ostatnia zmiana", auto_now=True)

    objects = SurveyQuerySet.as_manager()

    class Meta:
        verbose_name = "ankieta"
        verbose_name_plural = "ankiety"
        ordering = ["-opens_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(closes_at__gt=F("opens_at")),
                name="survey_closes_after_opening",
                violation_error_message="Koniec ankiety musi być późniejszy niż jej początek.",
            ),
        ]
        indexes = [models.Index(fields=["status", "opens_at", "closes_at"])]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        pagecache.pages_changed()  # the consultation's stored page links its surveys
        questionnaires_changed()

    def get_absolute_url(self):
        return reverse("surveys:detail", args=[self.slug])

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        pagecache.pages_changed()
        questionnaires_changed()
        return result

    def phase_at(self, now) -> "Survey.Phase":
        if self.status != self.Status.PUBLISHED:
            return self.Phase.DRAFT
        if now < self.opens_at:
            return self.Phase.PLANNED
        if now < self.closes_at:
            return self.Phase.OPEN
        return self.Phase.CLOSED

    @property
    def phase(self) -> "Survey.Phase":
        return self.phase_at(timezone.now())

    @property
    def is_published(self) -> bool:
        return self.status == self.Status.PUBLISHED

    def is_open_at(self, now) -> bool:
        return self.phase_at(now) == self.Phase.OPEN

    def paper_entry_ends_at(self):
        return self.closes_at + timedelta(days=self.paper_entry_days)


class Section(ChangesQuestionnaire):
    """A part of a survey; a long survey is answered section by section."""

    survey = models.ForeignKey(
        Survey, on_delete=models.CASCADE, related_name="sections", verbose_name="ankieta"
    )
    title = models.CharField(
        "tytuł części",
        max_length=200,
        blank=True,
        help_text="Może pozostać pusty, gdy ankieta ma jedną część.",
    )
    description = models.TextField("opis części", blank=True)
    position = models.PositiveSmallIntegerField("kolejność", default=0)

    class Meta:
        verbose_name = "część ankiety"
        verbose_name_plural = "części ankiety"
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title or f"część {self.position}"


class Question(ChangesQuestionnaire):
    class Kind(models.TextChoices):
        SINGLE = "jednokrotny", "jednokrotnego wyboru"
        MULTIPLE = "wielokrotny", "wielokrotnego wyboru"
        SHORT_TEXT = "krotki-tekst", "krótka odpowiedź (jedna linia)"
        LONG_TEXT = "dlugi-tekst", "dłuższa wypowiedź"
        SCALE = "skala", "skala (np. 1–5, z opisami końców)"
        YES_NO = "tak-nie", "tak / nie / nie mam zdania"
        NUMBER = "liczba", "liczba (z zakresem)"
        RANKING = "ranking", "ranking (ustawienie w kolejności)"
        DATE = "data", "data"
        DISTRICT = "dzielnica", "dzielnica zamieszkania"

    # Kinds answered with options that staff write themselves.
    WITH_OWN_OPTIONS = {Kind.SINGLE, Kind.MULTIPLE, Kind.RANKING}
    # Kinds whose options the portal generates (and staff cannot edit).
    WITH_FIXED_OPTIONS = {Kind.YES_NO, Kind.DISTRICT}
    WITH_CHOICE_LIMITS = {Kind.MULTIPLE, Kind.RANKING}
    WITH_VALUE_RANGE = {Kind.SCALE, Kind.NUMBER}

    section = models.ForeignKey(
        Section, on_delete=models.CASCADE, related_name="questions", verbose_name="część ankiety"
    )
    position = models.PositiveSmallIntegerField("kolejność", default=0)
    text = models.CharField("pytanie", max_length=500)
    help_text = models.CharField(
        "podpowiedź",
        max_length=500,
        blank=True,
        help_text="Pokazywana pod pytaniem, np. „Można zaznaczyć najwyżej trzy odpowiedzi”.",
    )
    kind = models.CharField("rodzaj pytania", max_length=20, choices=Kind)
    required = models.BooleanField("odpowiedź wymagana", default=True)
    min_choices = models.PositiveSmallIntegerField(
        "najmniej odpowiedzi",
        null=True,
        blank=True,
        help_text="Wielokrotny wybór i ranking: ile odpowiedzi trzeba co najmniej wskazać.",
    )
    max_choices = models.PositiveSmallIntegerField(
        "najwięcej odpowiedzi",
        null=True,
        blank=True,
        help_text="Wielokrotny wybór i ranking: ile odpowiedzi można najwyżej wskazać.",
    )
    min_value = models.IntegerField(
        "najmniejsza wartość", null=True, blank=True, help_text="Skala (wymagana) i liczba."
    )
    max_value = models.IntegerField(
        "największa wartość", null=True, blank=True, help_text="Skala (wymagana) i liczba."
    )
    min_label = models.CharField(
        "opis najmniejszej wartości",
        max_length=100,
        blank=True,
        help_text="Skala, np. „zdecydowanie źle”.",
    )
    max_label = models.CharField(
        "opis największej wartości",
        max_length=100,
        blank=True,
        help_text="Skala, np. „zdecydowanie dobrze”.",
    )

    class Meta:
        verbose_name = "pytanie"
        verbose_name_plural = "pytania"
        ordering = ["section__position", "section_id", "position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(min_choices__isnull=True) | Q(min_choices__gte=1),
                name="question_min_choices_positive",
                violation_error_message="Najmniejsza liczba odpowiedzi to co najmniej 1.",
            ),
            models.CheckConstraint(
                condition=Q(max_choices__isnull=True) | Q(max_choices__gte=1),
                name="question_max_choices_positive",
                violation_error_message="Największa liczba odpowiedzi to co najmniej 1.",
            ),
            models.CheckConstraint(
                condition=Q(min_choices__isnull=True)
                | Q(max_choices__isnull=True)
                | Q(min_choices__lte=F("max_choices")),
                name="question_choice_limits_in_order",
                violation_error_message=(
                    "Najmniejsza liczba odpowiedzi nie może przekraczać największej."
                ),
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["wielokrotny", "ranking"])
                | Q(min_choices__isnull=True, max_choices__isnull=True),
                name="question_choice_limits_only_for_many",
                violation_error_message=(
                    "Liczbę odpowiedzi ustala się tylko dla wielokrotnego wyboru i rankingu."
                ),
            ),
            models.CheckConstraint(
                condition=Q(min_value__isnull=True)
                | Q(max_value__isnull=True)
                | Q(min_value__lt=F("max_value")),
                name="question_value_range_in_order",
                violation_error_message="Najmniejsza wartość musi być mniejsza od największej.",
            ),
            models.CheckConstraint(
                condition=Q(kind__in=["skala", "liczba"])
                | Q(min_value__isnull=True, max_value__isnull=True),
                name="question_value_range_only_for_numbers",
                violation_error_message="Zakres wartości ustala się tylko dla skali i liczby.",
            ),
            models.CheckConstraint(
                condition=~Q(kind="skala")
                | (
                    Q(min_value__isnull=False, max_value__isnull=False)
                    & Q(max_value__lt=F("min_value") + SCALE_MAX_POINTS)
                ),
                name="question_scale_has_both_ends",
                violation_error_message=(
                    f"Skala potrzebuje najmniejszej i największej wartości i może mieć "
                    f"najwyżej {SCALE_MAX_POINTS} punktów."
                ),
            ),
            models.CheckConstraint(
                condition=(Q(min_value__isnull=True) | Q(min_value__gte=-NUMBER_LIMIT))
                & (Q(max_value__isnull=True) | Q(max_value__lte=NUMBER_LIMIT)),
                name="question_value_range_within_limit",
                violation_error_message=(
                    f"Zakres liczby może sięgać najwyżej ±{NUMBER_LIMIT:_}".replace("_", " ") + "."
                ),
            ),
        ]

    def __str__(self):
        return self.text

    @property
    def survey(self):
        return self.section.survey

    @property
    def has_fixed_options(self) -> bool:
        return self.kind in self.WITH_FIXED_OPTIONS

    @property
    def has_options(self) -> bool:
        return self.kind in self.WITH_OWN_OPTIONS | self.WITH_FIXED_OPTIONS

    def clean(self):
        # Limits that do not apply to the kind chosen are dropped rather than refused: staff
        # switching a draft question from multiple to single choice should not have to
        # empty fields they no longer see the point of.
        if self.kind not in self.WITH_CHOICE_LIMITS:
            self.min_choices = self.max_choices = None
        if self.kind not in self.WITH_VALUE_RANGE:
            self.min_value = self.max_value = None
        if self.kind != self.Kind.SCALE:
            self.min_label = self.max_label = ""
        if self.pk is None:
            return
        stored = Question.objects.filter(pk=self.pk).select_related("section").first()
        if stored is None or not stored.answers.exists():
            return
        answered = stored.answers.count()
        reason = f"Na to pytanie zapisano już odpowiedzi ({answered})"
        errors = {}
        if stored.kind != self.kind:
            errors["kind"] = (
                f"{reason}: zmiana rodzaju pytania zniszczyłaby je. Prosimy dodać nowe pytanie."
            )
        moved_to = Section.objects.filter(pk=self.section_id).values("survey_id").first()
        if moved_to is not None and moved_to["survey_id"] != stored.section.survey_id:
            errors["section"] = f"{reason}: pytania nie można przenieść do innej ankiety."
        if self.kind in self.WITH_VALUE_RANGE and "kind" not in errors:
            outside = Q()
            if self.min_value is not None:
                outside |= Q(number__lt=self.min_value)
            if self.max_value is not None:
                outside |= Q(number__gt=self.max_value)
            count = stored.answers.filter(outside).count() if outside else 0
            if count:
                errors["min_value"] = (
                    f"{reason}, a {count} z nich wykracza poza nowy zakres. "
                    "Zakres można tylko poszerzyć."
                )
        if errors:
            raise ValidationError(errors)


class Option(ChangesQuestionnaire):
    """A possible answer to a choice, ranking, yes/no or district question."""

    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="options", verbose_name="pytanie"
    )
    label = models.CharField("odpowiedź", max_length=200)
    position = models.PositiveSmallIntegerField("kolejność", default=0)
    is_other = models.BooleanField(
        "„Inne (jakie?)”",
        default=False,
        help_text="Kto wybierze tę odpowiedź, wpisuje własną (do 300 znaków).",
    )
    district = models.ForeignKey(
        "districts.District",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="dzielnica",
        editable=False,
    )

    class Meta:
        verbose_name = "odpowiedź do wyboru"
        verbose_name_plural = "odpowiedzi do wyboru"
        ordering = ["position", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["question"],
                condition=Q(is_other=True),
                name="option_one_other_per_question",
                violation_error_message="Pytanie może mieć tylko jedną odpowiedź „Inne”.",
            ),
            models.UniqueConstraint(
                fields=["question", "district"],
                condition=Q(district__isnull=False),
                name="option_one_per_district",
            ),
        ]

    def __str__(self):
        return self.label


class Response(models.Model):
    """One filled questionnaire: its answers, how it came and on which day — nothing more.

    No user, IP address, user agent, session key or time of day, by design: see the module's
    docstring. `submitted_on` is the day the answers reached the city (for paper, the day the
    form was entered).
    """

    class Channel(models.TextChoices):
        ONLINE = "internet", "internet"
        PAPER = "papier", "ankieta papierowa"

    class Place(models.TextChoices):
        CITY_HALL = "urzad", "Urząd Miasta – Informacja Ogólna, ul. Śląska 11/13"
        DISTRICT_OFFICE = "rada-dzielnicy", "siedziba rady dzielnicy"

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    survey = models.ForeignKey(
        Survey, on_delete=models.PROTECT, related_name="responses", verbose_name="ankieta"
    )
    channel = models.CharField("sposób wypełnienia", max_length=10, choices=Channel)
    submitted_on = models.DateField("dzień")
    place = models.CharField(
        "miejsce zebrania ankiety papierowej", max_length=20, choices=Place, blank=True
    )
    place_district = models.ForeignKey(
        "districts.District",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="dzielnica, w której siedzibie zebrano ankietę",
    )

    class Meta:
        verbose_name = "odpowiedź na ankietę"
        verbose_name_plural = "odpowiedzi na ankiety"
        constraints = [
            models.CheckConstraint(
                condition=Q(channel="internet", place="") | (Q(channel="papier") & ~Q(place="")),
                name="response_place_only_for_paper",
                violation_error_message=(
                    "Miejsce zebrania podaje się dla każdej ankiety papierowej i tylko dla niej."
                ),
            ),
            models.CheckConstraint(
                condition=Q(place="rada-dzielnicy", place_district__isnull=False)
                | (~Q(place="rada-dzielnicy") & Q(place_district__isnull=True)),
                name="response_district_office_names_its_district",
                violation_error_message=(
                    "Ankieta zebrana w siedzibie rady dzielnicy wskazuje tę dzielnicę."
                ),
            ),
        ]
        indexes = [models.Index(fields=["survey", "channel"])]

    def __str__(self):
        return f"{self.get_channel_display()}, {self.submitted_on}"


class Answer(models.Model):
    """One chosen option or one value of a response (see the module's docstring)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    # No index of their own: the unique (response, question, option) and the index
    # (question, option) below begin with these columns and serve the same lookups, and
    # every index costs each of a submission's twenty-odd rows (README, Performance).
    response = models.ForeignKey(
        Response,
        on_delete=models.CASCADE,
        related_name="answers",
        verbose_name="odpowiedź",
        db_index=False,
    )
    # PROTECT: a question or an option that has answers cannot be deleted (the admin says why).
    question = models.ForeignKey(
        Question,
        on_delete=models.PROTECT,
        related_name="answers",
        verbose_name="pytanie",
        db_index=False,
    )
    option = models.ForeignKey(
        Option,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="answers",
        verbose_name="wybrana odpowiedź",
    )
    text = models.TextField("tekst", blank=True)
    number = models.IntegerField("liczba", null=True, blank=True)
    date = models.DateField("data", null=True, blank=True)
    rank = models.PositiveSmallIntegerField("miejsce w rankingu", null=True, blank=True)

    class Meta:
        verbose_name = "odpowiedź na pytanie"
        verbose_name_plural = "odpowiedzi na pytania"
        constraints = [
            models.CheckConstraint(
                condition=Q(option__isnull=False)
                | ~Q(text="")
                | Q(number__isnull=False)
                | Q(date__isnull=False),
                name="answer_holds_a_value",
            ),
            models.CheckConstraint(
                condition=Q(rank__isnull=True) | Q(rank__gte=1, option__isnull=False),
                name="answer_rank_is_a_position_of_an_option",
            ),
            models.UniqueConstraint(
                fields=["response", "question", "option"], name="answer_one_row_per_option"
            ),
            models.UniqueConstraint(
                fields=["response", "question"],
                condition=Q(option__isnull=True),
                name="answer_one_value_per_question",
            ),
            models.UniqueConstraint(
                fields=["response", "question", "rank"],
                condition=Q(rank__isnull=False),
                name="answer_one_option_per_rank",
            ),
        ]
        indexes = [models.Index(fields=["question", "option"])]

    def __str__(self):
        return self.text or str(self.number or self.date or self.option or "")


class AccessCode(models.Model):
    """A single-use code that lets one response in; only its hash is kept (surveys/codes.py).

    Spending it sets `used` in the transaction that saves the response. Nothing says which
    response it was, nor when.
    """

    survey = models.ForeignKey(
        Survey, on_delete=models.CASCADE, related_name="access_codes", verbose_name="ankieta"
    )
    code_hash = models.CharField("skrót kodu", max_length=64)
    used = models.BooleanField("wykorzystany", default=False)

    class Meta:
        verbose_name = "kod dostępu"
        verbose_name_plural = "kody dostępu"
        constraints = [
            models.UniqueConstraint(fields=["survey", "code_hash"], name="access_code_unique"),
        ]

    def __str__(self):
        return "kod wykorzystany" if self.used else "kod niewykorzystany"


class PaperFormEntry(models.Model):
    """Who entered which numbered paper form, and when: the audit trail of paper entry.

    Kept apart from the answers on purpose: no key to the `Response` the form produced.
    """

    survey = models.ForeignKey(
        Survey, on_delete=models.PROTECT, related_name="paper_entries", verbose_name="ankieta"
    )
    form_number = models.CharField("numer formularza", max_length=20)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="osoba wprowadzająca",
    )
    entered_at = models.DateTimeField("wprowadzono", default=timezone.now)

    class Meta:
        verbose_name = "wprowadzona ankieta papierowa"
        verbose_name_plural = "wprowadzone ankiety papierowe"
        ordering = ["-entered_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["survey", "form_number"],
                name="paper_form_number_unique_per_survey",
                violation_error_message="Ankietę papierową o tym numerze już wprowadzono.",
            ),
            models.CheckConstraint(
                condition=~Q(form_number=""), name="paper_form_number_not_blank"
            ),
        ]

    def __str__(self):
        return f"nr {self.form_number}"
