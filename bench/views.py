"""The floor: a bare view that renders a page like the consultation list, with no queries.

Every page of the portal is measured as a ratio to it, so the figures say how much the
portal's own work costs on top of Django rendering a page of that size.
"""

from django.shortcuts import render
from django.views.decorators.http import require_safe

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
