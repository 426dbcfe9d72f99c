from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from consultations import display
from consultations.abbreviations import UnitAbbreviations
from consultations.models import Department
from consultations.selectors import consultation_cards
from czestochowa_portal.health import DOWN, system_health
from czestochowa_portal.models import AccessibilityStatement, SitePage
from czestochowa_portal.permissions import can_see_health_details
from districts.models import District
from districts.selectors import council_of
from news.selectors import visible_news
from surveys.polls import home_poll

HOME_NEWS = 4
HOME_CONSULTATIONS = 4
DISTRICT_NEWS = 5
DISTRICT_CONSULTATIONS = 6


@require_safe
def home(request):
    now = timezone.now()
    context = {
        "intro": SitePage.objects.filter(kind=SitePage.Kind.HOME).first(),
        "latest_news": visible_news()[:HOME_NEWS],
        "open_consultations": display.decorated(
            consultation_cards(now).open(now)[:HOME_CONSULTATIONS], now
        ),
        "abbreviations": UnitAbbreviations(Department.objects.all()),
        # The same for every visitor with the same address: the answered state is in it.
        "poll": home_poll(now, request.GET.get("sonda", "")),
    }
    return render(request, "portal/home.html", context)


@require_safe
def district_page(request, slug):
    """A district with its council, and the news and consultations that concern it."""
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


@require_safe
def site_page(request, kind):
    page = get_object_or_404(SitePage, kind=kind)
    return render(request, "portal/site_page.html", {"page": page})


@require_safe
def accessibility_statement(request):
    statement = get_object_or_404(AccessibilityStatement)
    context = {
        "statement": statement,
        "buildings": statement.buildings.all(),
        # Where the site runs now, not where it ran when the statement was first saved.
        "statement_url": settings.SITE_URL + "/",
    }
    return render(request, "portal/accessibility_statement.html", context)


@never_cache
@require_safe
def health(request):
    checks = system_health()
    healthy = DOWN not in checks.values()
    body = {"status": "ok" if healthy else "awaria"}
    if can_see_health_details(request):
        body["checks"] = checks
    return JsonResponse(
        body,
        status=200 if healthy else 503,
        json_dumps_params={"ensure_ascii": False},
    )


@require_safe
def robots_txt(request):
    """Search engines may read every public page, but not the admin, accounts or the panel."""
    private = [reverse("admin:index"), "/konto/", reverse("news:panel")]
    lines = ["User-agent: *", *(f"Disallow: {path}" for path in private)]
    lines += ["", f"Sitemap: {settings.SITE_URL}{reverse('sitemap')}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
def favicon(request):
    # Old browsers and feed readers ask for /favicon.ico whatever the page says.
    return redirect(static("img/favicon.ico"), permanent=True)


def csrf_failure(request, reason=""):
    # Django's own page is in English and outside the portal's layout.
    return render(request, "403_csrf.html", status=403)
