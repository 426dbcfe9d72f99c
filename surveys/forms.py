"""The questionnaire as server-rendered forms, built from a survey's questions.

`SurveyForm` holds the fields of some sections (one step, or all for the final check) and
turns valid data into unsaved `Answer` rows. `AnsweringSteps` walks a long survey section
by section: the answers of the other sections travel in a signed hidden field, never in the
session or the database, so an unfinished questionnaire leaves nothing behind on the server
and nothing links the final response to the visitor's session.
"""

import datetime
from dataclasses import dataclass, field

from django import forms
from django.core import signing
from django.utils.datastructures import MultiValueDict

from surveys import codes
from surveys.models import (
    LONG_TEXT_MAX,
    NUMBER_LIMIT,
    OTHER_TEXT_MAX,
    SHORT_TEXT_MAX,
    Answer,
    Question,
    Response,
    Survey,
)
from surveys.services import form_number_normalised
from surveys.wording import answers_count

CODE = "kod"
STATE = "stan"
STEP = "krok"
ACTION = "akcja"
BACK, NEXT, SEND = "wstecz", "dalej", "wyslij"
# How long answers in progress stay valid between two steps.
STATE_MAX_AGE = 2 * 24 * 3600
STATE_SALT = "surveys.answers-in-progress"
EARLIEST_DATE = datetime.date(1900, 1, 1)
LATEST_DATE = datetime.date(2100, 12, 31)

Kind = Question.Kind


def field_name(question) -> str:
    return f"q{question.pk}"


def other_name(question) -> str:
    return f"q{question.pk}_inne"


def rank_name(question, option) -> str:
    return f"q{question.pk}_{option.pk}"


def _too_long(limit):
    return f"Odpowiedź może mieć najwyżej {limit} znaków (ma %(show_value)d)."


class LimitedMultipleChoiceField(forms.MultipleChoiceField):
    """Check boxes with a smallest and a largest number of ticks."""

    def __init__(self, *, min_choices=None, max_choices=None, **kwargs):
        self.min_choices = min_choices
        self.max_choices = max_choices
        super().__init__(**kwargs)

    def validate(self, value):
        super().validate(value)
        ticked = len(value)
        if not ticked:
            return
        if self.min_choices and ticked < self.min_choices:
            raise forms.ValidationError(
                f"Prosimy zaznaczyć co najmniej {answers_count(self.min_choices)} "
                f"(zaznaczono {ticked}).",
                code="too_few",
            )
        if self.max_choices and ticked > self.max_choices:
            raise forms.ValidationError(
                f"Można zaznaczyć najwyżej {answers_count(self.max_choices)} "
                f"(zaznaczono {ticked}).",
                code="too_many",
            )


class RankingWidget(forms.Widget):
    """One „miejsce” select per option; the survey template draws them (see QuestionBlock)."""

    def __init__(self, option_ids, attrs=None):
        super().__init__(attrs)
        self.option_ids = option_ids

    def value_from_datadict(self, data, files, name):
        return {pk: data.get(f"{name}_{pk}", "") for pk in self.option_ids}

    def value_omitted_from_data(self, data, files, name):
        return not any(f"{name}_{pk}" in data for pk in self.option_ids)

    def render(self, name, value, attrs=None, renderer=None):
        raise NotImplementedError("templates/surveys/includes/question.html draws a ranking")


class RankingField(forms.Field):
    """Positions 1, 2, 3… given to options, each once, from 1 without gaps."""

    def __init__(self, *, option_ids, min_choices=None, max_choices=None, **kwargs):
        self.option_ids = option_ids
        self.limit = min(max_choices or len(option_ids), len(option_ids))
        if min_choices:
            self.needed = min(min_choices, self.limit)
        else:
            self.needed = self.limit
        super().__init__(widget=RankingWidget(option_ids), **kwargs)

    def to_python(self, value):
        value = value if isinstance(value, dict) else {}
        positions = {}
        for pk in self.option_ids:
            chosen = str(value.get(pk, "")).strip()
            if not chosen:
                continue
            if not chosen.isdigit() or not 1 <= int(chosen) <= len(self.option_ids):
                raise forms.ValidationError(
                    "Prosimy wybrać miejsce z listy przy każdej odpowiedzi.", code="invalid"
                )
            positions[pk] = int(chosen)
        return positions

    def validate(self, positions):
        if not positions:
            if self.required:
                raise forms.ValidationError(
                    "Prosimy ustawić odpowiedzi w kolejności, nadając im miejsca od 1.",
                    code="required",
                )
            return
        taken = sorted(positions.values())
        repeated = sorted({place for place in taken if taken.count(place) > 1})
        if repeated:
            places = ", ".join(str(place) for place in repeated)
            raise forms.ValidationError(
                f"Każde miejsce można nadać tylko jednej odpowiedzi (powtarza się: {places}).",
                code="repeated",
            )
        if taken != list(range(1, len(taken) + 1)):
            raise forms.ValidationError(
                "Miejsca prosimy nadawać po kolei od 1, bez przerw.", code="gap"
            )
        if len(taken) < self.needed:
            raise forms.ValidationError(
                f"Prosimy ustawić w kolejności co najmniej {answers_count(self.needed)} "
                f"(ustawiono {len(taken)}).",
                code="too_few",
            )
        if len(taken) > self.limit:
            raise forms.ValidationError(
                f"Można ustawić najwyżej {answers_count(self.limit)} (ustawiono {len(taken)}).",
                code="too_many",
            )


class SurveyDateField(forms.DateField):
    def validate(self, value):
        super().validate(value)
        if value and not EARLIEST_DATE <= value <= LATEST_DATE:
            raise forms.ValidationError(
                "Prosimy podać datę między rokiem 1900 a 2100.", code="out_of_range"
            )


class SurveyDateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs, format="%Y-%m-%d")


def _choices(question):
    return [(str(option.pk), option.label) for option in question.options.all()]


INVALID_CHOICE = "Wybrana odpowiedź nie należy do tego pytania. Prosimy wybrać jedną z podanych."


def question_field(question) -> forms.Field:
    """The form field that asks the question."""
    required = question.required
    kind = question.kind
    if kind in (Kind.SINGLE, Kind.YES_NO):
        return forms.ChoiceField(
            choices=_choices(question),
            widget=forms.RadioSelect,
            required=required,
            error_messages={
                "required": "Prosimy wybrać jedną odpowiedź.",
                "invalid_choice": INVALID_CHOICE,
            },
        )
    if kind == Kind.DISTRICT:
        return forms.ChoiceField(
            choices=[("", "(nie wybrano)"), *_choices(question)],
            required=required,
            error_messages={
                "required": "Prosimy wybrać dzielnicę albo „spoza Częstochowy”.",
                "invalid_choice": INVALID_CHOICE,
            },
        )
    if kind == Kind.MULTIPLE:
        return LimitedMultipleChoiceField(
            choices=_choices(question),
            widget=forms.CheckboxSelectMultiple,
            required=required,
            min_choices=question.min_choices,
            max_choices=question.max_choices,
            error_messages={
                "required": "Prosimy zaznaczyć co najmniej jedną odpowiedź.",
                "invalid_choice": INVALID_CHOICE,
            },
        )
    if kind in (Kind.SHORT_TEXT, Kind.LONG_TEXT):
        limit = SHORT_TEXT_MAX if kind == Kind.SHORT_TEXT else LONG_TEXT_MAX
        return forms.CharField(
            max_length=limit,
            required=required,
            widget=forms.Textarea(attrs={"rows": 6}) if kind == Kind.LONG_TEXT else None,
            error_messages={
                "required": "Prosimy wpisać odpowiedź.",
                "max_length": _too_long(limit),
            },
        )
    if kind == Kind.SCALE:
        low, high = question.min_value, question.max_value
        labels = {low: question.min_label, high: question.max_label}
        return forms.TypedChoiceField(
            choices=[
                (str(value), f"{value} – {labels[value]}" if labels.get(value) else str(value))
                for value in range(low, high + 1)
            ],
            coerce=int,
            empty_value=None,
            widget=forms.RadioSelect,
            required=required,
            error_messages={
                "required": f"Prosimy wybrać ocenę od {low} do {high}.",
                "invalid_choice": f"Prosimy wybrać ocenę od {low} do {high}.",
            },
        )
    if kind == Kind.NUMBER:
        low = question.min_value if question.min_value is not None else -NUMBER_LIMIT
        high = question.max_value if question.max_value is not None else NUMBER_LIMIT
        out_of_range = f"Prosimy podać liczbę od {low} do {high}."
        return forms.IntegerField(
            min_value=low,
            max_value=high,
            required=required,
            widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
            error_messages={
                "required": "Prosimy wpisać liczbę.",
                "invalid": "Prosimy wpisać liczbę całkowitą, np. 12.",
                "min_value": out_of_range,
                "max_value": out_of_range,
            },
        )
    if kind == Kind.DATE:
        return SurveyDateField(
            required=required,
            widget=SurveyDateInput,
            input_formats=["%Y-%m-%d", "%d.%m.%Y", "%d-%m-%Y", "%d/%m/%Y"],
            error_messages={
                "required": "Prosimy podać datę.",
                "invalid": "Prosimy podać datę w postaci dzień.miesiąc.rok, np. 15.05.2026.",
            },
        )
    if kind == Kind.RANKING:
        return RankingField(
            option_ids=[str(option.pk) for option in question.options.all()],
            min_choices=question.min_choices,
            max_choices=question.max_choices,
            required=required,
        )
    raise ValueError(f"Unknown kind of question: {kind}")


def dom_id(question) -> str:
    return f"pytanie-{question.pk}"


def _has_own_label(widget) -> bool:
    """A single input (text, number, date, list) named by the question's legend."""
    return not isinstance(widget, (forms.RadioSelect, forms.CheckboxSelectMultiple, RankingWidget))


def _describe(question, widget):
    if not _has_own_label(widget):
        return  # radios, check boxes and rankings have labels; the fieldset describes them
    widget.attrs["aria-labelledby"] = f"{dom_id(question)}-tresc"
    described = []
    if question.help_text:
        described.append(f"{dom_id(question)}-pomoc")
    if question.kind == Kind.LONG_TEXT:
        described.append(f"{dom_id(question)}-limit")
    if described:
        widget.attrs["aria-describedby"] = " ".join(described)


def other_option(question):
    return next((option for option in question.options.all() if option.is_other), None)


@dataclass
class RankRow:
    label: str
    name: str
    id: str
    value: str


@dataclass
class QuestionBlock:
    """One question as the template draws it: a fieldset with its legend, help and errors."""

    number: int
    question: Question
    field: forms.BoundField
    other: forms.BoundField | None = None
    other_option_id: str = ""
    rank_rows: list[RankRow] = field(default_factory=list)
    rank_places: list[int] = field(default_factory=list)

    @property
    def errors(self) -> list[str]:
        found = list(self.field.errors)
        if self.other is not None:
            found += list(self.other.errors)
        return found

    @property
    def anchor(self) -> str:
        """The id the error summary links to: the input the first error is about."""
        if self.other is not None and self.other.errors and not self.field.errors:
            return self.other.auto_id
        return self.first_input_id

    @property
    def first_input_id(self) -> str:
        if self.rank_rows:
            return self.rank_rows[0].id
        if self.question.kind in {Kind.SINGLE, Kind.YES_NO, Kind.MULTIPLE, Kind.SCALE}:
            return f"{self.field.auto_id}_0"
        return self.field.auto_id

    @property
    def dom_id(self) -> str:
        return dom_id(self.question)


class SurveyForm(forms.Form):
    """The questions of the given sections; with `with_code`, the access code too."""

    def __init__(
        self,
        *,
        survey,
        sections,
        numbers,
        with_code=False,
        data=None,
        initial=None,
        from_paper=False,
    ):
        if data is not None:
            data = _with_typed_other_chosen(data, [q for s in sections for q in s.questions.all()])
        super().__init__(data=data, initial=initial)
        self.survey = survey
        self.questions = [question for section in sections for question in section.questions.all()]
        self.numbers = numbers
        if with_code:
            self.fields[CODE] = forms.CharField(
                label="Kod dostępu",
                max_length=40,
                help_text=(
                    "Kod z otrzymanej kartki, np. K7M4X-R9TQA. Wielkość liter i myślnik "
                    "nie mają znaczenia."
                ),
                error_messages={
                    "required": "Prosimy przepisać kod dostępu z otrzymanej kartki.",
                    "max_length": "To nie jest kod dostępu: kod ma 10 znaków, np. K7M4X-R9TQA.",
                },
                widget=forms.TextInput(
                    attrs={"autocomplete": "off", "autocapitalize": "characters"}
                ),
            )
        for question in self.questions:
            self.fields[field_name(question)] = question_field(question)
            if from_paper:
                # A paper form is entered as it was filled: a question the resident left
                # blank stays blank, even a required one. Refusing it would lose the form.
                self.fields[field_name(question)].required = False
            _describe(question, self.fields[field_name(question)].widget)
            if other_option(question) is not None:
                self.fields[other_name(question)] = forms.CharField(
                    label="Inne (jakie?)",
                    required=False,
                    max_length=OTHER_TEXT_MAX,
                    error_messages={"max_length": _too_long(OTHER_TEXT_MAX)},
                )

    # --- validation ---------------------------------------------------------------------

    def clean_kod(self):
        code = codes.normalised(self.cleaned_data[CODE])
        if code is None:
            raise forms.ValidationError(
                "To nie jest kod dostępu: kod ma 10 znaków (litery i cyfry), np. K7M4X-R9TQA. "
                "Prosimy przepisać go z kartki.",
                code="malformed",
            )
        return code

    def clean(self):
        data = super().clean()
        for question in self.questions:
            other = other_option(question)
            if other is None:
                continue
            text = data.get(other_name(question), "")
            chosen = data.get(field_name(question))
            if chosen is None:
                continue  # the choice itself was refused: its message is enough
            chosen = chosen if isinstance(chosen, list) else [chosen]
            if str(other.pk) in chosen and not text:
                self.add_error(
                    other_name(question),
                    forms.ValidationError(
                        "Prosimy wpisać, jaką inną odpowiedź Państwo wybrali.", code="other_empty"
                    ),
                )
            elif text and str(other.pk) not in chosen:
                self.add_error(
                    other_name(question),
                    forms.ValidationError(
                        "Własną odpowiedź wpisuje się tylko przy „Inne”. Prosimy zaznaczyć "
                        "„Inne” albo usunąć wpisany tekst.",
                        code="other_not_chosen",
                    ),
                )
        return data

    def full_clean(self):
        super().full_clean()
        for question in self.questions:
            for name in (field_name(question), other_name(question)):
                if name not in self.errors or name not in self.fields:
                    continue
                attrs = self.fields[name].widget.attrs
                attrs["aria-invalid"] = "true"
                if name == other_name(question) or _has_own_label(self.fields[name].widget):
                    described = [f"{dom_id(question)}-bledy", attrs.get("aria-describedby", "")]
                    attrs["aria-describedby"] = " ".join(part for part in described if part)

    # --- drawing ------------------------------------------------------------------------

    def blocks(self) -> list[QuestionBlock]:
        blocks = []
        for question in self.questions:
            bound = self[field_name(question)]
            block = QuestionBlock(self.numbers[question.pk], question, bound)
            other = other_option(question)
            if other is not None:
                block.other = self[other_name(question)]
                block.other_option_id = str(other.pk)
            if question.kind == Kind.RANKING:
                value = bound.value() if isinstance(bound.value(), dict) else {}
                options = list(question.options.all())
                block.rank_places = list(range(1, len(options) + 1))
                block.rank_rows = [
                    RankRow(
                        label=option.label,
                        name=rank_name(question, option),
                        id=f"id_{rank_name(question, option)}",
                        value=str(value.get(str(option.pk), "")),
                    )
                    for option in options
                ]
            blocks.append(block)
        return blocks

    def blocks_of(self, section) -> list[QuestionBlock]:
        return [block for block in self.blocks() if block.question.section_id == section.pk]

    def error_list(self) -> list[tuple[str, str]]:
        """(anchor, message) for the error summary, in the order of the page."""
        found = []
        if CODE in self.errors:
            found += [(self[CODE].auto_id, f"Kod dostępu: {error}") for error in self[CODE].errors]
        for block in self.blocks():
            found += [(block.anchor, f"Pytanie {block.number}: {error}") for error in block.errors]
        return found

    # --- answers ------------------------------------------------------------------------

    def answers(self) -> list[Answer]:
        """Unsaved answer rows, one per chosen option or value (the form must be valid)."""
        rows = []
        for question in self.questions:
            value = self.cleaned_data.get(field_name(question))
            options = {str(option.pk): option for option in question.options.all()}
            other_text = self.cleaned_data.get(other_name(question), "")
            kind = question.kind
            if kind in (Kind.SINGLE, Kind.YES_NO, Kind.DISTRICT, Kind.MULTIPLE):
                for pk in value if isinstance(value, list) else [value] if value else []:
                    option = options[pk]
                    text = other_text if option.is_other else ""
                    rows.append(Answer(question=question, option=option, text=text))
            elif kind in (Kind.SHORT_TEXT, Kind.LONG_TEXT):
                if value:
                    rows.append(Answer(question=question, text=value))
            elif kind in (Kind.SCALE, Kind.NUMBER):
                if value is not None:
                    rows.append(Answer(question=question, number=value))
            elif kind == Kind.DATE:
                if value is not None:
                    rows.append(Answer(question=question, date=value))
            elif kind == Kind.RANKING:
                for pk, place in sorted((value or {}).items(), key=lambda item: item[1]):
                    rows.append(Answer(question=question, option=options[pk], rank=place))
        return rows


def _with_typed_other_chosen(data, questions):
    """Text typed beside „Inne” counts as choosing „Inne” when nothing else was chosen.

    (Ticking the box first is easy to forget; the page then shows it ticked.)
    """
    data = data.copy() if hasattr(data, "copy") else MultiValueDict(data)
    for question in questions:
        other = other_option(question)
        if other is None or not data.get(other_name(question), "").strip():
            continue
        name = field_name(question)
        chosen = [value for value in data.getlist(name) if value]
        if question.kind == Kind.MULTIPLE and str(other.pk) not in chosen:
            data.setlist(name, [*chosen, str(other.pk)])
        elif not chosen:
            data.setlist(name, [str(other.pk)])
    return data


# --- steps ---------------------------------------------------------------------------------


def answerable_sections(survey) -> list:
    """The survey's sections that hold at least one question, in order."""
    return [section for section in survey.sections.all() if section.questions.all()]


def question_numbers(sections) -> dict[int, int]:
    numbers, number = {}, 0
    for section in sections:
        for question in section.questions.all():
            number += 1
            numbers[question.pk] = number
    return numbers


def state_dumps(survey: Survey, data: MultiValueDict) -> str:
    payload = {"ankieta": survey.pk, "odpowiedzi": dict(data.lists())}
    return signing.dumps(payload, salt=STATE_SALT, compress=True)


def state_loads(survey: Survey, token: str) -> MultiValueDict:
    """The answers carried from the other steps; nothing when forged, stale or foreign."""
    try:
        payload = signing.loads(token or "", salt=STATE_SALT, max_age=STATE_MAX_AGE)
    except signing.BadSignature:
        return MultiValueDict()
    if not isinstance(payload, dict) or payload.get("ankieta") != survey.pk:
        return MultiValueDict()
    answers = payload.get("odpowiedzi")
    if not isinstance(answers, dict):
        return MultiValueDict()
    return MultiValueDict(
        {
            str(key): [str(value) for value in values]
            for key, values in answers.items()
            if isinstance(values, list)
        }
    )


class AnsweringSteps:
    """Where a visitor is in a survey and what the page shows next.

    The visitor's answers so far are `data`: those of the step on screen come from the
    POST, those of the other steps from the signed hidden field `stan`.
    """

    def __init__(self, survey, post=None):
        self.survey = survey
        self.sections = answerable_sections(survey)
        self.numbers = question_numbers(self.sections)
        self.data = MultiValueDict()
        self.step = 0
        self.action = NEXT
        if post is not None:
            self.data = state_loads(survey, post.get(STATE, ""))
            try:
                self.step = int(post.get(STEP, 0))
            except (TypeError, ValueError):
                self.step = 0
            self.step = max(0, min(self.step, self.last_step))
            self.action = post.get(ACTION) if post.get(ACTION) in (BACK, NEXT, SEND) else NEXT
            for key in self.step_keys(self.step):
                self.data.setlist(key, list(post.getlist(key)))

    def step_keys(self, step) -> set[str]:
        """Every POST name the step's form reads, known without building the form."""
        keys = {CODE} if self.survey.uses_codes and step == 0 else set()
        for question in self.sections[step].questions.all() if self.sections else []:
            if question.kind == Kind.RANKING:
                keys |= {rank_name(question, option) for option in question.options.all()}
                continue
            keys.add(field_name(question))
            if other_option(question) is not None:
                keys.add(other_name(question))
        return keys

    @property
    def last_step(self) -> int:
        return max(len(self.sections) - 1, 0)

    def form_for(self, step, *, bound=False) -> SurveyForm:
        """The form of one step: bound to the answers to show errors, else showing them."""
        sections = self.sections[step : step + 1]
        with_code = self.survey.uses_codes and step == 0
        if bound:
            return SurveyForm(
                survey=self.survey,
                sections=sections,
                numbers=self.numbers,
                with_code=with_code,
                data=self.data,
            )
        unbound = SurveyForm(
            survey=self.survey, sections=sections, numbers=self.numbers, with_code=with_code
        )
        unbound.initial = {
            name: form_field.widget.value_from_datadict(self.data, {}, name)
            for name, form_field in unbound.fields.items()
            if not form_field.widget.value_omitted_from_data(self.data, {}, name)
        }
        return unbound

    def whole_form(self) -> SurveyForm:
        return SurveyForm(
            survey=self.survey,
            sections=self.sections,
            numbers=self.numbers,
            with_code=self.survey.uses_codes,
            data=self.data,
        )

    def first_step_with_errors(self, form: SurveyForm) -> int:
        if CODE in form.errors:
            return 0
        for step, section in enumerate(self.sections):
            for question in section.questions.all():
                if field_name(question) in form.errors or other_name(question) in form.errors:
                    return step
        return self.last_step

    def state_token(self, step) -> str:
        """The signed answers of every step but `step` (its own are in its fields)."""
        others = self.data.copy()
        for key in self.step_keys(step):
            others.pop(key, None)
        return state_dumps(self.survey, others)


# --- paper questionnaires ----------------------------------------------------------------

FORM_NUMBER = "numer"
PLACE = "miejsce"
CITY_HALL_CHOICE = "urzad"


def place_choice(district) -> str:
    return f"dzielnica-{district.slug}"


class PaperEntryForm(forms.Form):
    """The number written in the form's box and where the form was collected.

    `districts` are the offices the person may enter forms for, `city_hall` whether the
    city hall's desk is one of the places: nothing else can be chosen.
    """

    numer = forms.CharField(
        label="Numer formularza",
        max_length=20,
        help_text="Z ramki „Nr formularza” w prawym górnym rogu ankiety, np. 17.",
        error_messages={
            "required": "Prosimy przepisać numer z ramki na formularzu.",
            "max_length": "Numer formularza ma najwyżej 20 znaków (ma %(show_value)d).",
        },
        widget=forms.TextInput(attrs={"autocomplete": "off", "autofocus": True, "size": 10}),
    )
    miejsce = forms.ChoiceField(
        label="Miejsce zebrania ankiety",
        error_messages={
            "required": "Prosimy wskazać, gdzie ankietę zebrano.",
            "invalid_choice": (
                "Tego miejsca nie można wybrać: prosimy wskazać jedno z miejsc z listy."
            ),
        },
    )

    def __init__(self, *args, districts, city_hall: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.districts = {place_choice(district): district for district in districts}
        choices = []
        if city_hall:
            choices.append((CITY_HALL_CHOICE, str(Response.Place.CITY_HALL.label)))
        choices += [(key, f"siedziba {d.council_name}") for key, d in self.districts.items()]
        if len(choices) > 1:
            choices.insert(0, ("", "(prosimy wybrać)"))
        self.fields[PLACE].choices = choices
        for name in (FORM_NUMBER, PLACE):
            widget = self.fields[name].widget
            widget.attrs["aria-describedby"] = f"id_{name}_helptext" if name == FORM_NUMBER else ""
            if not widget.attrs["aria-describedby"]:
                del widget.attrs["aria-describedby"]

    def clean_numer(self):
        number = form_number_normalised(self.cleaned_data[FORM_NUMBER])
        if number is None:
            raise forms.ValidationError(
                "Numer formularza to cyfry lub litery (także „-” i „/”), np. 17 albo B-17.",
                code="invalid",
            )
        return number

    def add_error(self, field, error):
        super().add_error(field, error)
        for name in self.errors:
            attrs = self.fields[name].widget.attrs if name in self.fields else None
            if attrs is None or attrs.get("aria-invalid"):
                continue
            attrs["aria-invalid"] = "true"
            described = [attrs.get("aria-describedby", ""), f"id_{name}_bledy"]
            attrs["aria-describedby"] = " ".join(part for part in described if part)

    def place(self) -> tuple[str, object]:
        """(Response.place, district or None) of the valid form."""
        chosen = self.cleaned_data[PLACE]
        if chosen == CITY_HALL_CHOICE:
            return Response.Place.CITY_HALL, None
        return Response.Place.DISTRICT_OFFICE, self.districts[chosen]

    def error_list(self) -> list[tuple[str, str]]:
        found = []
        for name in (FORM_NUMBER, PLACE):
            found += [
                (self[name].auto_id, f"{self.fields[name].label}: {e}") for e in self[name].errors
            ]
        return found
