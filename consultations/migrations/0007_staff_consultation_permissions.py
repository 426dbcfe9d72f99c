from django.db import migrations

from common.roles import sync_group_permissions

CONSULTATION_MODELS = ["consultation", "scheduleitem", "material", "category", "method"]


def grant(apps, schema_editor):
    sync_group_permissions(apps)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    consultation_permissions = Permission.objects.filter(
        content_type__app_label="consultations", content_type__model__in=CONSULTATION_MODELS
    )
    for group in Group.objects.all():
        group.permissions.remove(*consultation_permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("consultations", "0006_search_configuration"),
        ("czestochowa_portal", "0002_role_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
