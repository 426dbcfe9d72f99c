"""Model fields the apps share.

Each keeps the column of the Django field it extends, and tells migrations only that: what
it adds is how forms read and check the value.
"""

from django.db import models
from django.utils.functional import cached_property

from common.amounts import PolishAmountField
from common.phones import PolishPhoneField, validate_phone


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


class AmountField(models.DecimalField):
    """An amount in złoty to the grosz, typed the Polish way (common.amounts)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_digits", 14)
        kwargs.setdefault("decimal_places", 2)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": PolishAmountField, "min_value": 0, **kwargs})

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.DecimalField", args, kwargs


class PhoneField(models.CharField):
    """A Polish telephone number (common.phones), checked wherever it is saved.

    Validators given to the field (a stricter rule, such as the +48 the accessibility
    statement needs) replace the general check: one message for one mistake, not two.
    """

    default_validators = [validate_phone]

    @cached_property
    def validators(self):
        return list(self._validators) or super().validators

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 40)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": PolishPhoneField, **kwargs})

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.CharField", args, kwargs
