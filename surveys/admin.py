"""The survey builder: a survey with its sections, and each question with its options.

Staff see and change only their own department's surveys (surveys.permissions). Once a
survey has answers, what would corrupt them is refused with the reason: a question's kind
(Question.clean), removing an option somebody chose, or a question or a section with answers.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import Count
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html, format_html_join

from consultations.models import Department
from consultations.permissions import consultations_managed_by, departments_of
from surveys.models import Option, Question, Section, Survey
from surveys.permissions import can_manage_survey, surveys_managed_by
from surveys.services import (
    MAX_CODES_AT_ONCE,
    access_codes_generate,
    question_fixed_options_sync,
    survey_duplicate,
)
from surveys.wording import answers_count


def _refuse_deleting_answered(formset_class, reason):
    """The inline's forms refuse deletion of a row with answers, saying why in one line.

    Django's own check would list every protected answer row, thousands of them.
    """

    class AnswersKeptForm(formset_class.form):
        def hand_clean_DELETE(self):
            if self.cleaned_data.get("DELETE") and self.instance.pk:
                answered = reason(self.instance)
                if answered:
                    raise ValidationError(answered, code="answered")
            super().hand_clean_DELETE()

    formset_class.form = AnswersKeptForm
    return formset_class


def _section_answered(section):
    count = Section.objects.filter(pk=section.pk).aggregate(n=Count("questions__answers"))["n"]
    if count:
        return (
            f"W tej części są pytania z zapisanymi odpowiedziami ({count}): nie można jej usunąć."
        )
    return None


def _option_answered(option):
    count = option.answers.count()
    if count:
        return (
            f"Tę odpowiedź wybrano już {count} razy: nie można jej usunąć, bo zmieniłoby to "
            "zapisane ankiety. Można poprawić jej treść, np. literówkę."
        )
    return None


class SectionInline(admin.StackedInline):
    model = Section
    extra = 0
    fields = ["position", "title", "description"]

    def get_extra(self, request, obj=None, **kwargs):
        return 1 if obj is None else 0  # a new survey starts with its first section

    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 2})}}

    def get_formset(self, request, obj=None, **kwargs):
        return _refuse_deleting_answered(
            super().get_formset(request, obj, **kwargs), _section_answered
        )


class SurveyAdminForm(forms.ModelForm):
    class Meta:
        model = Survey
        fields = [
            "kind",
            "title",
            "slug",
            "status",
            "introduction",
            "consultation",
            "department",
            "opens_at",
            "closes_at",
            "anonymity_statement",
            "results_visibility",
            "uses_codes",
            "paper_copies",
            "paper_entry_days",
            "on_home_page",
        ]
        widgets = {"anonymity_statement": forms.Textarea(attrs={"rows": 5})}

    def clean(self):
        data = super().clean()
        if data.get("status") != Survey.Status.PUBLISHED:
            return data
        questions = (
            Question.objects.filter(section__survey=self.instance)
            if self.instance.pk
            else Question.objects.none()
        )
        count = questions.count()
        if not count:
            self.add_error(
                "status",
                "Ankietę bez pytań można zapisać tylko jako szkic: prosimy najpierw dodać pytania.",
            )
        elif data.get("kind") == Survey.Kind.POLL and count != 1:
            self.add_error("kind", f"Sonda ma dokładnie jedno pytanie, a ta ma {count}.")
        empty = [q.text for q in questions if q.has_options and not q.options.exists()]
        if empty:
            self.add_error(
                "status",
                "Te pytania nie mają jeszcze odpowiedzi do wyboru: " + "; ".join(empty) + ".",
            )
        return data


@admin.register(Survey)
class SurveyAdmin(admin.ModelAdmin):
    form = SurveyAdminForm
    list_display = [
        "title",
        "kind",
        "department_code",
        "phase_label",
        "opens_at",
        "closes_at",
        "response_count",
        "preview_link",
    ]
    list_filter = [("department", admin.RelatedOnlyFieldListFilter), "kind", "status"]
    search_fields = ["title"]
    date_hierarchy = "opens_at"
    prepopulated_fields = {"slug": ["title"]}
    inlines = [SectionInline]
    actions = ["duplicate"]
    readonly_fields = ["phase_label", "preview_link", "response_count", "questions_overview"]
    fieldsets = [
        ("Stan", {"fields": ["phase_label", "preview_link", "status", "response_count"]}),
        (
            "Ankieta",
            {"fields": ["kind", "title", "slug", "introduction", "consultation", "on_home_page"]},
        ),
        ("Kto i kiedy", {"fields": ["department", ("opens_at", "closes_at")]}),
        (
            "Anonimowość i wyniki",
            {"fields": ["anonymity_statement", "results_visibility", "uses_codes"]},
        ),
        ("Ankiety papierowe", {"fields": ["paper_copies", "paper_entry_days"]}),
        ("Pytania", {"fields": ["questions_overview"]}),
    ]

    def get_queryset(self, request):
        queryset = super().get_queryset(request).select_related("department")
        queryset = queryset.annotate(responses_total=Count("responses"))
        return queryset.filter(pk__in=surveys_managed_by(request.user).values("pk"))

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.is_published:
            fields.append("slug")  # printed on paper questionnaires and flyers
        return fields

    def get_prepopulated_fields(self, request, obj=None):
        if obj is not None and obj.is_published:
            return {}
        return super().get_prepopulated_fields(request, obj)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "department":
            kwargs["queryset"] = departments_of(request.user).filter(is_active=True)
        if db_field.name == "consultation":
            kwargs["queryset"] = consultations_managed_by(request.user).order_by("-starts_at")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        departments = form.base_fields.get("department")
        if departments is not None and obj is not None:
            departments.queryset = Department.objects.filter(
                pk__in=departments_of(request.user).filter(is_active=True).values("pk")
            ) | Department.objects.filter(pk=obj.department_id)
        if departments is not None and departments.queryset.count() == 1:
            departments.initial = departments.queryset.get()
        return form

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        if obj is None or not allowed:
            return allowed
        return can_manage_survey(request.user, obj)

    def has_view_permission(self, request, obj=None):
        allowed = super().has_view_permission(request, obj)
        if obj is None or not allowed:
            return allowed
        return can_manage_survey(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        # Answers are kept: only superusers remove a survey, and only one without answers.
        if not request.user.is_superuser:
            return False
        return obj is None or not obj.responses.exists()

    def view_on_site(self, obj):
        return obj.get_absolute_url()

    @admin.display(description="jednostka", ordering="department__code")
    def department_code(self, obj):
        return obj.department.code

    @admin.display(description="faza")
    def phase_label(self, obj):
        return obj.phase.label if obj.pk else "szkic (jeszcze niezapisany)"

    @admin.display(description="odpowiedzi", ordering="responses_total")
    def response_count(self, obj):
        if not obj.pk:
            return 0
        total = getattr(obj, "responses_total", None)
        return obj.responses.count() if total is None else total

    @admin.display(description="strona publiczna")
    def preview_link(self, obj):
        if not obj.pk:
            return "–"
        label = "Zobacz stronę" if obj.is_published else "Podgląd"
        return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), label)

    @admin.display(description="pytania")
    def questions_overview(self, obj):
        if not obj.pk:
            return "Pytania dodaje się po zapisaniu ankiety i jej części."
        sections = obj.sections.prefetch_related("questions")
        add_url = reverse("admin:surveys_question_add")
        parts = []
        for section in sections:
            questions = format_html_join(
                "",
                '<li><a href="{}">{}</a> <span class="help">({})</span></li>',
                (
                    (
                        reverse("admin:surveys_question_change", args=[q.pk]),
                        q.text,
                        q.get_kind_display(),
                    )
                    for q in section.questions.all()
                ),
            )
            parts.append(
                format_html(
                    '<h3>{}</h3><ol>{}</ol><p><a class="addlink" href="{}?section={}">'
                    "Dodaj pytanie do tej części</a></p>",
                    section.title or f"Część {section.position}",
                    questions,
                    add_url,
                    section.pk,
                )
            )
        if not parts:
            return "Najpierw prosimy dodać część ankiety (niżej) i zapisać."
        return format_html_join("", "{}", ((part,) for part in parts))

    # --- duplicating and codes -------------------------------------------------------

    @admin.action(
        description="Duplikuj ankietę (jako szkic, bez odpowiedzi)", permissions=["change"]
    )
    def duplicate(self, request, queryset):
        for survey in queryset:
            try:
                copy = survey_duplicate(survey=survey, user=request.user)
            except PermissionDenied as error:
                self.message_user(request, f"„{survey}”: {error}", messages.ERROR)
            else:
                self.message_user(
                    request,
                    format_html(
                        'Utworzono kopię: <a href="{}">{}</a>. Jest szkicem, bez odpowiedzi '
                        "i kodów.",
                        reverse("admin:surveys_survey_change", args=[copy.pk]),
                        copy.title,
                    ),
                    messages.SUCCESS,
                )

    def get_urls(self):
        codes = path(
            "<path:object_id>/kody/",
            self.admin_site.admin_view(self.access_codes_view),
            name="surveys_survey_access_codes",
        )
        return [codes, *super().get_urls()]

    def change_view(self, request, object_id, form_url="", extra_context=None):
        survey = self.get_object(request, unquote(object_id))
        extra_context = (extra_context or {}) | {
            "can_make_codes": survey is not None and can_manage_survey(request.user, survey)
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def access_codes_view(self, request, object_id):
        """Make N single-use codes and show them once, as a sheet to print and cut.

        The admin's view wrapper marks the answer never to be cached: the codes exist in
        this page only.
        """
        survey = self.get_object(request, unquote(object_id))
        if survey is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not can_manage_survey(request.user, survey):
            raise PermissionDenied
        form = AccessCodesForm(request.POST or None)
        if form.is_valid():
            try:
                made = access_codes_generate(
                    survey=survey, user=request.user, count=form.cleaned_data["count"]
                )
            except ValidationError as error:
                form.add_error("count", error)
            else:
                return TemplateResponse(
                    request, "surveys/access_codes_sheet.html", {"survey": survey, "codes": made}
                )
        context = self.admin_site.each_context(request) | {
            "title": "Kody dostępu do ankiety",
            "opts": self.opts,
            "survey": survey,
            "form": form,
            "unused": survey.access_codes.filter(used=False).count(),
            "used": survey.access_codes.filter(used=True).count(),
        }
        return TemplateResponse(request, "admin/surveys/survey/access_codes.html", context)


class AccessCodesForm(forms.Form):
    count = forms.IntegerField(
        label="Liczba nowych kodów",
        min_value=1,
        max_value=MAX_CODES_AT_ONCE,
        help_text=(
            f"Od 1 do {MAX_CODES_AT_ONCE}. Kody są pokazywane tylko raz, na arkuszu do wydruku: "
            "portal przechowuje jedynie ich skróty i nie może ich pokazać ponownie."
        ),
        error_messages={
            "required": "Prosimy podać, ile kodów utworzyć.",
            "invalid": "Prosimy podać liczbę całkowitą.",
            "min_value": f"Prosimy podać liczbę od 1 do {MAX_CODES_AT_ONCE}.",
            "max_value": f"Prosimy podać liczbę od 1 do {MAX_CODES_AT_ONCE}.",
        },
    )


# --- questions -------------------------------------------------------------------------


class OptionInline(admin.StackedInline):
    model = Option
    extra = 0
    fields = ["position", "label", "is_other"]

    def get_extra(self, request, obj=None, **kwargs):
        return 3 if obj is None else 0

    def get_formset(self, request, obj=None, **kwargs):
        return _refuse_deleting_answered(
            super().get_formset(request, obj, **kwargs), _option_answered
        )

    # A yes/no or district question's options are generated: nobody edits them by hand.
    def has_add_permission(self, request, obj=None):
        return super().has_add_permission(request, obj) and not (obj and obj.has_fixed_options)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and not (obj and obj.has_fixed_options)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and not (obj and obj.has_fixed_options)


class SectionChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, section):
        return f"{section.survey.title} – {section}"


class QuestionAdminForm(forms.ModelForm):
    class Meta:
        model = Question
        fields = [
            "section",
            "position",
            "text",
            "help_text",
            "kind",
            "required",
            "min_choices",
            "max_choices",
            "min_value",
            "max_value",
            "min_label",
            "max_label",
        ]
        field_classes = {"section": SectionChoiceField}
        widgets = {"text": forms.Textarea(attrs={"rows": 2})}


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    form = QuestionAdminForm
    list_display = ["text", "survey_title", "section", "kind", "required", "position"]
    list_filter = [("section__survey", admin.RelatedOnlyFieldListFilter), "kind"]
    search_fields = ["text"]
    inlines = [OptionInline]
    readonly_fields = ["survey_link", "answer_count"]
    fieldsets = [
        (None, {"fields": ["survey_link", "section", "position", "text", "help_text"]}),
        ("Rodzaj odpowiedzi", {"fields": ["kind", "required", "answer_count"]}),
        (
            "Wielokrotny wybór i ranking",
            {"fields": [("min_choices", "max_choices")]},
        ),
        (
            "Skala i liczba",
            {"fields": [("min_value", "max_value"), ("min_label", "max_label")]},
        ),
    ]

    def get_queryset(self, request):
        queryset = super().get_queryset(request).select_related("section__survey")
        return queryset.filter(section__survey__in=surveys_managed_by(request.user))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "section":
            kwargs["queryset"] = Section.objects.filter(
                survey__in=surveys_managed_by(request.user)
            ).select_related("survey")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def _manages(self, request, obj):
        return obj is None or can_manage_survey(request.user, obj.section.survey)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._manages(request, obj)

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self._manages(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._manages(request, obj)

    def get_deleted_objects(self, objs, request):
        deleted, counts, perms_needed, protected = super().get_deleted_objects(objs, request)
        if protected:
            answered = sum(question.answers.count() for question in objs)
            protected = [f"zapisane odpowiedzi na to pytanie: {answered}"]
        return deleted, counts, perms_needed, protected

    def get_changeform_initial_data(self, request):
        initial = super().get_changeform_initial_data(request)
        section = Section.objects.filter(
            pk=initial.get("section") if str(initial.get("section", "")).isdigit() else None
        ).first()
        if section is not None:
            initial["position"] = section.questions.count() + 1
        return initial

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        question_fixed_options_sync(question=form.instance)

    def _back_to_survey(self, request, question, response):
        # „Zapisz” goes back to the survey being built, not to a list of every question.
        if "_continue" in request.POST or "_addanother" in request.POST:
            return response
        return HttpResponseRedirect(
            reverse("admin:surveys_survey_change", args=[question.section.survey_id])
        )

    def response_add(self, request, obj, post_url_continue=None):
        return self._back_to_survey(request, obj, super().response_add(request, obj))

    def response_change(self, request, obj):
        return self._back_to_survey(request, obj, super().response_change(request, obj))

    @admin.display(description="ankieta", ordering="section__survey__title")
    def survey_title(self, obj):
        return obj.section.survey.title

    @admin.display(description="ankieta")
    def survey_link(self, obj):
        if not obj.pk:
            return "Wskazana przez część ankiety poniżej."
        survey = obj.section.survey
        return format_html(
            '<a href="{}">{}</a>', reverse("admin:surveys_survey_change", args=[survey.pk]), survey
        )

    @admin.display(description="zapisane odpowiedzi")
    def answer_count(self, obj):
        if not obj.pk:
            return "brak"
        count = obj.answers.values("response").distinct().count()
        if not count:
            return "brak – pytanie można dowolnie zmieniać"
        return (
            f"{answers_count(count)}: rodzaju pytania nie można już zmienić, a odpowiedzi "
            "wybranych przez kogoś nie można usunąć"
        )
