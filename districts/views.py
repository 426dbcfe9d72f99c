from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.views.decorators.http import require_safe

from consultations import display
from consultations.abbreviations import UnitAbbreviations
from consultations.models import Department
from consultations.selectors import consultation_cards
from districts.collation import sorted_polish
from districts.models import District
from districts.selectors import council_of
from news.selectors import visible_news

DISTRICT_NEWS = 5
DISTRICT_CONSULTATIONS = 6


@require_safe
def district_list(request):
    districts = sorted_polish(District.objects.prefetch_related("duty_hours"), key=lambda d: d.name)
    return render(request, "districts/district_list.html", {"districts": districts})


@require_safe
def district_detail(request, slug):
    district = get_object_or_404(District.objects.prefetch_related("duty_hours"), slug=slug)
    now = timezone.now()
    # Open first, then planned, then finished: the order consultation_cards keeps.
    consultations = consultation_cards(now).in_district(district)[:DISTRICT_CONSULTATIONS]
    context = {
        "district": district,
        "consultations": display.decorated(consultations, now),
        "abbreviations": UnitAbbreviations(Department.objects.all()),
        "council": council_of(district),
        "news": visible_news().for_district(district)[:DISTRICT_NEWS],
    }
    return render(request, "districts/district_detail.html", context)
