from django.db import migrations

from consultations.catalogue import ensure_departments


def create_departments(apps, schema_editor):
    ensure_departments(apps.get_model("consultations", "Department"))


class Migration(migrations.Migration):
    dependencies = [("consultations", "0002_initial")]

    operations = [migrations.RunPython(create_departments, migrations.RunPython.noop)]
