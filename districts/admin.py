from django.contrib import admin

from common.pagecache import pages_changed
from districts.models import CouncilMembership, District, DutyHour
from districts.services import council_member_add


class DutyHourInline(admin.TabularInline):
    model = DutyHour
    extra = 0


class CouncilMembershipInline(admin.TabularInline):
    model = CouncilMembership
    extra = 0
    autocomplete_fields = ["user"]


@admin.register(District)
class DistrictAdmin(admin.ModelAdmin):
    list_display = ["number", "name", "office_address"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [DutyHourInline, CouncilMembershipInline]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        pages_changed()  # the district's name stands on stored consultation pages

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        pages_changed()

    def save_formset(self, request, form, formset, change):
        if formset.model is not CouncilMembership:
            return super().save_formset(request, form, formset, change)
        memberships = formset.save(commit=False)
        for deleted in formset.deleted_objects:
            deleted.delete()
        for membership in memberships:
            council_member_add(
                user=membership.user, district=form.instance, function=membership.function
            )
        formset.save_m2m()
        return None
