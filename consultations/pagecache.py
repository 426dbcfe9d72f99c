"""How long a stored consultation page stays right.

A status that changes with the clock (planned → open → closed, "days left", a meeting
becoming past) ends a page's life: it lives at most until the next start or end of any
published consultation or schedule item, the next midnight, or
CONSULTATION_PAGE_CACHE_SECONDS. Saves and deletes are handled by the version in
`common.pagecache`.
"""

from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Min, Q
from django.utils import timezone

from common.pagecache import cache_for_everyone
from consultations.models import Consultation, ScheduleItem

# The list's own parameters: only these make a page worth storing.
LIST_PARAMETERS = {"q", "status", "dzielnica", "jednostka", "kategoria", "rok", "page", "strona"}


def seconds_until_next_change(now: datetime) -> int:
    limits = [settings.CONSULTATION_PAGE_CACHE_SECONDS]
    tomorrow = timezone.localdate(now) + timedelta(days=1)
    midnight = timezone.make_aware(datetime.combine(tomorrow, datetime.min.time()))
    limits.append((midnight - now).total_seconds())
    published = Consultation.objects.in_force()
    boundaries = published.aggregate(
        start=Min("starts_at", filter=Q(starts_at__gt=now)),
        end=Min("ends_at", filter=Q(ends_at__gt=now)),
    )
    boundaries |= ScheduleItem.objects.filter(consultation__in=published).aggregate(
        item_start=Min("starts_at", filter=Q(starts_at__gt=now)),
        item_end=Min("ends_at", filter=Q(ends_at__gt=now)),
    )
    limits += [(moment - now).total_seconds() for moment in boundaries.values() if moment]
    return max(1, int(min(limits)))


stored_for_everyone = cache_for_everyone(
    expires=seconds_until_next_change, parameters=LIST_PARAMETERS
)
