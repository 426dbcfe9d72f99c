"""Who may write news: council members for their own districts, staff for the whole city."""

from django.db.models import Q

from consultations.permissions import is_department_staff
from districts.permissions import districts_for_news
from news.models import News


def can_post_city_wide(user) -> bool:
    return (
        user.is_authenticated
        and user.is_active
        and (user.is_superuser or is_department_staff(user))
    )


def can_post_to(user, district) -> bool:
    """District None means city-wide news."""
    if district is None:
        return can_post_city_wide(user)
    return districts_for_news(user).filter(pk=district.pk).exists()


def can_write_news(user) -> bool:
    return can_post_city_wide(user) or districts_for_news(user).exists()


def editable_news(user):
    """The news items the user may edit, unpublish and delete."""
    if not user.is_authenticated or not user.is_active:
        return News.objects.none()
    if user.is_superuser:
        return News.objects.all()
    scope = Q(district__in=districts_for_news(user))
    if is_department_staff(user):
        scope |= Q(district__isnull=True)
    return News.objects.filter(scope)


def can_manage(user, news) -> bool:
    # By id: the last version of a deleted item may name a district deleted since.
    if news.district_id is None:
        return can_post_city_wide(user)
    return districts_for_news(user).filter(pk=news.district_id).exists()
