from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_safe

from districts.models import District


@require_safe
def district_list(request):
    districts = District.objects.prefetch_related("duty_hours")
    return render(request, "districts/district_list.html", {"districts": districts})


@require_safe
def district_detail(request, slug):
    district = get_object_or_404(District.objects.with_council(), slug=slug)
    return render(request, "districts/district_detail.html", {"district": district})
