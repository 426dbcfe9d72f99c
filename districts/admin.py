from django.contrib import admin

from common.pagecache import pages_changed
from districts.models import CouncilMembership, District, DutyHour


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
    # Saving or deleting a membership row syncs its people's roles (common.roles).
    inlines = [DutyHourInline, CouncilMembershipInline]

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        pages_changed()  # the district's name stands on stored consultation pages

    def delete_model(self, request, obj):
        super().delete_model(request, obj)
        pages_changed()
