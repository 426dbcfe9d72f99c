"""Existing consultations run under the general procedure (the field's default, in 0010).

Their `participants` field held who may take part, by default „mieszkanki i mieszkańcy
Częstochowy”; the page now takes that from the procedure and shows the field as an
addition after it, so the old default would be printed twice. Other texts are staff's own
additions and stay.
"""

from django.db import migrations

OLD_DEFAULT = "mieszkanki i mieszkańcy Częstochowy"


def drop_repeated_participants(apps, schema_editor):
    Consultation = apps.get_model("consultations", "Consultation")
    Consultation.objects.filter(procedure="ogolny", participants=OLD_DEFAULT).update(
        participants=""
    )


def restore_participants(apps, schema_editor):
    Consultation = apps.get_model("consultations", "Consultation")
    Consultation.objects.filter(participants="").update(participants=OLD_DEFAULT)


class Migration(migrations.Migration):
    dependencies = [("consultations", "0010_consultation_procedure")]

    operations = [migrations.RunPython(drop_repeated_participants, restore_participants)]
