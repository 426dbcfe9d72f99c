"""Who may do what with surveys: one place, asked by the admin, the views and the services.

Staff of a department build, see and change only their own department's surveys, drafts
included (the pattern of consultations.permissions); superusers all of them. Everyone may
answer a published survey while it is open — without an account, and an account changes
nothing about the answer.
"""

from consultations.permissions import departments_of
from districts.models import District
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


# --- paper questionnaires ------------------------------------------------------------------
#
# Paper forms are collected at the district councils' offices and at the city hall's
# information desk. The department that runs the survey enters forms from every place;
# a council member only those collected at the office of their own council.


def paper_entry_districts(user, survey):
    """The district offices whose paper forms of this survey the user may enter."""
    if not user.is_authenticated or not user.is_active:
        return District.objects.none()
    if can_manage_survey(user, survey):
        return District.objects.all()
    if not survey.is_published:
        return District.objects.none()
    return District.objects.filter(memberships__user=user)


def may_enter_city_hall_forms(user, survey) -> bool:
    """Forms handed in at the city hall are the running department's to enter."""
    return can_manage_survey(user, survey)


def can_enter_paper_forms(user, survey) -> bool:
    return may_enter_city_hall_forms(user, survey) or paper_entry_districts(user, survey).exists()


def can_enter_any_paper_forms(user) -> bool:
    """Whether the person has a place among those who enter paper forms at all."""
    if not user.is_authenticated or not user.is_active:
        return False
    return surveys_managed_by(user).exists() or user.council_memberships.exists()


def results_public_at(survey, now) -> bool:
    """Whether everyone may see the survey's (or poll's) results at this moment."""
    if not survey.is_published:
        return False
    visibility = survey.results_visibility
    if visibility == Survey.ResultsVisibility.AT_ONCE:
        return now >= survey.opens_at
    if visibility == Survey.ResultsVisibility.AFTER_CLOSING:
        return now >= survey.closes_at
    return False
