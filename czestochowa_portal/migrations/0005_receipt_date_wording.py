"""„Decyduje data wpływu” is the general rule, not the only one: a special act may count
a deadline otherwise, so the site pages say so.

Only the exact sentences written by 0004 change: a page the city has since reworded keeps
its own text.
"""

from django.db import migrations

RECEIPT_DATE_RULE = "O dotrzymaniu terminu decyduje data wpływu do Urzędu"
UNLESS = ", chyba że przepisy szczególne stanowią inaczej."
CHANGES = {
    "about": [
        (f"{RECEIPT_DATE_RULE}, a nie data nadania przesyłki.", f"{RECEIPT_DATE_RULE}{UNLESS}")
    ],
    "contact": [(f"{RECEIPT_DATE_RULE}.", f"{RECEIPT_DATE_RULE}{UNLESS}")],
}


def _rewrite(apps, backwards):
    SitePage = apps.get_model("czestochowa_portal", "SitePage")
    for page in SitePage.objects.filter(kind__in=CHANGES):
        body = page.body
        for old, new in CHANGES[page.kind]:
            before, after = (new, old) if backwards else (old, new)
            body = body.replace(before, after)
        if body != page.body:
            SitePage.objects.filter(pk=page.pk).update(body=body)


def add_special_provisions(apps, schema_editor):
    _rewrite(apps, backwards=False)


def remove_special_provisions(apps, schema_editor):
    _rewrite(apps, backwards=True)


class Migration(migrations.Migration):
    dependencies = [("czestochowa_portal", "0004_initial_site_content")]

    operations = [migrations.RunPython(add_special_provisions, remove_special_provisions)]
