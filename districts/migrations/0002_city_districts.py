from django.db import migrations

from districts.catalogue import ensure_districts


def create_districts(apps, schema_editor):
    ensure_districts(apps.get_model("districts", "District"))


class Migration(migrations.Migration):
    dependencies = [("districts", "0001_initial")]

    operations = [migrations.RunPython(create_districts, migrations.RunPython.noop)]
