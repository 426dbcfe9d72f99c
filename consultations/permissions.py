"""Who may do what with departments and (later) consultations."""

from consultations.models import Department


def departments_of(user):
    """The departments whose work the user runs; every department for a superuser."""
    if not user.is_authenticated:
        return Department.objects.none()
    if user.is_superuser:
        return Department.objects.all()
    return Department.objects.filter(memberships__user=user)


def is_department_staff(user) -> bool:
    return (
        user.is_authenticated
        and user.is_active
        and user.is_staff
        and user.department_memberships.exists()
    )
