from django.contrib import admin
from django.contrib.auth.admin import GroupAdmin as DjangoGroupAdmin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import ReadOnlyPasswordHashWidget, UserChangeForm
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils.html import format_html, format_html_join

from common.history import ReadOnlyHistoryAdmin
from common.roles import person_label
from czestochowa_portal.adminsite import permission_label
from czestochowa_portal.models import AccessibilityStatement, Building, SitePage, User


class PolishPermissionNames:
    """The permission pickers of the user and group pages list permissions in Polish."""

    def formfield_for_manytomany(self, db_field, request=None, **kwargs):
        if db_field.remote_field.model is not Permission:
            return super().formfield_for_manytomany(db_field, request, **kwargs)
        queryset = kwargs.get("queryset", Permission.objects)
        kwargs["queryset"] = queryset.select_related("content_type")  # one query for the list
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        field.label_from_instance = permission_label
        return field


class PasswordSummaryWidget(ReadOnlyPasswordHashWidget):
    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        # Django writes <div disabled>, which is not valid HTML; a summary is read-only anyway.
        context["widget"]["attrs"].pop("disabled", None)
        return context


class PortalUserChangeForm(UserChangeForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].widget = PasswordSummaryWidget()


admin.site.unregister(Group)


@admin.register(Group)
class GroupAdmin(PolishPermissionNames, DjangoGroupAdmin):
    pass


@admin.register(User)
class UserAdmin(PolishPermissionNames, DjangoUserAdmin):
    form = PortalUserChangeForm
    ordering = ["email"]
    list_display = ["email", "first_name", "last_name", "is_staff", "is_active", "last_login"]
    list_filter = ["is_staff", "is_superuser", "is_active", "groups"]
    search_fields = ["email", "first_name", "last_name"]
    readonly_fields = ["memberships"]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        ("Dane osobowe", {"fields": ["first_name", "last_name"]}),
        (
            "Jednostki i rady dzielnic",
            {
                "fields": ["memberships"],
                "description": "Do jednostki lub rady dodaje się osobę na stronie tej jednostki "
                "albo dzielnicy; z tego wynikają też jej role.",
            },
        ),
        (
            "Uprawnienia",
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        ("Daty", {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (None, {"classes": ["wide"], "fields": ["email", "password1", "password2"]}),
    ]

    # In the search box of a department's or a council's member: the name and the address.
    autocomplete_label = staticmethod(person_label)

    @admin.display(description="należy do")
    def memberships(self, user):
        departments = format_html_join(
            "",
            '<li><a href="{}">{}</a></li>',
            (
                (
                    reverse("admin:consultations_department_change", args=[row.department_id]),
                    row.department,
                )
                for row in user.department_memberships.select_related("department")
            ),
        )
        councils = format_html_join(
            "",
            '<li><a href="{}">{}</a>, {}</li>',
            (
                (
                    reverse("admin:districts_district_change", args=[seat.district_id]),
                    seat.district.council_name,
                    seat.function_title,
                )
                for seat in user.council_memberships.select_related("district")
            ),
        )
        if not departments and not councils:
            return "Do żadnej jednostki ani rady dzielnicy."
        return format_html('<ul class="memberships">{}{}</ul>', departments, councils)


@admin.register(SitePage)
class SitePageAdmin(ReadOnlyHistoryAdmin):
    list_display = ["title", "kind", "updated_at"]
    readonly_fields = ["kind", "updated_at"]
    fields = ["kind", "title", "lead", "body", "video", "video_captions", "updated_at"]

    def has_add_permission(self, request):
        return False  # every kind of page exists from the first migration

    def has_delete_permission(self, request, obj=None):
        return False

    def view_on_site(self, obj):
        return obj.get_absolute_url()


class BuildingInline(admin.StackedInline):
    model = Building
    extra = 0
    fields = [
        ("name", "address", "position"),
        "services",
        *[field for field, _ in Building.ASPECTS],
    ]


@admin.register(AccessibilityStatement)
class AccessibilityStatementAdmin(ReadOnlyHistoryAdmin):
    list_display = ["site_name", "status", "updated_on", "prepared_on", "reviewed_on"]
    fieldsets = [
        (
            None,
            {
                "fields": ["entity_name", "site_name"],
                "description": "Adres strony podany w deklaracji to adres, pod którym serwis "
                "działa (ustawienie SITE_URL).",
            },
        ),
        ("Daty", {"fields": ["published_on", "updated_on", "prepared_on", "reviewed_on"]}),
        (
            "Stan dostępności",
            {
                "fields": [
                    "status",
                    "non_compliance",
                    "exempt_content",
                    "excessive_cost",
                    "assessment",
                    "audit_report_url",
                ]
            },
        ),
        ("Kontakt", {"fields": ["contact_person", "contact_email", "contact_phone"]}),
        (
            "Pozostałe informacje",
            {
                "fields": [
                    "facilities",
                    "keyboard_shortcuts",
                    "mobile_apps",
                    "architecture",
                    "architecture_url",
                    "communication",
                ]
            },
        ),
    ]
    inlines = [BuildingInline]

    def has_add_permission(self, request):
        return not AccessibilityStatement.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False
