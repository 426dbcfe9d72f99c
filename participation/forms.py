from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html

from participation.models import Remark, Report
from participation.plaintext import link_count

HONEYPOT_MESSAGE = (
    "Formularz wygląda na wypełniony automatycznie (wypełnione ukryte pole „Strona "
    "internetowa”). Komentarza nie zapisano."
)


class Honeypot(forms.CharField):
    """A field people never see or reach; a script that fills every field fills it too."""

    def __init__(self):
        super().__init__(
            label="Strona internetowa (prosimy zostawić puste)",
            required=False,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )


def clean_resident_text(value: str, *, what: str) -> str:
    """Plain text within the length and link limits, or a ValidationError that says which."""
    value = (value or "").strip()
    if not value:
        raise forms.ValidationError(f"Prosimy wpisać treść {what}.")
    limit = settings.COMMENT_MAX_LENGTH
    if len(value) > limit:
        raise forms.ValidationError(
            f"Tekst może mieć najwyżej {limit} znaków, a ma {len(value)}. Prosimy go skrócić."
        )
    links = link_count(value)
    if links > settings.COMMENT_MAX_LINKS:
        raise forms.ValidationError(
            f"Tekst może zawierać najwyżej {settings.COMMENT_MAX_LINKS} linki, a zawiera "
            f"{links}. Prosimy usunąć część adresów."
        )
    return value


class TextWithHoneypotForm(forms.Form):
    what = "komentarza"
    text = forms.CharField(label="Treść komentarza", widget=forms.Textarea(attrs={"rows": 6}))
    strona = Honeypot()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["text"].error_messages["required"] = f"Prosimy wpisać treść {self.what}."
        self.fields["text"].help_text = (
            f"Zwykły tekst, najwyżej {settings.COMMENT_MAX_LENGTH} znaków i "
            f"{settings.COMMENT_MAX_LINKS} linki. Adresy stron zamienią się w linki; "
            "znaczniki HTML pokażą się jako zwykły tekst."
        )

    def clean_text(self):
        return clean_resident_text(self.cleaned_data.get("text"), what=self.what)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("strona"):
            raise forms.ValidationError(HONEYPOT_MESSAGE)
        return cleaned


def unit_choice_label(unit) -> str:
    if unit.heading and unit.label:
        return f"{unit.label} – {unit.heading}"
    return unit.name


class CommentForm(TextWithHoneypotForm):
    """A new comment on the consultation, optionally on one unit of its draft.

    The units come as a list already read for the page: the select costs no query.
    """

    unit = forms.ChoiceField(
        label="Fragment projektu, którego dotyczy komentarz",
        required=False,
        error_messages={"invalid_choice": "Prosimy wybrać fragment projektu z listy."},
    )

    field_order = ["unit", "text", "strona"]

    def __init__(self, *args, units=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.units = {unit.slug: unit for unit in units}
        if self.units:
            self.fields["unit"].choices = [
                ("", "Całe konsultacje (bez wskazania fragmentu)"),
                *((unit.slug, unit_choice_label(unit)) for unit in units),
            ]
        else:
            del self.fields["unit"]

    def clean_unit(self):
        return self.units.get(self.cleaned_data.get("unit") or "")


class ParticipantForm(forms.Form):
    """The step before the first comment: the name shown and the Regulamin."""

    display_name = forms.CharField(
        label="Podpis pod komentarzami",
        max_length=60,
        help_text=(
            "Imię, imię i nazwisko albo pseudonim – tak będą podpisane Państwa komentarze. "
            "Adresu e-mail nie pokazujemy nikomu."
        ),
        error_messages={
            "required": "Prosimy wpisać podpis, który pokaże się pod komentarzami.",
            "max_length": "Podpis może mieć najwyżej 60 znaków.",
        },
    )
    accept_terms = forms.BooleanField(
        label="Akceptuję Regulamin serwisu",
        error_messages={"required": "Aby komentować, prosimy zaakceptować Regulamin."},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["accept_terms"].help_text = format_html(
            'Zasady dyskusji opisuje <a href="{}">Regulamin serwisu</a>.',
            reverse("terms"),
        )

    def clean_display_name(self):
        name = " ".join(self.cleaned_data["display_name"].split())
        if "@" in name:
            raise forms.ValidationError(
                "Podpis nie może być adresem e-mail: prosimy wpisać imię albo pseudonim."
            )
        if "<" in name or ">" in name:
            raise forms.ValidationError("Podpis nie może zawierać znaków < ani >.")
        return name


class OfficialAnswerForm(TextWithHoneypotForm):
    what = "odpowiedzi"
    text = forms.CharField(label="Treść odpowiedzi", widget=forms.Textarea(attrs={"rows": 6}))


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label="Dlaczego zgłaszają Państwo ten komentarz?",
        choices=Report.Reason.choices,
        widget=forms.RadioSelect,
        error_messages={"required": "Prosimy wybrać powód zgłoszenia."},
    )
    note = forms.CharField(
        label="Wyjaśnienie (nieobowiązkowe)",
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"max_length": "Wyjaśnienie może mieć najwyżej 500 znaków."},
    )


class HideForm(forms.Form):
    reason = forms.CharField(
        label="Powód ukrycia (widoczny publicznie)",
        max_length=300,
        help_text="Pokaże się w miejscu komentarza: „Ukryto przez moderatora: …”.",
        error_messages={
            "required": "Prosimy podać powód ukrycia – zobaczą go wszyscy czytający dyskusję.",
            "max_length": "Powód może mieć najwyżej 300 znaków.",
        },
    )


class RestoreForm(forms.Form):
    reason = forms.CharField(
        label="Uwagi do dziennika (nieobowiązkowe)",
        max_length=300,
        required=False,
        error_messages={"max_length": "Uwagi mogą mieć najwyżej 300 znaków."},
    )


class BlockForm(forms.Form):
    days = forms.TypedChoiceField(
        label="Na jak długo zablokować komentowanie",
        coerce=int,
        choices=[(1, "1 dzień"), (7, "7 dni"), (30, "30 dni"), (90, "90 dni"), (365, "rok")],
        error_messages={"required": "Prosimy wybrać czas blokady."},
    )
    reason = forms.CharField(
        label="Powód blokady",
        max_length=300,
        error_messages={
            "required": "Prosimy podać powód blokady.",
            "max_length": "Powód może mieć najwyżej 300 znaków.",
        },
    )


class RemarkStaffForm(forms.ModelForm):
    """A remark received on paper, by post or by e-mail, entered by the department."""

    class Meta:
        model = Remark
        fields = [
            "channel",
            "received_on",
            "unit",
            "unit_text",
            "content",
            "proposed_wording",
            "justification",
            "author_name",
            "author_address",
        ]
