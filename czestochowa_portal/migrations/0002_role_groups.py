from django.contrib.auth.management import create_permissions
from django.db import migrations

from czestochowa_portal.roles import sync_group_permissions


def create_role_groups(apps, schema_editor):
    # Permissions are normally made after all migrations; the groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    sync_group_permissions(apps.get_model("auth", "Group"), apps.get_model("auth", "Permission"))


def remove_role_groups(apps, schema_editor):
    from czestochowa_portal.roles import GROUP_PERMISSIONS

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
