from django.db import migrations

from consultations.catalogue import ensure_categories, ensure_methods


def create_categories_and_methods(apps, schema_editor):
    ensure_categories(apps.get_model("consultations", "Category"))
    ensure_methods(apps.get_model("consultations", "Method"))


def remove_unused_categories_and_methods(apps, schema_editor):
    from consultations.catalogue import CATEGORIES, METHODS

    apps.get_model("consultations", "Category").objects.filter(
        slug__in=[slug for slug, _, _ in CATEGORIES], consultations__isnull=True
    ).delete()
    apps.get_model("consultations", "Method").objects.filter(
        slug__in=[slug for slug, _ in METHODS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("consultations", "0004_add_consultations")]

    operations = [
        migrations.RunPython(create_categories_and_methods, remove_unused_categories_and_methods)
    ]
