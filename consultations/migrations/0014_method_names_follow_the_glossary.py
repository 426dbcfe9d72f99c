"""„uwagi na formularzu / komentarze” named two things: a remark (uwaga) gets a disposition
in the report, a comment (komentarz) does not. The form is for remarks."""

from django.db import migrations

OLD, NEW = "uwagi na formularzu / komentarze", "uwagi na formularzu"


def rename(apps, schema_editor, old=OLD, new=NEW):
    Method = apps.get_model("consultations", "Method")
    Method.objects.filter(slug="uwagi-na-formularzu", name=old).update(name=new)


def rename_back(apps, schema_editor):
    rename(apps, schema_editor, old=NEW, new=OLD)


class Migration(migrations.Migration):
    dependencies = [("consultations", "0013_publisher_and_withdrawer_in_one_form")]

    operations = [migrations.RunPython(rename, rename_back)]
