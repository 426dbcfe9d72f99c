"""Small copies of the photos stored before lists showed them (news/photos.py makes them since).

Self-contained on purpose: a migration keeps doing what it did when it was written.
"""

import io

from django.core.files.base import ContentFile
from django.db import migrations


def make_thumbnails(apps, schema_editor):
    from PIL import Image, ImageOps

    News = apps.get_model("news", "News")
    for news in News.objects.exclude(image="").filter(image_thumbnail=""):
        try:
            with news.image.open("rb") as stored, Image.open(stored) as original:
                picture = ImageOps.exif_transpose(original)
                picture.thumbnail((480, 360))
                if picture.mode != "RGB":
                    rgba = picture.convert("RGBA")
                    picture = Image.new("RGB", rgba.size, "white")
                    picture.paste(rgba, mask=rgba.getchannel("A"))
                buffer = io.BytesIO()
                picture.save(buffer, format="JPEG", quality=82, optimize=True)
        except (OSError, ValueError):
            continue  # a missing or unreadable file: the list shows the photo itself
        # The field's upload_to gives the stored name (aktualnosci/miniatury/…).
        news.image_thumbnail.save("miniatura.jpg", ContentFile(buffer.getvalue()), save=False)
        News.objects.filter(pk=news.pk).update(image_thumbnail=news.image_thumbnail.name)


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0004_news_photo_thumbnail"),
    ]

    operations = [
        migrations.RunPython(make_thumbnails, migrations.RunPython.noop),
    ]
