from django.conf import settings
from django.db import models


class DepartmentQuerySet(models.QuerySet):
    def active(self):
        return self.filter(is_active=True)


class Department(models.Model):
    """A city unit that runs consultations (wydział, biuro or jednostka miejska)."""

    code = models.CharField(
        "symbol", max_length=20, unique=True, help_text="Skrót używany w Urzędzie, np. IZ, MZD."
    )
    name = models.CharField("pełna nazwa", max_length=200)
    email = models.EmailField("e-mail", blank=True)
    phone = models.CharField("telefon", max_length=40, blank=True)
    address = models.CharField("adres", max_length=200, blank=True)
    is_active = models.BooleanField(
        "działa", default=True, help_text="Jednostek zlikwidowanych nie usuwa się: odznacz pole."
    )

    objects = DepartmentQuerySet.as_manager()

    class Meta:
        verbose_name = "jednostka (wydział)"
        verbose_name_plural = "jednostki (wydziały)"
        ordering = ["code"]

    def __str__(self):
        return f"{self.name} ({self.code})"


class DepartmentMembership(models.Model):
    """A member of staff who works on the consultations of a department."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="department_memberships",
        verbose_name="pracownik",
    )
    department = models.ForeignKey(
        Department, on_delete=models.CASCADE, related_name="memberships", verbose_name="jednostka"
    )

    class Meta:
        verbose_name = "pracownik jednostki"
        verbose_name_plural = "pracownicy jednostek"
        constraints = [
            models.UniqueConstraint(
                fields=["user", "department"], name="one_membership_per_department"
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.department.code}"
