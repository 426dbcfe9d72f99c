from django.db.models import Count
from django.db.models.functions import TruncMonth

from news.models import News


def visible_news():
    return News.objects.visible().select_related("district", "author").newest_first()


def archive_months():
    """Months that have published news, newest first, with how many items each."""
    return (
        News.objects.visible()
        .annotate(month=TruncMonth("publish_at"))
        .values("month")
        .annotate(count=Count("pk"))
        .order_by("-month")
    )
