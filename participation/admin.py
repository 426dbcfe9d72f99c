"""The admin of participation: drafts split into units, remarks entered by staff with their
dispositions, comments with theirs, and the moderation log (read only).

A department's staff see only their own department's consultations' rows (as in the
consultations admin); moderators see comments, reports and the log.
"""

from django import forms
from django.contrib import admin, messages
from django.db import models
from django.db.models import Count, Q

from consultations.permissions import consultations_managed_by
from participation import services
from participation.models import (
    Comment,
    Disposition,
    DraftDocument,
    DraftUnit,
    ModerationAction,
    Participant,
    Remark,
    Report,
)
from participation.permissions import may_see_author_data

PERSONAL_FIELDS = {"author_name", "author_address", "is_property_owner"}


class DepartmentScopedAdmin(admin.ModelAdmin):
    """Rows of the consultations the user manages (every row for a superuser)."""

    consultation_path = "consultation"

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        managed = consultations_managed_by(request.user)
        return queryset.filter(**{f"{self.consultation_path}__in": managed})

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "consultation":
            kwargs["queryset"] = consultations_managed_by(request.user).order_by("-starts_at")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


# --- Drafts ---------------------------------------------------------------------------------


class DraftUnitInline(admin.TabularInline):
    model = DraftUnit
    extra = 0
    fields = ["position", "kind", "label", "heading", "text", "slug"]
    formfield_overrides = {models.TextField: {"widget": forms.Textarea(attrs={"rows": 2})}}


class DraftDocumentForm(forms.ModelForm):
    split = forms.BooleanField(
        label="Podziel tekst na jednostki",
        required=False,
        help_text=(
            "Zaznaczone: po zapisaniu jednostki powstaną na nowo z tekstu powyżej "
            "(jednostki o tych samych kotwicach zachowują komentarze). Pierwszy zapis dzieli "
            "tekst zawsze."
        ),
    )

    class Meta:
        model = DraftDocument
        fields = ["consultation", "title", "kind", "position", "source"]
        widgets = {"source": forms.Textarea(attrs={"rows": 20, "cols": 90})}


@admin.register(DraftDocument)
class DraftDocumentAdmin(DepartmentScopedAdmin):
    form = DraftDocumentForm
    list_display = ["title", "consultation", "kind", "unit_count"]
    list_select_related = ["consultation"]
    search_fields = ["title", "consultation__title"]
    inlines = [DraftUnitInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(units_total=Count("units"))

    @admin.display(description="jednostki")
    def unit_count(self, document):
        return document.units_total

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        document = form.instance
        if form.cleaned_data.get("split") or not document.units.exists():
            outcome = services.draft_document_split(document=document)
            messages.success(
                request,
                f"Podzielono tekst: nowe jednostki {outcome.created}, zaktualizowane "
                f"{outcome.updated}, usunięte {outcome.removed}.",
            )
            if outcome.kept_with_comments:
                messages.warning(
                    request,
                    "Tych jednostek nie ma już w tekście, ale mają komentarze lub uwagi, więc "
                    "zostały na końcu: " + ", ".join(outcome.kept_with_comments) + ".",
                )
        else:
            services.discussion_pages_changed(document.consultation)


# --- Comments and dispositions ---------------------------------------------------------------


class DispositionInline(admin.StackedInline):
    model = Disposition
    extra = 0
    max_num = 1
    fields = ["position", "justification", "decided_on"]

    def has_add_permission(self, request, obj=None):
        return request.user.has_perm("participation.add_disposition")


class DispositionMissingFilter(admin.SimpleListFilter):
    title = "rozpatrzenie"
    parameter_name = "rozpatrzenie"

    def lookups(self, request, model_admin):
        return [("brak", "bez rozpatrzenia"), ("jest", "rozpatrzone")]

    def queryset(self, request, queryset):
        if self.value() == "brak":
            return queryset.filter(disposition__isnull=True)
        if self.value() == "jest":
            return queryset.filter(disposition__isnull=False)
        return queryset


class CommentDispositionMissingFilter(DispositionMissingFilter):
    """A withdrawn comment has no text left to take a position on: it waits for nothing."""

    def queryset(self, request, queryset):
        if self.value() == "brak":
            return queryset.filter(disposition__isnull=True, withdrawn_at__isnull=True)
        return super().queryset(request, queryset)


class ChosenConsultationFilter(admin.SimpleListFilter):
    """The rows of one consultation, as the link on its change page chooses it (the side bar
    names it then; there is no list of every consultation to pick from)."""

    title = "konsultacje"
    parameter_name = "konsultacje"

    def lookups(self, request, model_admin):
        value = self.value()
        if not value:
            return []
        title = None
        if self._is_id(value):
            title = (
                consultations_managed_by(request.user)
                .filter(pk=value)
                .values_list("title", flat=True)
                .first()
            )
        return [(value, title or "nieznane konsultacje")]

    def queryset(self, request, queryset):
        value = self.value()
        if not value:
            return queryset
        if not self._is_id(value):
            return queryset.none()
        return queryset.filter(consultation_id=int(value))

    @staticmethod
    def _is_id(value) -> bool:
        return value.isdigit() and len(value) <= 18


def _save_disposition_inlines(request, formsets):
    for formset in formsets:
        if formset.model is not Disposition:
            continue
        for form in formset.forms:
            if form.has_changed() and not form.cleaned_data.get("DELETE"):
                form.instance.author = request.user


@admin.register(Comment)
class CommentAdmin(DepartmentScopedAdmin):
    list_display = ["__str__", "consultation", "unit", "state", "report_count", "created_at"]
    list_filter = ["state", CommentDispositionMissingFilter, ChosenConsultationFilter]
    list_select_related = ["consultation", "unit"]
    search_fields = ["text", "shown_name"]
    date_hierarchy = "created_at"
    fields = [
        "consultation",
        "unit",
        "parent",
        "shown_name",
        "text",
        "created_at",
        "edited_at",
        "withdrawn_at",
        "state",
        "hide_reason",
        "report_count",
    ]
    readonly_fields = fields
    inlines = [DispositionInline]

    def get_queryset(self, request):
        if request.user.is_superuser or request.user.has_perm("participation.view_report"):
            return admin.ModelAdmin.get_queryset(self, request)  # moderators read everything
        return super().get_queryset(request)

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    def save_formset(self, request, form, formset, change):
        _save_disposition_inlines(request, [formset])
        super().save_formset(request, form, formset, change)
        services.discussion_pages_changed(form.instance.consultation)


# --- Remarks ----------------------------------------------------------------------------------


class RemarkAdminForm(forms.ModelForm):
    class Meta:
        model = Remark
        fields = [
            "consultation",
            "channel",
            "received_on",
            "unit",
            "unit_text",
            "content",
            "proposed_wording",
            "justification",
            "author_name",
            "author_address",
            "is_property_owner",
        ]

    def clean(self):
        data = super().clean()
        consultation, unit = data.get("consultation"), data.get("unit")
        if (
            unit is not None
            and consultation is not None
            and unit.document.consultation_id != consultation.pk
        ):
            self.add_error("unit", "Ta jednostka należy do projektu innych konsultacji.")
        if consultation is not None and consultation.procedure_rules.name_and_address_required:
            for name in ["author_name", "author_address"]:
                if not data.get(name):
                    self.add_error(
                        name,
                        "W tym trybie (art. 8g ustawy o planowaniu i zagospodarowaniu "
                        "przestrzennym) uwaga musi zawierać imię i nazwisko albo nazwę "
                        "oraz adres.",
                    )
        return data


@admin.register(Remark)
class RemarkAdmin(DepartmentScopedAdmin):
    form = RemarkAdminForm
    list_display = ["__str__", "consultation", "channel", "received_on", "has_disposition"]
    list_filter = ["channel", DispositionMissingFilter, ChosenConsultationFilter]
    list_select_related = ["consultation", "disposition"]
    search_fields = ["content", "consultation__title"]
    inlines = [DispositionInline]

    @admin.display(description="rozpatrzona", boolean=True)
    def has_disposition(self, remark):
        return hasattr(remark, "disposition")

    def get_fields(self, request, obj=None):
        fields = list(super().get_fields(request, obj))
        if obj is not None and not may_see_author_data(request.user, obj.consultation):
            fields = [name for name in fields if name not in PERSONAL_FIELDS]
        return fields

    def save_model(self, request, obj, form, change):
        if change:
            super().save_model(request, obj, form, change)
            services.discussion_pages_changed(obj.consultation)
            return
        fields = {
            name: form.cleaned_data.get(name) for name in form.Meta.fields if name != "consultation"
        }
        saved = services.remark_add(
            consultation=form.cleaned_data["consultation"], entered_by=request.user, **fields
        )
        obj.pk = saved.pk
        obj.number = saved.number
        obj._state.adding = False

    def save_formset(self, request, form, formset, change):
        _save_disposition_inlines(request, [formset])
        super().save_formset(request, form, formset, change)
        services.discussion_pages_changed(form.instance.consultation)

    def changelist_view(self, request, extra_context=None):
        lacking = (
            self.get_queryset(request)
            .values("consultation__title")
            .annotate(total=Count("pk"), lacking=Count("pk", filter=Q(disposition__isnull=True)))
            .filter(lacking__gt=0)
            .order_by("consultation__title")
        )
        for row in lacking:
            messages.info(
                request,
                f"{row['consultation__title']}: bez rozpatrzenia {row['lacking']} "
                f"z {row['total']} uwag.",
            )
        return super().changelist_view(request, extra_context)


# --- Moderation (read only: the public queue at /moderacja/ acts) ---------------------------


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(ModerationAction)
class ModerationActionAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "action", "moderator", "comment", "affected_user", "reason"]
    list_filter = ["action"]
    list_select_related = ["moderator", "comment", "affected_user"]
    date_hierarchy = "created_at"


@admin.register(Report)
class ReportAdmin(ReadOnlyAdmin):
    list_display = ["created_at", "comment", "reason", "note"]
    list_filter = ["reason"]
    list_select_related = ["comment"]


@admin.register(Participant)
class ParticipantAdmin(ReadOnlyAdmin):
    list_display = ["display_name", "terms_accepted_at", "blocked_until"]
    search_fields = ["display_name"]
