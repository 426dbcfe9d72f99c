from django.contrib import admin

from common.history import ReadOnlyHistoryAdmin
from news import services
from news.forms import NewsForm, form_scope
from news.models import News
from news.permissions import can_manage, can_write_news, editable_news


@admin.register(News)
class NewsAdmin(ReadOnlyHistoryAdmin):
    """News in the admin keep the panel's rules: its form (photo checks and stored names, no
    back-dated publication, the districts the user may post to) and its services (the slug
    outside the reserved addresses, kept once given)."""

    form = NewsForm
    list_display = ["title", "district", "author", "state", "publish_at"]
    list_filter = ["state", "district"]
    search_fields = ["title", "lead"]
    date_hierarchy = "publish_at"
    readonly_fields = ["slug", "author", "created_at", "updated_at"]
    fields = [
        "title",
        "slug",
        "district",
        "lead",
        "body",
        "image",
        "image_alt",
        "publication",
        "publish_at",
        "author",
        "created_at",
        "updated_at",
    ]

    def get_fields(self, request, obj=None):
        if obj is None:  # what the services fill in
            return [name for name in self.fields if name not in self.readonly_fields]
        return self.fields

    def get_form(self, request, obj=None, change=False, **kwargs):
        # The form's own model fields: publication and its time are the form's to turn into
        # `state` and `publish_at`, as in the panel, not to be written on the row directly.
        kwargs["fields"] = NewsForm._meta.fields
        form = super().get_form(request, obj, change=change, **kwargs)
        scope = form_scope(request.user)

        class ScopedNewsForm(form):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs, **scope)

        return ScopedNewsForm

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

    def save_model(self, request, obj, form, change):
        if change:
            services.news_update(news=obj, editor=request.user, **form.news_fields())
        else:
            created = services.news_create(author=request.user, **form.news_fields())
            # The admin goes on with `obj` (its change log, its redirect): make it the new row.
            obj.__dict__.update(created.__dict__)

    def delete_model(self, request, obj):
        services.news_delete(news=obj, editor=request.user)

    def delete_queryset(self, request, queryset):
        for news in queryset:
            services.news_delete(news=news, editor=request.user)

    def view_on_site(self, obj):
        return obj.get_absolute_url()
