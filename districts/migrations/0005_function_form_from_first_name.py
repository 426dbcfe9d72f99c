from django.db import migrations

# Polish men's names that end in -a; every other first name ending in -a is a woman's.
MEN_ENDING_IN_A = {"barnaba", "bonawentura", "kuba", "jarema", "kosma", "juda", "sasza"}


def form_from_first_name(apps, schema_editor):
    """Seats that existed before the form was asked for get the likelier one; the admin
    shows it beside the function, to be corrected where the guess is wrong."""
    CouncilMembership = apps.get_model("districts", "CouncilMembership")
    for membership in CouncilMembership.objects.select_related("user"):
        first_name = membership.user.first_name.strip().lower()
        feminine = first_name.endswith("a") and first_name not in MEN_ENDING_IN_A
        membership.function_form = "zenska" if feminine else "meska"
        membership.save(update_fields=["function_form"])


class Migration(migrations.Migration):
    dependencies = [
        ("districts", "0004_councilmembership_function_form"),
    ]

    operations = [migrations.RunPython(form_from_first_name, migrations.RunPython.noop)]
