"""Participation: the discussion (komentarze), draft documents split into units, remarks
(uwagi) with their dispositions, moderation and the events that notifications send.

A comment (komentarz) is an opinion in the discussion; a remark (uwaga) is a formal
submission that gets a numbered place in the consultation's report and a disposition.
Both may get a disposition: the report lists every remark, and the department may also
take a position on a comment. None of these rows bumps the version of every stored page
(`common.pagecache.pages_changed`): a write refreshes only the pages that show it
(`participation.services` calls `pagecache.addresses_changed`).
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

# The consultation's forms (consultations.Method, by slug) that offer each way of taking
# part on the portal: a consultation offers comments when „komentarze online” is one of its
# forms, and a remarks form when „uwagi na formularzu” is.
COMMENTS_METHOD = "komentarze-online"
REMARKS_METHOD = "uwagi-na-formularzu"


class Participant(models.Model):
    """A resident's standing in the discussion: the name shown, the Regulamin, a block.

    The row exists once the resident has accepted the Regulamin (before the first comment);
    the e-mail address is never shown, only `display_name`.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="participant",
        verbose_name="konto",
    )
    display_name = models.CharField("podpis pod komentarzami", max_length=60)
    terms_accepted_at = models.DateTimeField("regulamin zaakceptowano")
    blocked_until = models.DateTimeField("zablokowano do", null=True, blank=True)
    block_reason = models.TextField("powód blokady", blank=True)

    class Meta:
        verbose_name = "uczestnik dyskusji"
        verbose_name_plural = "uczestnicy dyskusji"
        ordering = ["display_name"]

    def __str__(self):
        return self.display_name

    def is_blocked_at(self, now) -> bool:
        return self.blocked_until is not None and self.blocked_until > now


class DraftDocument(models.Model):
    """A draft text consulted unit by unit, e.g. a draft council resolution."""

    class Kind(models.TextChoices):
        RESOLUTION = "projekt-uchwaly", "projekt uchwały"
        REGULATIONS = "projekt-regulaminu", "projekt regulaminu"
        STATUTE = "projekt-statutu", "projekt statutu"
        PROGRAMME = "projekt-programu", "projekt programu"
        ORDER = "projekt-zarzadzenia", "projekt zarządzenia"
        OTHER = "inny", "inny dokument"

    consultation = models.ForeignKey(
        "consultations.Consultation",
        on_delete=models.CASCADE,
        related_name="draft_documents",
        verbose_name="konsultacje",
    )
    title = models.CharField(
        "tytuł", max_length=300, help_text="Np. Projekt uchwały w sprawie zasad konsultacji…"
    )
    kind = models.CharField("rodzaj", max_length=30, choices=Kind, default=Kind.RESOLUTION)
    source = models.TextField(
        "tekst do podziału",
        blank=True,
        help_text=(
            "Wklejony tekst projektu (zwykły tekst albo Markdown). Po zapisaniu portal dzieli "
            "go na jednostki (rozdziały, §, ust., pkt, lit.), które można poprawić poniżej."
        ),
    )
    position = models.PositiveSmallIntegerField("kolejność", default=0)
    created_at = models.DateTimeField("utworzono", auto_now_add=True)

    class Meta:
        verbose_name = "projekt dokumentu"
        verbose_name_plural = "projekty dokumentów"
        ordering = ["position", "pk"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("participation:draft", args=[self.consultation.slug])


class DraftUnit(models.Model):
    """One numbered unit of a draft (a chapter heading, §, ust., pkt, lit.), in order.

    `slug` is the unit's stable anchor (#j-<slug>) and the value of ?jednostka= on the
    consultation page; it stays when the text is corrected.
    """

    class Kind(models.TextChoices):
        HEADING = "naglowek", "nagłówek (rozdział, dział)"
        PREAMBLE = "wstep", "wstęp"
        PARAGRAPH = "paragraf", "paragraf (§)"
        SECTION = "ustep", "ustęp"
        POINT = "punkt", "punkt"
        LETTER = "litera", "litera"

    LEVELS = {
        Kind.HEADING: 0,
        Kind.PREAMBLE: 0,
        Kind.PARAGRAPH: 1,
        Kind.SECTION: 2,
        Kind.POINT: 3,
        Kind.LETTER: 4,
    }

    document = models.ForeignKey(
        DraftDocument, on_delete=models.CASCADE, related_name="units", verbose_name="dokument"
    )
    position = models.PositiveIntegerField("kolejność")
    kind = models.CharField("rodzaj", max_length=20, choices=Kind, default=Kind.PARAGRAPH)
    label = models.CharField(
        "oznaczenie", max_length=100, blank=True, help_text="Np. „§ 3 ust. 2 pkt 1”."
    )
    heading = models.CharField("tytuł jednostki", max_length=300, blank=True)
    text = models.TextField("treść", blank=True)
    slug = models.SlugField(
        "kotwica", max_length=100, help_text="Część adresu, np. par-3-ust-2: nie zmieniać."
    )

    class Meta:
        verbose_name = "jednostka projektu"
        verbose_name_plural = "jednostki projektu"
        ordering = ["document", "position", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["document", "slug"], name="draft_unit_slug_unique"),
        ]

    def __str__(self):
        return self.label or self.heading or self.slug

    @property
    def level(self) -> int:
        return self.LEVELS.get(self.kind, 1)

    @property
    def anchor(self) -> str:
        return f"j-{self.slug}"

    @property
    def name(self) -> str:
        """What the unit is called in a sentence: „§ 3 ust. 2” or the chapter's title."""
        return self.label or self.heading or "wstęp"


class CommentQuerySet(models.QuerySet):
    def top_level(self):
        return self.filter(parent__isnull=True)

    def shown(self):
        """Comments whose text the public sees: neither withdrawn nor hidden."""
        return self.filter(withdrawn_at__isnull=True, state=Comment.State.VISIBLE)

    def awaiting_review(self):
        return self.filter(state=Comment.State.AWAITING_REVIEW)

    def reported(self):
        """Reported since the last review, hidden or not: the moderators' queue."""
        return self.filter(report_count__gt=0, withdrawn_at__isnull=True).exclude(
            state=Comment.State.HIDDEN
        )


class Comment(models.Model):
    """An opinion in a consultation's discussion, or a reply to one (one level deep)."""

    class State(models.TextChoices):
        VISIBLE = "widoczny", "widoczny"
        AWAITING_REVIEW = "do-przegladu", "ukryty do przeglądu (zgłoszenia)"
        HIDDEN = "ukryty", "ukryty przez moderatora"

    consultation = models.ForeignKey(
        "consultations.Consultation",
        on_delete=models.CASCADE,
        related_name="comments",
        verbose_name="konsultacje",
    )
    unit = models.ForeignKey(
        DraftUnit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="comments",
        verbose_name="jednostka projektu",
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="replies",
        verbose_name="odpowiedź na",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="comments",
        verbose_name="autor",
    )
    shown_name = models.CharField("podpis", max_length=60)
    text = models.TextField("treść")
    created_at = models.DateTimeField("dodano", default=timezone.now, db_index=True)
    edited_at = models.DateTimeField("zmieniono", null=True, blank=True)
    withdrawn_at = models.DateTimeField("wycofano", null=True, blank=True)
    state = models.CharField("stan", max_length=20, choices=State, default=State.VISIBLE)
    hide_reason = models.TextField("powód ukrycia (publiczny)", blank=True)
    report_count = models.PositiveIntegerField("zgłoszenia od ostatniego przeglądu", default=0)
    reviewed_at = models.DateTimeField("ostatni przegląd", null=True, blank=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = "komentarz"
        verbose_name_plural = "komentarze"
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(state="ukryty") | ~Q(hide_reason=""),
                name="comment_hidden_with_reason",
                violation_error_message="Ukryty komentarz musi mieć publiczny powód ukrycia.",
            ),
        ]
        indexes = [
            models.Index(fields=["consultation", "parent", "-created_at"]),
            models.Index(fields=["author", "created_at"]),
        ]

    def __str__(self):
        return f"Komentarz {self.pk} ({self.shown_name})"

    @property
    def anchor(self) -> str:
        return f"k-{self.pk}"

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    @property
    def is_shown(self) -> bool:
        return self.withdrawn_at is None and self.state == self.State.VISIBLE

    def editable_until(self):
        return self.created_at + timedelta(minutes=settings.COMMENT_EDIT_MINUTES)


class OfficialAnswer(models.Model):
    """The department's answer to a comment, given by one of its staff in its name."""

    comment = models.ForeignKey(
        Comment,
        on_delete=models.CASCADE,
        related_name="official_answers",
        verbose_name="komentarz",
    )
    department = models.ForeignKey(
        "consultations.Department",
        on_delete=models.PROTECT,
        related_name="official_answers",
        verbose_name="jednostka",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="official_answers",
        verbose_name="pracownik",
    )
    text = models.TextField("treść")
    created_at = models.DateTimeField("dodano", default=timezone.now)

    class Meta:
        verbose_name = "odpowiedź urzędu"
        verbose_name_plural = "odpowiedzi urzędu"
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"Odpowiedź {self.department.code} na komentarz {self.comment_id}"


class RemarkQuerySet(models.QuerySet):
    def lacking_disposition(self):
        return self.filter(disposition__isnull=True)


class Remark(models.Model):
    """A remark (uwaga) filed on the form, on paper, by post or by e-mail.

    Numbered per consultation without gaps („Uwaga nr 12”, `remark_add` locks the
    consultation's row to take the next number). The author's name and address are kept
    only where the procedure requires them (art. 8g u.p.z.p.) and are never shown publicly:
    the report names remarks by number only.
    """

    class Channel(models.TextChoices):
        ONLINE = "formularz", "formularz na portalu"
        PAPER = "papier", "na papierze w Urzędzie"
        POST = "poczta", "pocztą"
        EMAIL = "e-mail", "e-mailem"

    consultation = models.ForeignKey(
        "consultations.Consultation",
        on_delete=models.PROTECT,
        related_name="remarks",
        verbose_name="konsultacje",
    )
    number = models.PositiveIntegerField("numer", editable=False)
    unit = models.ForeignKey(
        DraftUnit,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="remarks",
        verbose_name="jednostka projektu",
    )
    unit_text = models.CharField(
        "czego dotyczy",
        max_length=300,
        blank=True,
        help_text="Gdy uwaga nie wskazuje jednostki projektu: fragment, miejsce, działka…",
    )
    content = models.TextField("treść uwagi")
    proposed_wording = models.TextField("proponowane brzmienie", blank=True)
    justification = models.TextField("uzasadnienie", blank=True)
    channel = models.CharField("sposób złożenia", max_length=20, choices=Channel)
    received_on = models.DateField("data wpływu")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="remarks",
        verbose_name="konto autora",
    )
    # Personal data for the procedures that require it; never shown on public pages.
    author_name = models.CharField("imię i nazwisko albo nazwa", max_length=200, blank=True)
    author_address = models.CharField("adres", max_length=300, blank=True)
    # Art. 8g u.p.z.p. also asks whether the author owns (or holds in perpetual usufruct) the
    # property the remark concerns; empty where the procedure does not ask.
    is_property_owner = models.BooleanField(
        "właściciel lub użytkownik wieczysty nieruchomości, której dotyczy uwaga",
        null=True,
        blank=True,
    )
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="wprowadził(a)",
    )
    created_at = models.DateTimeField("zapisano", auto_now_add=True)

    objects = RemarkQuerySet.as_manager()

    class Meta:
        verbose_name = "uwaga"
        verbose_name_plural = "uwagi"
        ordering = ["consultation", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["consultation", "number"], name="remark_number_unique_per_consultation"
            ),
        ]
        indexes = [models.Index(fields=["author", "created_at"])]

    def __str__(self):
        return f"Uwaga nr {self.number}"

    @property
    def anchor(self) -> str:
        return f"uwaga-{self.number}"


class Disposition(models.Model):
    """The department's position on one comment or one remark, with its justification."""

    class Position(models.TextChoices):
        ACCEPTED = "uwzgledniona", "uwzględniona"
        PARTLY = "czesciowo", "uwzględniona częściowo"
        REJECTED = "nieuwzgledniona", "nieuwzględniona"
        IRRELEVANT = "bezprzedmiotowa", "bezprzedmiotowa"
        LATE = "po-terminie", "złożona po terminie"

    comment = models.OneToOneField(
        Comment,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="disposition",
        verbose_name="komentarz",
    )
    remark = models.OneToOneField(
        Remark,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="disposition",
        verbose_name="uwaga",
    )
    position = models.CharField("stanowisko", max_length=20, choices=Position)
    justification = models.TextField("uzasadnienie")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name="rozpatrzył(a)",
    )
    decided_on = models.DateField("data rozpatrzenia", default=timezone.localdate)

    class Meta:
        verbose_name = "rozpatrzenie"
        verbose_name_plural = "rozpatrzenia"
        constraints = [
            models.CheckConstraint(
                condition=Q(comment__isnull=True, remark__isnull=False)
                | Q(comment__isnull=False, remark__isnull=True),
                name="disposition_of_one_comment_or_remark",
                violation_error_message=(
                    "Rozpatrzenie dotyczy jednego komentarza albo jednej uwagi."
                ),
            ),
        ]

    def __str__(self):
        return self.get_position_display()


class Report(models.Model):
    """A signed-in user's report of a comment (once per user and comment)."""

    class Reason(models.TextChoices):
        OFFENSIVE = "obrazliwy", "obraźliwy lub wulgarny"
        PERSONAL_DATA = "dane-osobowe", "ujawnia czyjeś dane osobowe"
        SPAM = "reklama", "reklama lub spam"
        OFF_TOPIC = "nie-na-temat", "nie dotyczy konsultacji"
        ILLEGAL = "niezgodny-z-prawem", "narusza prawo lub Regulamin"

    comment = models.ForeignKey(
        Comment, on_delete=models.CASCADE, related_name="reports", verbose_name="komentarz"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="comment_reports",
        verbose_name="zgłaszający",
    )
    reason = models.CharField("powód", max_length=30, choices=Reason)
    note = models.CharField("wyjaśnienie", max_length=500, blank=True)
    created_at = models.DateTimeField("zgłoszono", default=timezone.now)

    class Meta:
        verbose_name = "zgłoszenie komentarza"
        verbose_name_plural = "zgłoszenia komentarzy"
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["comment", "reporter"], name="one_report_per_user"),
        ]

    def __str__(self):
        return f"{self.get_reason_display()} – komentarz {self.comment_id}"


class ModerationAction(models.Model):
    """The log of moderation: who did what to which comment or person, when and why.

    `moderator` is empty when the portal acted itself (hidden at the report threshold).
    """

    class Action(models.TextChoices):
        AUTO_HIDE = "ukrycie-po-zgloszeniach", "ukryty do przeglądu po zgłoszeniach"
        HIDE = "ukrycie", "ukryty przez moderatora"
        RESTORE = "przywrocenie", "przywrócony"
        BLOCK = "blokada", "zablokowano autora"

    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="moderator",
    )
    action = models.CharField("działanie", max_length=30, choices=Action)
    comment = models.ForeignKey(
        Comment,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="moderation_actions",
        verbose_name="komentarz",
    )
    affected_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="osoba",
    )
    reason = models.TextField("powód", blank=True)
    blocked_until = models.DateTimeField("blokada do", null=True, blank=True)
    created_at = models.DateTimeField("kiedy", default=timezone.now)

    class Meta:
        verbose_name = "działanie moderacyjne"
        verbose_name_plural = "dziennik moderacji"
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_action_display()} ({self.created_at:%Y-%m-%d %H:%M})"


class ParticipationEvent(models.Model):
    """Something a person should hear about; the notifications issue sends and marks them."""

    class Kind(models.TextChoices):
        REPLY = "odpowiedz", "odpowiedź na mój komentarz"
        OFFICIAL_ANSWER = "odpowiedz-urzedu", "odpowiedź urzędu na mój komentarz"
        COMMENT_HIDDEN = "ukrycie", "mój komentarz ukryto"

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="participation_events",
        verbose_name="odbiorca",
    )
    kind = models.CharField("rodzaj", max_length=30, choices=Kind)
    comment = models.ForeignKey(
        Comment,
        on_delete=models.CASCADE,
        related_name="events",
        verbose_name="komentarz odbiorcy",
    )
    reply = models.ForeignKey(
        Comment,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="odpowiedź",
    )
    official_answer = models.ForeignKey(
        OfficialAnswer,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="odpowiedź urzędu",
    )
    created_at = models.DateTimeField("powstało", default=timezone.now)
    sent_at = models.DateTimeField("wysłano", null=True, blank=True)

    class Meta:
        verbose_name = "zdarzenie do powiadomienia"
        verbose_name_plural = "zdarzenia do powiadomień"
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["sent_at", "created_at"])]

    def __str__(self):
        return f"{self.get_kind_display()} → {self.recipient_id}"
