from urllib.parse import urlsplit

from django.conf import settings
from django.db import migrations


def set_site_domain(apps, schema_editor):
    # Links in e-mails and the sitemap are built from this row.
    Site = apps.get_model("sites", "Site")
    domain = urlsplit(settings.SITE_URL).netloc
    Site.objects.update_or_create(
        pk=settings.SITE_ID, defaults={"domain": domain, "name": settings.PORTAL_NAME}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("sites", "0002_alter_domain_unique"),
        ("czestochowa_portal", "0002_role_groups"),
    ]

    operations = [migrations.RunPython(set_site_domain, migrations.RunPython.noop)]
