from django.conf import settings
from django.db import models
from django.urls import reverse

from common import roles
from common.fields import PhoneField, WebAddressField


class DistrictQuerySet(models.QuerySet):
    def with_council(self):
        return self.prefetch_related("memberships__user", "duty_hours")


class District(models.Model):
    """One of the city's 20 districts (dzielnice), each with its own council."""

    number = models.PositiveSmallIntegerField("numer", unique=True)
    name = models.CharField("nazwa", max_length=100, unique=True)
    slug = models.SlugField("adres (slug)", max_length=100, unique=True)
    name_genitive = models.CharField(
        "nazwa w dopełniaczu",
        max_length=100,
        help_text="Forma po słowach „Rada Dzielnicy”, np. „Błeszno”, „Podjasnogórskiej”.",
    )
    description = models.TextField("krótki opis", blank=True)
    office_address = models.CharField("adres siedziby rady", max_length=200, blank=True)
    office_note = models.CharField(
        "informacja o siedzibie",
        max_length=300,
        blank=True,
        help_text="Np. piętro, wejście, dostępność dla osób z niepełnosprawnościami.",
    )
    email = models.EmailField("e-mail rady", blank=True)
    phone = PhoneField("telefon rady", blank=True)
    website = WebAddressField("strona internetowa rady", blank=True)
    boundary = models.JSONField(
        "granica (GeoJSON)", null=True, blank=True, help_text="Do map; pole może pozostać puste."
    )

    objects = DistrictQuerySet.as_manager()

    class Meta:
        verbose_name = "dzielnica"
        verbose_name_plural = "dzielnice"
        ordering = ["number"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(number__gte=1), name="district_number_positive"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("districts:detail", args=[self.slug])

    @property
    def council_name(self):
        return f"Rada Dzielnicy {self.name_genitive}"


DUTY_ENDS_AFTER_START = "Dyżur musi kończyć się później, niż się zaczyna."


class DutyHour(models.Model):
    """A regular duty hour (dyżur) of a council, when residents can come to its office."""

    class Weekday(models.IntegerChoices):
        MONDAY = 1, "poniedziałek"
        TUESDAY = 2, "wtorek"
        WEDNESDAY = 3, "środa"
        THURSDAY = 4, "czwartek"
        FRIDAY = 5, "piątek"
        SATURDAY = 6, "sobota"
        SUNDAY = 7, "niedziela"

    district = models.ForeignKey(
        District, on_delete=models.CASCADE, related_name="duty_hours", verbose_name="dzielnica"
    )
    weekday = models.PositiveSmallIntegerField("dzień tygodnia", choices=Weekday)
    starts_at = models.TimeField("od godziny")
    ends_at = models.TimeField("do godziny")
    place = models.CharField("miejsce", max_length=200, blank=True)
    note = models.CharField(
        "dopisek", max_length=200, blank=True, help_text="Np. „w pierwszym tygodniu miesiąca”."
    )

    class Meta:
        verbose_name = "dyżur rady"
        verbose_name_plural = "dyżury rady"
        ordering = ["district", "weekday", "starts_at"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(ends_at__gt=models.F("starts_at")),
                name="duty_hour_ends_after_start",
                violation_error_message=DUTY_ENDS_AFTER_START,
            ),
        ]

    def __str__(self):
        return f"{self.get_weekday_display()} {self.starts_at:%H:%M}–{self.ends_at:%H:%M}"


class CouncilMembership(roles.Membership):
    """A seat on a district council; a member may post news for that district.

    It puts its user in the council role (see common.roles); a district with
    council members cannot be deleted, so no seat disappears without syncing its user.
    """

    class Function(models.TextChoices):
        CHAIR = "przewodniczacy", "Przewodnictwo Zarządu"
        BOARD = "zarzad", "Członkostwo w Zarządzie"
        COUNCILLOR = "radny", "Członkostwo w Radzie"

    class FunctionForm(models.TextChoices):
        FEMININE = "zenska", "żeńska: Przewodnicząca, Członkini Zarządu, Radna"
        MASCULINE = "meska", "męska: Przewodniczący, Członek Zarządu, Radny"

    TITLES = {
        (Function.CHAIR, FunctionForm.FEMININE): "Przewodnicząca Zarządu",
        (Function.CHAIR, FunctionForm.MASCULINE): "Przewodniczący Zarządu",
        (Function.BOARD, FunctionForm.FEMININE): "Członkini Zarządu",
        (Function.BOARD, FunctionForm.MASCULINE): "Członek Zarządu",
        (Function.COUNCILLOR, FunctionForm.FEMININE): "Radna",
        (Function.COUNCILLOR, FunctionForm.MASCULINE): "Radny",
    }

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="council_memberships",
        verbose_name="użytkownik",
    )
    district = models.ForeignKey(
        District, on_delete=models.PROTECT, related_name="memberships", verbose_name="dzielnica"
    )
    function = models.CharField(
        "funkcja", max_length=20, choices=Function, default=Function.COUNCILLOR
    )
    # The form belongs to the seat, not to the account: it is what the council publishes
    # about the member, chosen with the function, and residents' accounts hold no gender.
    function_form = models.CharField(
        "forma nazwy funkcji",
        max_length=10,
        choices=FunctionForm,
        help_text="Forma, której używa ta osoba; na stronie dzielnicy widać tylko ją.",
    )

    class Meta:
        verbose_name = "członkostwo w radzie dzielnicy"
        verbose_name_plural = "członkowie rad dzielnic"
        ordering = ["district", "function", "user__last_name"]
        constraints = [
            models.UniqueConstraint(fields=["user", "district"], name="one_seat_per_council"),
        ]

    def __str__(self):
        # Not the account's e-mail address: this text is kept in the admin's change log.
        return f"{self.member_name} – {self.district.council_name}"

    @property
    def member_name(self):
        """The name as residents see it on the district's page."""
        return self.user.get_full_name() or "(imię i nazwisko nie podane)"

    @property
    def function_title(self):
        """The function as this member is called: „Radna” or „Radny”, never both."""
        return self.TITLES[(self.function, self.function_form)]
