from django.contrib import admin

from common.history import ReadOnlyHistoryAdmin
from districts.permissions import districts_for_news
from news.models import News
from news.permissions import editable_news


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
