"""Who may do what with surveys: one place, asked by the admin, the views and the services.

Staff of a department build, see and change only their own department's surveys, drafts
included (the pattern of consultations.permissions); superusers all of them. Everyone may
answer a published survey while it is open — without an account, and an account changes
nothing about the answer.
"""

from consultations.permissions import departments_of
from surveys.models import Survey


def surveys_managed_by(user):
    """The surveys the user may edit, duplicate and give codes to (drafts included)."""
    if not user.is_authenticated or not user.is_active:
        return Survey.objects.none()
    if user.is_superuser:
        return Survey.objects.all()
    if not user.is_staff:
        return Survey.objects.none()
    return Survey.objects.filter(department__in=departments_of(user))


def can_manage_survey(user, survey) -> bool:
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return (
        user.is_staff
        and user.has_perm("surveys.change_survey")
        and departments_of(user).filter(pk=survey.department_id).exists()
    )


def can_view_survey(user, survey) -> bool:
    """A published survey is public; a draft only to those who may edit it (preview)."""
    return survey.is_published or can_manage_survey(user, survey)
