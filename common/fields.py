"""Model fields the apps share."""

from django.db import models


class WebAddressField(models.URLField):
    """A web address; one typed without a scheme (bip.czestochowa.pl) is read as https.

    Django 6 reads it so by default; Django 5.2 wants each form field told, and warns about
    the transitional setting that would do it for all of them.
    """

    def formfield(self, **kwargs):
        return super().formfield(**{"assume_scheme": "https", **kwargs})

    def deconstruct(self):
        # The column is an ordinary URLField: migrations need not know the difference.
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.URLField", args, kwargs
