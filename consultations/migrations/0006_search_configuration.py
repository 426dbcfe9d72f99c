"""PostgreSQL only: a text-search configuration that ignores diacritics.

`portal_unaccent` is the `simple` configuration with the unaccent dictionary in front,
so „łąka”, „Łąka” and „laka” are the same word. On SQLite this migration does nothing:
the search there works on a folded copy of the text (consultations/search.py).
The unaccent extension is trusted since PostgreSQL 13, so the database owner may create it.
"""

from django.db import migrations


def create_configuration(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema_editor.execute(
        "DO $$ BEGIN "
        "IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'portal_unaccent') THEN "
        "CREATE TEXT SEARCH CONFIGURATION portal_unaccent (COPY = simple); "
        "ALTER TEXT SEARCH CONFIGURATION portal_unaccent "
        "ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple; "
        "END IF; END $$"
    )


def drop_configuration(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP TEXT SEARCH CONFIGURATION IF EXISTS portal_unaccent")


class Migration(migrations.Migration):
    dependencies = [("consultations", "0005_categories_and_methods")]

    operations = [migrations.RunPython(create_configuration, drop_configuration)]
