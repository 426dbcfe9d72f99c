from itertools import groupby

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.formats import date_format
from django.views.decorators.http import require_safe

from common.datetimes import polish_date, polish_datetime
from common.downloads import stored_file_response
from common.pagination import page_query
from common.roles import check_second_factor
from consultations import display, ical, selectors
from consultations.abbreviations import UnitAbbreviations
from consultations.filters import STATUS_TABS, ConsultationFilter
from consultations.models import Department
from consultations.pagecache import stored_for_everyone
from consultations.permissions import can_view_consultation
from consultations.search import search_allowed
from consultations.uploads import CONTENT_TYPES

PAGE_SIZE = 20


def _query_with(request, **changes) -> str:
    query = request.GET.copy()
    query.pop("page", None)
    for key, value in changes.items():
        if value:
            query[key] = value
        else:
            query.pop(key, None)
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


def _page(request, queryset, now):
    page = Paginator(queryset, PAGE_SIZE).get_page(request.GET.get("page"))
    for consultation in page.object_list:
        display.decorate(consultation, now)
    return page


@require_safe
@stored_for_everyone
def consultation_list(request):
    if request.GET.get("q", "").strip() and not search_allowed(request):
        response = render(
            request,
            "429.html",
            {"reason": "Z Państwa adresu przyszło w ciągu minuty zbyt wiele wyszukiwań."},
            status=429,
        )
        response["Retry-After"] = "60"
        return response
    now = timezone.now()
    filterset = ConsultationFilter(request.GET, queryset=selectors.consultation_cards(now), now=now)
    page = _page(request, filterset.qs, now)
    current = filterset.form.cleaned_data.get("status") or ""
    tabs = [
        {"label": label, "url": _query_with(request, status=value), "current": value == current}
        for value, label in STATUS_TABS
    ]
    return render(
        request,
        "consultations/consultation_list.html",
        {
            "filterset": filterset,
            "filter_fields": filterset.fields_for_page(),
            "page": page,
            "tabs": tabs,
            "page_query": page_query(request),
            "abbreviations": UnitAbbreviations(Department.objects.all()),
            "filtered": any(v for k, v in request.GET.items() if k != "page"),
        },
    )


@require_safe
@stored_for_everyone
def results(request):
    now = timezone.now()
    page = _page(request, selectors.consultation_cards(now).with_results(), now)
    return render(
        request,
        "consultations/results.html",
        {
            "page": page,
            "page_query": page_query(request),
            "abbreviations": UnitAbbreviations(Department.objects.all()),
        },
    )


def _schedule(consultation, now):
    items = list(consultation.schedule_items.all())
    withdrawn_at = consultation.withdrawn_at
    for item in items:
        cancelled = withdrawn_at is not None and item.starts_at >= withdrawn_at
        item.phase = "cancelled" if cancelled else item.phase_at(now)
        item.phase_label = display.PHASE_LABELS[item.phase]
        item.when = display.schedule_when(item)
    return items


def _consultation_to_view(request, slug):
    """The consultation at the address, if published or previewed by its department."""
    consultation = selectors.consultation_for_page(slug)
    if consultation is None or not can_view_consultation(request.user, consultation):
        raise Http404("Nie ma takich konsultacji.")
    if not consultation.is_published:
        check_second_factor(request)  # a draft is seen only with staff power
    return consultation


@require_safe
@stored_for_everyone
def consultation_detail(request, slug):
    consultation = _consultation_to_view(request, slug)
    now = timezone.now()
    display.decorate(consultation, now)
    materials = list(consultation.materials.all())
    for material in materials:
        material.label = display.material_label(material)
    context = {
        "consultation": consultation,
        "schedule": _schedule(consultation, now),
        "materials": materials,
        "methods": list(consultation.methods.all()),
        "districts": list(consultation.districts.all()),
        "abbreviations": UnitAbbreviations(Department.objects.all()),
        "preview": not consultation.is_published,
        "starts": polish_datetime(consultation.starts_at),
        "ends": polish_datetime(consultation.ends_at),
        "published": polish_date(consultation.published_at) if consultation.published_at else "",
        "order": display.order_line(consultation),
        "procedure": consultation.procedure_rules,
        "updated": polish_date(consultation.updated_at),
    }
    if consultation.is_investment:
        context["realisation"] = " – ".join(
            polish_date(value)
            for value in [consultation.realisation_starts_on, consultation.realisation_ends_on]
            if value
        )
    response = render(request, "consultations/consultation_detail.html", context)
    if context["preview"]:
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex"
    return response


@require_safe
def material_file(request, slug, pk):
    """A material's file, for those who may see its consultation: a draft's only to its staff."""
    material = selectors.material_for_download(slug, pk)
    if material is None or not can_view_consultation(request.user, material.consultation):
        raise Http404("Nie ma takiego materiału.")
    if not material.consultation.is_published:
        check_second_factor(request)  # a draft's file only with staff power
    return stored_file_response(
        material.file,
        filename=material.download_name,
        content_type=CONTENT_TYPES[material.kind],
        public=material.consultation.is_published,
    )


@require_safe
@stored_for_everyone
def calendar(request):
    now = timezone.now()
    meetings = list(selectors.upcoming_meetings(now))
    for item in meetings:
        item.when = display.schedule_when(item)
    days = [
        {
            "label": date_format(day, "l, j E Y") + " r.",
            "iso": day.isoformat(),
            "items": list(items),
        }
        for day, items in groupby(meetings, key=lambda item: timezone.localdate(item.starts_at))
    ]
    return render(request, "consultations/calendar.html", {"days": days})


def _ical_response(body: str, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


@require_safe
def consultation_ical(request, slug):
    consultation = _consultation_to_view(request, slug)
    return _ical_response(ical.consultation_calendar(consultation), f"{consultation.slug}.ics")


@require_safe
def city_ical(request):
    return _ical_response(ical.city_calendar(selectors.calendar_items()), "konsultacje.ics")
