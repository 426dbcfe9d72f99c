from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("districts", "0003_district_with_council_is_kept"),
    ]

    operations = [
        migrations.AddField(
            model_name="councilmembership",
            name="function_form",
            # Rows that exist get a form from the person's first name in 0005.
            field=models.CharField(
                choices=[
                    ("zenska", "żeńska: Przewodnicząca, Członkini Zarządu, Radna"),
                    ("meska", "męska: Przewodniczący, Członek Zarządu, Radny"),
                ],
                default="meska",
                help_text="Forma, której używa ta osoba; na stronie dzielnicy widać tylko ją.",
                max_length=10,
                verbose_name="forma nazwy funkcji",
            ),
            preserve_default=False,
        ),
    ]
