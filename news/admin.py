from django.contrib import admin

from common.history import ReadOnlyHistoryAdmin
from districts.permissions import districts_for_news
from news.models import News
from news.permissions import can_manage, can_write_news, editable_news


@admin.register(News)
class NewsAdmin(ReadOnlyHistoryAdmin):
    list_display = ["title", "district", "author", "state", "publish_at"]
    list_filter = ["state", "district"]
    search_fields = ["title", "lead"]
    date_hierarchy = "publish_at"
    readonly_fields = ["author", "created_at", "updated_at"]
    fields = [
        "title",
        "slug",
        "district",
        "lead",
        "body",
        "image",
        "image_alt",
        "state",
        "publish_at",
        "author",
        "created_at",
        "updated_at",
    ]
    prepopulated_fields = {"slug": ["title"]}

    def get_queryset(self, request):
        return editable_news(request.user).select_related("district", "author")

    # Object by object, as in the panel: a clerk reads and writes city-wide news only, not a
    # council's (its drafts, its history, its deleted items).
    def has_add_permission(self, request):
        return super().has_add_permission(request) and can_write_news(request.user)

    def has_view_permission(self, request, obj=None):
        allowed = super().has_view_permission(request, obj)
        return allowed and (obj is None or can_manage(request.user, obj))

    def has_change_permission(self, request, obj=None):
        allowed = super().has_change_permission(request, obj)
        return allowed and (obj is None or can_manage(request.user, obj))

    def has_delete_permission(self, request, obj=None):
        allowed = super().has_delete_permission(request, obj)
        return allowed and (obj is None or can_manage(request.user, obj))

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "district" and not request.user.is_superuser:
            # Staff write city-wide news here; district news belongs to the councils.
            kwargs["queryset"] = districts_for_news(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.author = request.user
        super().save_model(request, obj, form, change)

    def view_on_site(self, obj):
        return obj.get_absolute_url()
