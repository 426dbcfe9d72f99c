"""The portal's roles as Django groups, and the admin permissions each group carries.

The groups are created by a migration (czestochowa_portal 0002); an app whose models
join a role calls `sync_group_permissions` from a data migration of its own. This table
is the whole picture, and tests/portal/test_roles.py checks the database matches it.
"""

STAFF = "Pracownicy wydziałów"
COUNCIL = "Członkowie rad dzielnic"
MODERATORS = "Moderatorzy"

GROUP_PERMISSIONS = {
    STAFF: [
        "consultations.view_department",
        "consultations.view_category",
        "consultations.view_method",
        "consultations.view_consultation",
        "consultations.add_consultation",
        "consultations.change_consultation",
        "consultations.view_scheduleitem",
        "consultations.add_scheduleitem",
        "consultations.change_scheduleitem",
        "consultations.delete_scheduleitem",
        "consultations.view_material",
        "consultations.add_material",
        "consultations.change_material",
        "consultations.delete_material",
        "districts.view_district",
        "districts.view_dutyhour",
        "districts.view_councilmembership",
        "news.view_news",
        "news.add_news",
        "news.change_news",
        "news.delete_news",
    ],
    COUNCIL: [
        "districts.view_district",
    ],
    MODERATORS: [
        "czestochowa_portal.view_sitepage",
    ],
}


def sync_group_permissions(apps):
    """Grant each role group the permissions of the table that exist so far.

    For data migrations: pass their `apps`. Permissions of models whose app has not been
    migrated yet are skipped; that app's own migration calls this again once they exist.
    """
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    for group_name, permission_names in GROUP_PERMISSIONS.items():
        group, _ = group_model.objects.get_or_create(name=group_name)
        for dotted in permission_names:
            app_label, codename = dotted.split(".")
            permission = permission_model.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                group.permissions.add(permission)
