"""The form „komentarze online” that offers the discussion on a consultation's page, and
the role groups' permissions on the participation models (common.roles)."""

from django.db import migrations

from common.roles import sync_group_permissions

SLUG, NAME = "komentarze-online", "komentarze online"


def add(apps, schema_editor):
    Method = apps.get_model("consultations", "Method")
    Method.objects.get_or_create(slug=SLUG, defaults={"name": NAME, "position": 2})
    sync_group_permissions(apps)


def remove(apps, schema_editor):
    apps.get_model("consultations", "Method").objects.filter(slug=SLUG).delete()
    Permission = apps.get_model("auth", "Permission")
    participation = Permission.objects.filter(content_type__app_label="participation")
    for group in apps.get_model("auth", "Group").objects.all():
        group.permissions.remove(*participation)


class Migration(migrations.Migration):
    dependencies = [
        ("participation", "0001_initial"),
        ("consultations", "0014_method_names_follow_the_glossary"),
        ("czestochowa_portal", "0002_role_groups"),
    ]

    operations = [migrations.RunPython(add, remove)]
