from django.db import migrations

from common.roles import sync_group_permissions


def grant(apps, schema_editor):
    sync_group_permissions(apps)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    news_permissions = Permission.objects.filter(content_type__app_label="news")
    for group in Group.objects.all():
        group.permissions.remove(*news_permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0001_add_news"),
        ("czestochowa_portal", "0002_role_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
