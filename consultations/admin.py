from django.contrib import admin

from consultations.models import Department, DepartmentMembership
from consultations.services import department_member_add


class DepartmentMembershipInline(admin.TabularInline):
    model = DepartmentMembership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(Department)
class DepartmentAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "email", "is_active"]
    list_filter = ["is_active"]
    search_fields = ["code", "name"]
    inlines = [DepartmentMembershipInline]

    def save_formset(self, request, form, formset, change):
        if formset.model is not DepartmentMembership:
            return super().save_formset(request, form, formset, change)
        memberships = formset.save(commit=False)
        for deleted in formset.deleted_objects:
            deleted.delete()
        for membership in memberships:
            department_member_add(user=membership.user, department=form.instance)
        formset.save_m2m()
        return None
