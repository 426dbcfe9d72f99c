"""Who may act for a district council."""

from districts.models import District


def districts_for_news(user):
    """The districts for which the user may post news: the councils they sit on."""
    if not user.is_authenticated or not user.is_active:
        return District.objects.none()
    if user.is_superuser:
        return District.objects.all()
    return District.objects.filter(memberships__user=user)


def can_post_news_for(user, district) -> bool:
    return districts_for_news(user).filter(pk=district.pk).exists()


def is_council_member(user) -> bool:
    return user.is_authenticated and user.council_memberships.exists()
