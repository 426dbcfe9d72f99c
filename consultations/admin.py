from dataclasses import dataclass

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.contrib.admin.widgets import AdminFileWidget, AdminSplitDateTime
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import Q
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html

from common.amounts import amount_display
from common.datetimes import check_ends_after_start, polish_short_datetime
from common.history import ReadOnlyHistoryAdmin
from common.roles import person_label
from consultations.display import districts_text, duration_text, material_label, schedule_when
from consultations.models import (
    ENDS_AFTER_START,
    ITEM_ENDS_AFTER_START,
    REALISATION_ENDS_AFTER_START,
    Category,
    Consultation,
    Department,
    DepartmentMembership,
    Material,
    Method,
    ScheduleItem,
)
from consultations.permissions import (
    can_manage_consultation,
    can_publish_consultation,
    can_withdraw_consultation,
    consultations_managed_by,
    departments_of,
)
from consultations.publication import (
    PublicationIncomplete,
    gap_sentences,
    minimum_duration_note,
    publication_gaps,
)
from consultations.selectors import consultation_for_page
from consultations.services import (
    consultation_publish,
    consultation_results_publish,
    consultation_withdraw,
)
from consultations.uploads import material_file_help_text


class SplitDateTimeBesideItsError(AdminSplitDateTime):
    """The admin's date and time boxes, each pointing to the field's error (which the admin
    prints right above them): Django links one box to its error, not the two of a pair."""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        field_id = context["widget"]["attrs"].get("id")
        if field_id and context["widget"]["attrs"].get("aria-invalid"):
            for box in context["widget"]["subwidgets"]:
                box["attrs"]["aria-describedby"] = f"{field_id}_error"
        return context


# The admin's split date and time, with errors that say what to type.
DATE_AND_TIME = {
    "widget": SplitDateTimeBesideItsError,
    "error_messages": {
        "required": "Prosimy podać datę i godzinę.",
        "invalid_date": "Prosimy podać istniejącą datę, np. 20.03.2026.",
        "invalid_time": "Prosimy podać godzinę i minuty, np. 17:00.",
    },
}


class DepartmentMembershipInline(admin.TabularInline):
    model = DepartmentMembership
    extra = 0
    autocomplete_fields = ["user"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "user":
            field.label_from_instance = person_label  # two Anna Kowalska told apart
        return field


class DepartmentStateFilter(admin.SimpleListFilter):
    title = "stan"
    parameter_name = "stan"

    def lookups(self, request, model_admin):
        return [("dzialajace", "działające"), ("zlikwidowane", "zlikwidowane")]

    def queryset(self, request, queryset):
        if self.value() == "dzialajace":
            return queryset.active()
        if self.value() == "zlikwidowane":
            return queryset.filter(is_active=False)
        return queryset


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    """A unit closed down is marked („działa” unticked), never deleted: its consultations
    stay on record under its name, and so does who worked there."""

    list_display = ["code", "name", "email", "state"]
    list_filter = [DepartmentStateFilter]
    search_fields = ["code", "name"]
    # Saving or deleting a membership row syncs its people's roles (common.roles).
    inlines = [DepartmentMembershipInline]

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description="stan", ordering="-is_active")
    def state(self, department):
        if department.is_active:
            return "działa"
        return format_html("<strong>{}</strong>", "zlikwidowana")

    def history_view(self, request, object_id, extra_context=None):
        # The change log names who joined and left the staff, by e-mail address: it is for
        # those who may see the staff lists, not for every clerk who may read the department.
        if not request.user.has_perm("consultations.view_departmentmembership"):
            raise PermissionDenied
        return super().history_view(request, object_id, extra_context)


@admin.register(Category)
class CategoryAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "is_investment", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Method)
class MethodAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    prepopulated_fields = {"slug": ["name"]}


class ScheduleItemForm(forms.ModelForm):
    def clean(self):
        data = super().clean()
        check_ends_after_start(self, "starts_at", "ends_at", ITEM_ENDS_AFTER_START)
        return data


class ScheduleItemInline(admin.StackedInline):
    model = ScheduleItem
    form = ScheduleItemForm
    extra = 0
    formfield_overrides = {models.DateTimeField: DATE_AND_TIME}
    fields = [
        ("kind", "title"),
        ("starts_at", "ends_at"),
        "place",
        "accessibility",
        "online_url",
        "description",
    ]


@dataclass
class _MaterialLink:
    url: str
    name: str

    def __str__(self):
        return self.name


class MaterialFileInput(AdminFileWidget):
    """The current file under the name it was sent with, linked to the material's own
    address (/media/ serves no materials); under the box, what the portal accepts."""

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        material = getattr(value, "instance", None)
        if context["widget"]["is_initial"] and material is not None and material.pk:
            context["widget"]["value"] = _MaterialLink(
                material.get_absolute_url(), material.file_name_for_staff
            )
        if "id" in context["widget"]["attrs"]:
            context["widget"]["attrs"]["aria-describedby"] = self._help_id(name, attrs)
        return context

    @staticmethod
    def _help_id(name, attrs):
        return f"{(attrs or {}).get('id') or name}_limits"

    def render(self, name, value, attrs=None, renderer=None):
        box = super().render(name, value, attrs, renderer)
        # Written in each row, under the box: a table column's header holds it only as a
        # tooltip, which neither a keyboard nor a phone opens.
        return box + format_html(
            '<p class="help" id="{}">{}</p>', self._help_id(name, attrs), material_file_help_text()
        )


class MaterialInline(admin.TabularInline):
    model = Material
    extra = 0
    fields = ["title", "file", "position", "kind", "human_size"]
    readonly_fields = ["kind", "human_size"]
    formfield_overrides = {models.FileField: {"widget": MaterialFileInput}}

    @admin.display(description="rozmiar")
    def human_size(self, material):
        from consultations.display import material_label

        return material_label(material) if material.pk else "–"


class PublicationFilter(admin.SimpleListFilter):
    title = "publikacja"
    parameter_name = "publikacja"

    def lookups(self, request, model_admin):
        return [("szkice", "szkice"), ("opublikowane", "opublikowane")]

    def queryset(self, request, queryset):
        if self.value() == "szkice":
            return queryset.drafts()
        if self.value() == "opublikowane":
            return queryset.published()
        return queryset


class ConsultationAdminForm(forms.ModelForm):
    class Meta:
        model = Consultation
        fields = [
            "title",
            "slug",
            "summary",
            "category",
            "subject",
            "description",
            "purpose",
            "procedure",
            "legal_basis",
            "order_number",
            "order_date",
            "bip_url",
            "starts_at",
            "ends_at",
            "duration_justification",
            "duration_provision",
            "participants",
            "methods",
            "remarks_how",
            "whole_city",
            "districts",
            "department",
            "contact_name",
            "contact_email",
            "contact_phone",
            "estimated_cost",
            "location",
            "realisation_starts_on",
            "realisation_ends_on",
            "results_summary",
        ]
        widgets = {
            "districts": forms.CheckboxSelectMultiple,
            "methods": forms.CheckboxSelectMultiple,
            "summary": forms.Textarea(attrs={"rows": 3}),
            "duration_justification": forms.Textarea(attrs={"rows": 2}),
        }

    def clean(self):
        data = super().clean()
        check_ends_after_start(self, "starts_at", "ends_at", ENDS_AFTER_START)
        check_ends_after_start(
            self,
            "realisation_starts_on",
            "realisation_ends_on",
            REALISATION_ENDS_AFTER_START,
            same_allowed=True,
        )
        if not data.get("whole_city") and "districts" in data and not data["districts"]:
            self.add_error(
                "districts",
                "Prosimy wybrać dzielnice albo zaznaczyć, że konsultacje dotyczą całego miasta.",
            )
        return data

    def _post_clean(self):
        super()._post_clean()
        # A published announcement keeps what publishing demanded of it: an edit may not
        # empty a required field, nor move the dates so that residents get less time than
        # the minimum (counted from publication) without the reason and its legal basis.
        if self.instance.pk and self.instance.published_at and not self.errors:
            gaps = publication_gaps(
                self.instance,
                has_districts=bool(self.cleaned_data.get("districts")),
                has_methods=bool(self.cleaned_data.get("methods")),
            )
            for sentence in gap_sentences(gaps):
                self.add_error(None, f"Opublikowane ogłoszenie musi pozostać pełne. {sentence}")


PUBLICATION_NOTE = "Potrzebne do publikacji."


def field_anchor(form, name) -> str:
    """The id of the field's first input: where a link to the field leads."""
    bound = form[name]
    return bound.id_for_label or f"{bound.auto_id}_0"


def publication_needs(form, gaps) -> list[dict]:
    """The gaps as the form lists them: each with the id of its field's input."""
    return [
        {
            "label": gap.label,
            "anchor": field_anchor(form, gap.field) if gap.field in form.fields else "",
        }
        for gap in gaps
    ]


def mark_needed_fields(form_class, gaps) -> None:
    """Write „Potrzebne do publikacji.” in the help text of each field publishing needs.

    The note has an id of its own: a widget whose help text the admin gives no id (split
    date and time, a list of check boxes) points its inputs at the note.
    """
    for name in dict.fromkeys(gap.field for gap in gaps):
        field = form_class.base_fields.get(name)
        if field is None:
            continue
        note_id = f"publication-note-{name}"
        note = format_html(
            '<strong class="publication-needed" id="{}">{}</strong>', note_id, PUBLICATION_NOTE
        )
        field.help_text = format_html("{} {}", note, field.help_text) if field.help_text else note
        auto_id = f"id_{name}"
        if field.widget.id_for_label(auto_id) != auto_id:
            field.widget.attrs["aria-describedby"] = note_id


DATES_FIELDSET = "Do kiedy"


class WithdrawalForm(forms.Form):
    reason = forms.CharField(
        label="Powód wycofania",
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        help_text=(
            "Zostanie pokazany mieszkańcom na stronie konsultacji, razem z datą wycofania. "
            "Proszę napisać prostym językiem, co się stało i co dalej."
        ),
        error_messages={
            "required": (
                "Prosimy podać powód wycofania: zobaczą go mieszkańcy na stronie konsultacji."
            ),
            "max_length": "Powód może mieć najwyżej %(limit_value)d znaków (jest %(show_value)d).",
        },
    )


@admin.register(Consultation)
class ConsultationAdmin(ReadOnlyHistoryAdmin):
    form = ConsultationAdminForm
    # Short headings and dates, and the public page only on the change form: the list fits
    # 1280 px beside the menu and the filters, „Koniec” included.
    list_display = ["title", "department_code", "status_label", "starts", "ends", "cost"]
    list_filter = [
        ("department", admin.RelatedOnlyFieldListFilter),
        "category",
        PublicationFilter,
    ]
    search_fields = ["title", "summary"]
    date_hierarchy = "starts_at"
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = [
        "status_label",
        "preview_link",
        "published_at",
        "published_by",
        "results_published_at",
        "withdrawn_at",
        "withdrawn_by",
        "withdrawal_reason",
        "created_at",
        "updated_at",
    ]
    inlines = [ScheduleItemInline, MaterialInline]
    actions = ["publish", "publish_results", "withdraw"]
    formfield_overrides = {models.DateTimeField: DATE_AND_TIME}

    def get_fieldsets(self, request, obj=None):
        fieldsets = [
            (name, options | {"description": minimum_duration_note(obj and obj.procedure)})
            if name == DATES_FIELDSET
            else (name, options)
            for name, options in super().get_fieldsets(request, obj)
        ]
        if obj is not None and obj.is_withdrawn:
            return fieldsets
        hidden = {("withdrawn_at", "withdrawn_by"), "withdrawal_reason"}
        state, options = fieldsets[0]
        fields = [field for field in options["fields"] if field not in hidden]
        return [(state, options | {"fields": fields}), *fieldsets[1:]]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if obj is not None and obj.published_at:
            fields.append("slug")  # its address is printed on flyers and in calendars
        return fields

    def get_prepopulated_fields(self, request, obj=None):
        if obj is not None and obj.published_at:
            return {}
        return super().get_prepopulated_fields(request, obj)

    fieldsets = [
        (
            "Stan",
            {
                "fields": [
                    "status_label",
                    "preview_link",
                    ("published_at", "published_by"),
                    "results_published_at",
                    ("withdrawn_at", "withdrawn_by"),
                    "withdrawal_reason",
                ]
            },
        ),
        ("Co", {"fields": ["title", "slug", "summary", "category", "subject", "description"]}),
        ("Dlaczego i na jakiej podstawie", {"fields": ["purpose", "procedure", "legal_basis"]}),
        (
            "Zarządzenie Prezydenta Miasta",
            {"fields": [("order_number", "order_date"), "bip_url"]},
        ),
        (
            DATES_FIELDSET,
            {
                "fields": [
                    ("starts_at", "ends_at"),
                    "duration_justification",
                    "duration_provision",
                ]
            },
        ),
        ("Jak wziąć udział", {"fields": ["participants", "methods", "remarks_how"]}),
        ("Gdzie", {"fields": ["whole_city", "districts"]}),
        (
            "Kto odpowiada",
            {"fields": ["department", "contact_name", ("contact_email", "contact_phone")]},
        ),
        (
            "Inwestycja miejska (tylko dla kategorii inwestycyjnej)",
            {
                "fields": [
                    "estimated_cost",
                    "location",
                    ("realisation_starts_on", "realisation_ends_on"),
                ]
            },
        ),
        ("Wyniki", {"fields": ["results_summary"]}),
        ("Historia", {"fields": [("created_at", "updated_at")]}),
    ]

    def get_queryset(self, request):
        queryset = super().get_queryset(request).select_related("department", "category")
        return queryset.filter(pk__in=consultations_managed_by(request.user).values("pk"))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "department":
            kwargs["queryset"] = departments_of(request.user).filter(is_active=True)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        departments = form.base_fields.get("department")
        if departments is not None and obj is not None and not obj.department.is_active:
            # A unit closed down since: its consultations stay editable under its name.
            departments.queryset = departments_of(request.user).filter(
                Q(is_active=True) | Q(pk=obj.department_id)
            )
        if departments is not None and departments.queryset.count() == 1:
            departments.initial = departments.queryset.get()
        if obj is not None and not obj.is_published:
            mark_needed_fields(form, self._publication_gaps(request, obj))
        return form

    def _publication_gaps(self, request, consultation):
        """The draft's gaps, worked out once per request (the admin builds its form twice)."""
        known = request.__dict__.setdefault("_publication_gaps", {})
        if consultation.pk not in known:
            known[consultation.pk] = publication_gaps(consultation)
        return known[consultation.pk]

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and not obj.is_published:
            context["publication_needs"] = publication_needs(
                context["adminform"].form, self._publication_gaps(request, obj)
            )
            context["can_publish"] = can_publish_consultation(request.user, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def response_add(self, request, obj, post_url_continue=None):
        response = super().response_add(request, obj, post_url_continue)
        self._tell_what_publishing_needs(request, obj)
        return response

    def response_change(self, request, obj):
        response = super().response_change(request, obj)
        self._tell_what_publishing_needs(request, obj)
        return response

    def _tell_what_publishing_needs(self, request, obj):
        """A draft saved and left: the message names what publishing still needs.

        Whoever stays on the form („Zapisz i kontynuuj edycję”) sees the list there.
        """
        if obj.is_published or "_continue" in request.POST:
            return
        if gaps := publication_gaps(obj):
            labels = ", ".join(gap.label for gap in gaps)
            self.message_user(
                request,
                f"„{obj}” to szkic. Do publikacji brakuje: {labels}.",
                messages.WARNING,
            )

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        if obj is None or not allowed:
            return allowed
        return can_manage_consultation(request.user, obj)

    def has_view_permission(self, request, obj=None):
        allowed = super().has_view_permission(request, obj)
        if obj is None or not allowed:
            return allowed
        return can_manage_consultation(request.user, obj)

    def has_delete_permission(self, request, obj=None):
        # Published consultations stay on record; only superusers remove drafts.
        return request.user.is_superuser and (obj is None or not obj.is_published)

    def view_on_site(self, obj):
        return obj.get_absolute_url()

    @admin.display(description="jednostka", ordering="department__code")
    def department_code(self, obj):
        return obj.department.code

    @admin.display(description="początek", ordering="starts_at")
    def starts(self, obj):
        return polish_short_datetime(obj.starts_at)

    @admin.display(description="koniec", ordering="ends_at")
    def ends(self, obj):
        return polish_short_datetime(obj.ends_at)

    @admin.display(description="koszt", ordering="estimated_cost")
    def cost(self, obj):
        return amount_display(obj.estimated_cost) or "–"

    @admin.display(description="stan")
    def status_label(self, obj):
        from consultations.display import STATUS_LABELS

        return STATUS_LABELS[obj.status] if obj.pk else "szkic (jeszcze niezapisany)"

    @admin.display(description="strona publiczna")
    def preview_link(self, obj):
        if not obj.pk:
            return "–"
        label = "Zobacz stronę" if obj.is_published else "Podgląd"
        return format_html('<a href="{}">{}</a>', obj.get_absolute_url(), label)

    def _run(self, request, queryset, service, done):
        succeeded = 0
        for consultation in queryset:
            try:
                service(consultation=consultation, user=request.user)
            except PermissionDenied as error:
                self.message_user(request, f"„{consultation}”: {error}", messages.ERROR)
            except ValidationError as error:
                reasons = " ".join(error.messages)
                self.message_user(
                    request, f"„{consultation}” – nie opublikowano. {reasons}", messages.ERROR
                )
            else:
                succeeded += 1
        if succeeded:
            self.message_user(request, done(succeeded), messages.SUCCESS)

    @admin.action(description="Opublikuj zaznaczone konsultacje", permissions=["change"])
    def publish(self, request, queryset):
        self._run(
            request,
            queryset,
            consultation_publish,
            lambda n: f"Opublikowano konsultacje: {n}. Są już widoczne na stronie.",
        )

    def get_urls(self):
        own = [
            path(
                "<path:object_id>/publish/",
                self.admin_site.admin_view(self.publish_view),
                name="consultations_consultation_publish",
            ),
            path(
                "<path:object_id>/withdraw/",
                self.admin_site.admin_view(self.withdraw_view),
                name="consultations_consultation_withdraw",
            ),
        ]
        return [*own, *super().get_urls()]

    def publish_view(self, request, object_id):
        """„Opublikuj” on the change form: a page of what goes public; its POST publishes."""
        consultation = self.get_object(request, unquote(object_id))
        if consultation is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not can_publish_consultation(request.user, consultation):
            raise PermissionDenied
        change_url = reverse("admin:consultations_consultation_change", args=[consultation.pk])
        if consultation.is_published:
            self.message_user(request, "Te konsultacje są już opublikowane.", messages.INFO)
            return HttpResponseRedirect(change_url)
        refused = False
        if request.method == "POST" and "confirm" in request.POST:
            try:
                consultation_publish(consultation=consultation, user=request.user)
            except PublicationIncomplete as error:
                gaps, refused = error.gaps, True
            except ValidationError as error:  # published meanwhile, in another tab
                self.message_user(request, " ".join(error.messages), messages.ERROR)
                return HttpResponseRedirect(change_url)
            else:
                self.message_user(
                    request,
                    format_html(
                        "Opublikowano konsultacje „{}”. Mieszkańcy widzą je już "
                        '<a href="{}">na stronie konsultacji</a>.',
                        consultation,
                        consultation.get_absolute_url(),
                    ),
                    messages.SUCCESS,
                )
                return HttpResponseRedirect(change_url)
        else:
            gaps = self._publication_gaps(request, consultation)
        form = self.get_form(request, consultation, change=True)(instance=consultation)
        shown = consultation_for_page(consultation.slug)
        context = self.admin_site.each_context(request) | {
            "title": "Publikacja konsultacji",
            "opts": self.opts,
            "original": consultation,
            "consultation": shown,
            "change_url": change_url,
            "publication_needs": publication_needs(form, gaps),
            "refused": refused,
            "time_for_residents": duration_text(shown.time_for_residents(timezone.now())),
            "districts": districts_text(shown),
            "methods": ", ".join(method.name for method in shown.methods.all()),
            "materials": [
                (material, material_label(material)) for material in shown.materials.all()
            ],
            "schedule": [(item, schedule_when(item)) for item in shown.schedule_items.all()],
        }
        return TemplateResponse(request, "admin/consultations/consultation/publish.html", context)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        consultation = self.get_object(request, unquote(object_id))
        extra_context = (extra_context or {}) | {
            "can_withdraw": consultation is not None
            and consultation.is_published
            and not consultation.is_withdrawn
            and consultation.results_published_at is None
            and can_withdraw_consultation(request.user, consultation)
        }
        return super().change_view(request, object_id, form_url, extra_context)

    def withdraw_view(self, request, object_id):
        """„Wycofaj” on the change form: one consultation, with the reason for residents."""
        consultation = self.get_object(request, unquote(object_id))
        if consultation is None:
            return self._get_obj_does_not_exist_redirect(request, self.opts, object_id)
        if not can_withdraw_consultation(request.user, consultation):
            raise PermissionDenied
        return self._withdrawal_page(request, [consultation], from_action=False)

    def _withdrawal_page(self, request, consultations, *, from_action):
        form = WithdrawalForm(request.POST if "confirm" in request.POST else None)
        if form.is_bound and form.is_valid():
            withdrawn = []
            for consultation in consultations:
                try:
                    consultation_withdraw(
                        consultation=consultation,
                        user=request.user,
                        reason=form.cleaned_data["reason"],
                    )
                except (PermissionDenied, ValidationError) as error:
                    reasons = " ".join(getattr(error, "messages", [str(error)]))
                    if not from_action:
                        form.add_error(None, reasons)
                        break
                    self.message_user(
                        request, f"„{consultation}” – nie wycofano. {reasons}", messages.ERROR
                    )
                else:
                    withdrawn.append(consultation)
            if withdrawn:
                self.message_user(
                    request,
                    f"Wycofano konsultacje: {len(withdrawn)}. Ich strony podają powód wycofania.",
                    messages.SUCCESS,
                )
            if from_action:
                return None  # back to the list, with the messages
            if withdrawn:
                return HttpResponseRedirect(
                    reverse("admin:consultations_consultation_change", args=[consultations[0].pk])
                )
        context = self.admin_site.each_context(request) | {
            "title": "Wycofanie konsultacji",
            "opts": self.opts,
            "consultations": consultations,
            "form": form,
            "from_action": from_action,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/consultations/consultation/withdraw.html", context)

    @admin.action(description="Wycofaj zaznaczone konsultacje…", permissions=["change"])
    def withdraw(self, request, queryset):
        return self._withdrawal_page(request, list(queryset), from_action=True)

    @admin.action(description="Opublikuj informację o wynikach", permissions=["change"])
    def publish_results(self, request, queryset):
        self._run(
            request,
            queryset,
            consultation_results_publish,
            lambda n: f"Opublikowano wyniki konsultacji: {n}.",
        )
