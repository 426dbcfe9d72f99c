from django.shortcuts import render
from django.views.decorators.http import require_safe

from common.collation import sorted_polish
from districts.models import District


@require_safe
def district_list(request):
    districts = sorted_polish(District.objects.prefetch_related("duty_hours"), key=lambda d: d.name)
    return render(request, "districts/district_list.html", {"districts": districts})
