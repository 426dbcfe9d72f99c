"""The floors: bare views that every measured page or form is compared with.

`floor` renders a page like the consultation list, with no queries; `floor_form` validates
a small form (CSRF included) and inserts one row. Each figure says how much the portal's
own work costs on top of Django doing the least of that kind.
"""

from django import forms
from django.http import HttpResponseBadRequest, HttpResponseRedirect
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_POST, require_safe

from bench.models import FloorRow

CARDS = [
    {
        "title": f"Konsultacje społeczne nr {number}: przebudowa ulicy i nowa zieleń",
        "url": f"/konsultacje/bench-{number:04d}/",
        "status": "Trwające",
        "countdown": f"Pozostało {number + 2} dni",
        "summary": (
            "Miasto pyta mieszkanki i mieszkańców o zdanie, zanim zapadnie decyzja. "
            "Zapraszamy do wypełnienia ankiety i na spotkanie otwarte w dzielnicy."
        ),
        "dates": "1 marca 2026 r. – 31 marca 2026 r.",
        "department": "IZ",
        "department_name": "Wydział Inwestycji i Zamówień Publicznych",
        "districts": "Raków, Zawodzie-Dąbie",
        "category": "Inwestycje",
    }
    for number in range(20)
]


@require_safe
def floor(request):
    return render(request, "bench/floor.html", {"cards": CARDS})


class FloorForm(forms.Form):
    name = forms.CharField(max_length=100)
    rating = forms.IntegerField(min_value=1, max_value=5)


@require_POST
def floor_form(request):
    form = FloorForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest("invalid")
    FloorRow.objects.create(submitted_on=timezone.localdate(), **form.cleaned_data)
    return HttpResponseRedirect("/bench/floor-form/")
