from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html

from participation.models import Report
from participation.plaintext import link_count


def honeypot_message(what: str) -> str:
    """`what`: the thing not saved, as the subject of „nie zapisano” („Komentarza”)."""
    return (
        "Formularz wygląda na wypełniony automatycznie (wypełnione ukryte pole „Strona "
        f"internetowa”). {what} nie zapisano."
    )


class Honeypot(forms.CharField):
    """A field people never see or reach; a script that fills every field fills it too."""

    def __init__(self):
        super().__init__(
            label="Strona internetowa (prosimy zostawić puste)",
            required=False,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )


def clean_resident_text(value: str, *, what: str, required: bool = True) -> str:
    """Plain text within the length and link limits, or a ValidationError that says which."""
    value = (value or "").strip()
    if not value:
        if not required:
            return ""
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
            raise forms.ValidationError(honeypot_message("Komentarza"))
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


def _limits_help(what: str) -> str:
    return (
        f"{what} Zwykły tekst, najwyżej {settings.COMMENT_MAX_LENGTH} znaków i "
        f"{settings.COMMENT_MAX_LINKS} linki."
    )


class RemarkForm(forms.Form):
    """A resident's remark on the consultation's form (uwagi na formularzu).

    `units`: the draft's units, already read for the page. `personal_data`: the procedure
    wants the author's name and address (art. 8g u.p.z.p.); otherwise the form has no
    such fields and keeps no such data.
    """

    unit = forms.ChoiceField(
        label="Fragment projektu, którego dotyczy uwaga",
        required=False,
        error_messages={"invalid_choice": "Prosimy wybrać fragment projektu z listy."},
    )
    unit_text = forms.CharField(
        label="Czego dotyczy uwaga",
        required=False,
        max_length=300,
        help_text=(
            "Np. rozdział lub strona dokumentu, ulica, numer działki. Nieobowiązkowe; "
            "najwyżej 300 znaków."
        ),
        error_messages={"max_length": "Opis może mieć najwyżej 300 znaków. Prosimy go skrócić."},
    )
    content = forms.CharField(label="Treść uwagi", widget=forms.Textarea(attrs={"rows": 8}))
    proposed_wording = forms.CharField(
        label="Proponowane brzmienie zapisu",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    justification = forms.CharField(
        label="Uzasadnienie",
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    author_name = forms.CharField(
        label="Imię i nazwisko albo nazwa",
        max_length=200,
        help_text="Nazwa – gdy uwagę składa firma, stowarzyszenie lub inna instytucja.",
        error_messages={
            "required": "Prosimy podać imię i nazwisko albo nazwę.",
            "max_length": "Imię i nazwisko albo nazwa mogą mieć najwyżej 200 znaków.",
        },
    )
    author_address = forms.CharField(
        label="Adres",
        max_length=300,
        help_text="Ulica, numer domu i mieszkania, kod pocztowy, miejscowość.",
        error_messages={
            "required": "Prosimy podać adres.",
            "max_length": "Adres może mieć najwyżej 300 znaków.",
        },
    )
    is_property_owner = forms.TypedChoiceField(
        label="Czy są Państwo właścicielem lub użytkownikiem wieczystym nieruchomości, "
        "której dotyczy uwaga?",
        choices=[("tak", "Tak"), ("nie", "Nie")],
        coerce=lambda value: value == "tak",
        widget=forms.RadioSelect,
        error_messages={
            "required": "Prosimy zaznaczyć, czy są Państwo właścicielem lub użytkownikiem "
            "wieczystym nieruchomości, której dotyczy uwaga.",
            "invalid_choice": "Prosimy wybrać „Tak” albo „Nie”.",
        },
    )
    strona = Honeypot()

    PERSONAL_FIELDS = ["author_name", "author_address", "is_property_owner"]

    def __init__(self, *args, units=(), personal_data=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.units = {unit.slug: unit for unit in units}
        if self.units:
            self.fields["unit"].choices = [
                ("", "Cały projekt albo inne miejsce (prosimy opisać niżej)"),
                *((unit.slug, unit_choice_label(unit)) for unit in units),
            ]
        else:
            del self.fields["unit"]
        if not personal_data:
            for name in self.PERSONAL_FIELDS:
                del self.fields[name]
        self.fields["content"].error_messages["required"] = "Prosimy wpisać treść uwagi."
        self.fields["content"].help_text = _limits_help("Co i dlaczego należy zmienić.")
        self.fields["proposed_wording"].help_text = _limits_help(
            "Nieobowiązkowe: jak według Państwa powinien brzmieć zapis."
        )
        self.fields["justification"].help_text = _limits_help("Nieobowiązkowe.")

    @property
    def asks_personal_data(self) -> bool:
        return "author_name" in self.fields

    def personal_fields(self):
        return [self[name] for name in self.PERSONAL_FIELDS if name in self.fields]

    def remark_fields_shown(self):
        names = ["unit", "unit_text", "content", "proposed_wording", "justification"]
        return [self[name] for name in names if name in self.fields]

    def clean_unit(self):
        return self.units.get(self.cleaned_data.get("unit") or "")

    def clean_unit_text(self):
        return " ".join(self.cleaned_data["unit_text"].split())

    def clean_content(self):
        return clean_resident_text(self.cleaned_data.get("content"), what="uwagi")

    def clean_proposed_wording(self):
        return clean_resident_text(
            self.cleaned_data.get("proposed_wording"), what="", required=False
        )

    def clean_justification(self):
        return clean_resident_text(self.cleaned_data.get("justification"), what="", required=False)

    def clean_author_name(self):
        return " ".join(self.cleaned_data["author_name"].split())

    def clean_author_address(self):
        return " ".join(self.cleaned_data["author_address"].split())

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("strona"):
            raise forms.ValidationError(honeypot_message("Uwagi"))
        return cleaned

    def remark_fields(self) -> dict:
        """The cleaned values as `services.remark_file` takes them."""
        data = self.cleaned_data
        fields = {
            "unit": data.get("unit"),
            "unit_text": data["unit_text"],
            "content": data["content"],
            "proposed_wording": data["proposed_wording"],
            "justification": data["justification"],
        }
        if self.asks_personal_data:
            fields |= {name: data[name] for name in self.PERSONAL_FIELDS}
        return fields
