from django.contrib.auth.management import create_permissions
from django.db import migrations

# Frozen here: later migrations add permissions as the models they cover appear.
GROUP_PERMISSIONS = {
    "Pracownicy wydziałów": [
        "consultations.view_department",
        "districts.view_district",
        "districts.view_dutyhour",
        "districts.view_councilmembership",
    ],
    "Członkowie rad dzielnic": ["districts.view_district"],
    "Moderatorzy": ["czestochowa_portal.view_sitepage"],
}


def create_role_groups(apps, schema_editor):
    # Permissions are normally made after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, permission_names in GROUP_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=group_name)
        for dotted in permission_names:
            app_label, codename = dotted.split(".")
            group.permissions.add(
                Permission.objects.get(content_type__app_label=app_label, codename=codename)
            )


def remove_role_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=GROUP_PERMISSIONS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("czestochowa_portal", "0001_initial"),
        ("consultations", "0002_initial"),
        ("districts", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_role_groups, remove_role_groups)]
