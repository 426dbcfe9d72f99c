"""The one table of the benchmark's floor: a row per submitted form (bench settings only)."""

from django.db import models


class FloorRow(models.Model):
    name = models.CharField(max_length=100)
    rating = models.PositiveSmallIntegerField()
    submitted_on = models.DateField()

    def __str__(self):
        return self.name
