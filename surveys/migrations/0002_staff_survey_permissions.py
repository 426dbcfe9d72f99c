from django.db import migrations

from common.roles import sync_group_permissions

SURVEY_MODELS = ["survey", "section", "question", "option"]


def grant(apps, schema_editor):
    sync_group_permissions(apps)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    survey_permissions = Permission.objects.filter(
        content_type__app_label="surveys", content_type__model__in=SURVEY_MODELS
    )
    for group in Group.objects.all():
        group.permissions.remove(*survey_permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("surveys", "0001_surveys_questions_and_anonymous_responses"),
        ("czestochowa_portal", "0002_role_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
