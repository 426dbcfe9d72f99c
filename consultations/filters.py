"""The GET form of the consultation list: status tabs, filters and search.

Every choice comes from the database (districts, departments, categories, years), so a
value that matches none is simply not valid: the field is ignored and the page says so.
"""

import django_filters
from django import forms
from django.utils import timezone
from django.utils.html import format_html_join
from django.utils.safestring import mark_safe

from consultations.models import Category, Department, Status
from consultations.search import search_consultations
from consultations.selectors import consultation_years
from districts.models import District

STATUS_TABS = [
    ("", "Wszystkie"),
    (Status.OPEN.value, "Trwające"),
    (Status.PLANNED.value, "Planowane"),
    (Status.CLOSED.value, "Zakończone"),
    (Status.RESULTS.value, "Z wynikami"),
]


class ConsultationFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label="Szukaj w tytułach i opisach",
        method="filter_text",
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    status = django_filters.ChoiceFilter(
        label="Etap",
        choices=STATUS_TABS[1:],
        empty_label="wszystkie",
        method="filter_status",
    )
    dzielnica = django_filters.ModelChoiceFilter(
        label="Dzielnica",
        queryset=District.objects.order_by("number"),
        to_field_name="slug",
        empty_label="wszystkie dzielnice",
        method="filter_district",
    )
    jednostka = django_filters.ModelChoiceFilter(
        label="Jednostka",
        queryset=Department.objects.all(),
        to_field_name="code",
        field_name="department",
        empty_label="wszystkie jednostki",
    )
    kategoria = django_filters.ModelChoiceFilter(
        label="Kategoria",
        queryset=Category.objects.all(),
        to_field_name="slug",
        field_name="category",
        empty_label="wszystkie kategorie",
    )
    rok = django_filters.ChoiceFilter(
        label="Rok",
        choices=[],
        empty_label="wszystkie lata",
        method="filter_year",
    )

    def __init__(self, *args, now=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.now = now or timezone.now()
        self.form.fields["rok"].choices = [(str(year), str(year)) for year in consultation_years()]
        self.form.fields["dzielnica"].label_from_instance = lambda district: district.name
        self.form.fields["jednostka"].label_from_instance = lambda department: (
            f"{department.name} ({department.code})"
        )
        for field in self.form.fields.values():
            field.error_messages["invalid_choice"] = "Nie ma takiej wartości do wyboru."

    def filter_text(self, queryset, name, value):
        return search_consultations(queryset, value)

    def filter_status(self, queryset, name, value):
        return queryset.in_status(Status(value), self.now)

    def filter_district(self, queryset, name, value):
        return queryset.in_district(value)

    def filter_year(self, queryset, name, value):
        return queryset.filter(starts_at__year=int(value))

    def _choices(self, field):
        if isinstance(field, forms.ModelChoiceField):
            return [("", field.empty_label)] + [
                (getattr(item, field.to_field_name), field.label_from_instance(item))
                for item in field.queryset
            ]
        return list(field.choices)

    def fields_for_page(self) -> list[dict]:
        """The form's fields with their options as ready HTML.

        Django's widget templates render every <option> through the template engine;
        on this page that was a third of the rendering time, so the options are joined here.
        """
        fields = []
        for name, field in self.form.fields.items():
            errors = self.form.errors.get(name, [])
            value = "" if errors else str(self.form.data.get(name, ""))
            entry = {
                "name": name,
                "id": f"id_{name}",
                "label": field.label,
                "value": value,
                "errors": errors,
                "options": None,
            }
            if name != "q":
                entry["options"] = format_html_join(
                    "",
                    '<option value="{}"{}>{}</option>',
                    (
                        (choice, mark_safe(" selected") if str(choice) == value else "", label)
                        for choice, label in self._choices(field)
                    ),
                )
            fields.append(entry)
        return fields

    @property
    def ignored_fields(self) -> list[str]:
        """Labels of the fields whose value was not valid and so had no effect."""
        return [self.form.fields[name].label for name in self.form.errors]
