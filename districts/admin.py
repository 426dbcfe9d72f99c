from django import forms
from django.contrib import admin
from django.contrib.auth import get_user_model

from common.datetimes import check_ends_after_start
from common.pagecache import pages_changed
from common.roles import person_label
from districts.models import DUTY_ENDS_AFTER_START, CouncilMembership, District, DutyHour

User = get_user_model()


class DutyHourForm(forms.ModelForm):
    def clean(self):
        data = super().clean()
        check_ends_after_start(self, "starts_at", "ends_at", DUTY_ENDS_AFTER_START)
        return data


class DutyHourInline(admin.TabularInline):
    model = DutyHour
    form = DutyHourForm
    extra = 0


class CouncilMembershipInline(admin.TabularInline):
    model = CouncilMembership
    extra = 0
    autocomplete_fields = ["user"]
    readonly_fields = ["member_name"]

    def get_fields(self, request, obj=None):
        # The account, and so its e-mail address, only to those who look after accounts;
        # department staff see the council as residents do: names and functions.
        if request.user.has_perm(f"{User._meta.app_label}.view_user"):
            return ["user", "function", "function_form"]
        return ["member_name", "function", "function_form"]

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("user")

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        field = super().formfield_for_foreignkey(db_field, request, **kwargs)
        if db_field.name == "user":
            field.label_from_instance = person_label  # two Anna Kowalska told apart
        return field

    @admin.display(description="osoba")
    def member_name(self, membership):
        return membership.member_name


@admin.register(District)
class DistrictAdmin(admin.ModelAdmin):
    list_display = ["number", "name", "office_address"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    # Saving or deleting a membership row syncs its people's roles (common.roles).
    inlines = [DutyHourInline, CouncilMembershipInline]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        pages_changed()  # the district's name stands on stored consultation pages

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        pages_changed()
