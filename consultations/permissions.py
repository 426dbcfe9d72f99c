"""Who may do what with departments and consultations.

One place for the rules: the public views, the admin and the services all ask here.
A department's staff see and edit only their own department's consultations, drafts
included; superusers see and edit all; everyone sees what is published.
"""

from consultations.models import Consultation, Department


def departments_of(user):
    """The departments whose work the user runs; every department for a superuser."""
    if not user.is_authenticated or not user.is_active:
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


def consultations_managed_by(user):
    """The consultations the user may edit and publish (drafts included)."""
    if not user.is_authenticated or not user.is_active:
        return Consultation.objects.none()
    if user.is_superuser:
        return Consultation.objects.all()
    if not user.is_staff:
        return Consultation.objects.none()
    return Consultation.objects.filter(department__memberships__user=user)


def can_manage_consultation(user, consultation) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return (
        user.is_staff
        and user.has_perm("consultations.change_consultation")
        and user.department_memberships.filter(department_id=consultation.department_id).exists()
    )


def can_view_consultation(user, consultation) -> bool:
    """Published consultations are public; a draft only to those who may edit it (preview)."""
    return consultation.is_published or can_manage_consultation(user, consultation)


def can_publish_consultation(user, consultation) -> bool:
    return can_manage_consultation(user, consultation)


def can_withdraw_consultation(user, consultation) -> bool:
    """Withdrawing is the department's decision, like publishing."""
    return can_manage_consultation(user, consultation)
