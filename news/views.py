from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST, require_safe

from common.collation import sorted_polish
from common.pagination import page_query
from common.roles import check_second_factor
from districts.models import District
from news import services
from news.forms import NewsForm, form_scope
from news.models import News
from news.permissions import (
    can_manage,
    can_post_to,
    can_write_news,
    editable_news,
)
from news.selectors import archive_months, visible_news

PAGE_SIZE = 10
PAGE_PARAM = "strona"
CITY_WIDE = "miasto"


def _page_context(request, queryset):
    """The page of items asked for, and what the pagination links need."""
    return {
        "page": Paginator(queryset, PAGE_SIZE).get_page(request.GET.get(PAGE_PARAM)),
        "page_query": page_query(request, PAGE_PARAM),
        "page_param": PAGE_PARAM,
    }


@require_safe
def news_list(request):
    news = visible_news()
    chosen = request.GET.get("dzielnica", "")
    district = None
    if chosen == CITY_WIDE:
        news = news.city_wide()
    elif chosen:
        district = District.objects.filter(slug=chosen).first()
        news = news.for_district(district) if district else news.none()
    context = _page_context(request, news) | {
        "districts": sorted_polish(District.objects.all(), key=lambda d: d.name),
        "chosen": chosen,
        "chosen_district": district,
        "city_wide": CITY_WIDE,
        "months": archive_months(),
        "unknown_district": bool(chosen) and chosen != CITY_WIDE and district is None,
    }
    return render(request, "news/news_list.html", context)


@require_safe
def news_archive(request, year, month):
    if not (1 <= month <= 12 and 2000 <= year <= 2999):
        raise Http404
    news = visible_news().filter(publish_at__year=year, publish_at__month=month)
    context = _page_context(request, news) | {"year": year, "month": month}
    return render(request, "news/news_archive.html", context)


@require_safe
def news_detail(request, slug):
    news = get_object_or_404(News.objects.select_related("district", "author"), slug=slug)
    preview = not news.is_visible
    if preview:
        if not can_manage(request.user, news):
            raise Http404
        check_second_factor(request)
    return render(request, "news/news_detail.html", {"news": news, "preview": preview})


# --- The editor's panel of council members and staff -----------------------------------------


def _require_writer(request):
    if not can_write_news(request.user):
        raise PermissionDenied
    check_second_factor(request)


def _check_posted_district(request):
    """Refuse a district value the user may not post to, even when forged in the form."""
    raw = request.POST.get("district", "")
    district = None
    if raw:
        if not (raw.isascii() and raw.isdigit() and len(raw) < 10):
            raise PermissionDenied
        district = District.objects.filter(pk=raw).first()
        if district is None:
            raise PermissionDenied
    if not can_post_to(request.user, district):
        raise PermissionDenied


def _news_to_manage(request, pk):
    news = get_object_or_404(News, pk=pk)
    if not can_manage(request.user, news):
        raise PermissionDenied
    check_second_factor(request)
    return news


@login_required
@require_safe
def panel(request):
    _require_writer(request)
    news = editable_news(request.user).select_related("district", "author").newest_first()
    return render(request, "news/panel.html", _page_context(request, news))


@login_required
def news_add(request):
    _require_writer(request)
    scope = form_scope(request.user)
    if request.method == "POST":
        _check_posted_district(request)
        form = NewsForm(request.POST, request.FILES, **scope)
        if form.is_valid():
            news = services.news_create(author=request.user, **form.news_fields())
            messages.success(request, f"Zapisano aktualność „{news.title}” ({news.status}).")
            return redirect("news:panel")
    else:
        form = NewsForm(**scope)
    return render(request, "news/news_form.html", {"form": form, "news": None})


@login_required
def news_edit(request, pk):
    news = _news_to_manage(request, pk)
    scope = form_scope(request.user)
    if request.method == "POST":
        _check_posted_district(request)
        stored_image = news.image.name  # the form swaps in the upload before validating it
        form = NewsForm(request.POST, request.FILES, instance=news, **scope)
        if form.is_valid():
            services.news_update(news=news, editor=request.user, **form.news_fields())
            messages.success(request, f"Zapisano zmiany w aktualności „{news.title}”.")
            return redirect("news:panel")
    else:
        stored_image = news.image.name
        form = NewsForm(instance=news, **scope)
    context = {"form": form, "news": news, "stored_image": stored_image}
    return render(request, "news/news_form.html", context)


@login_required
@require_POST
def news_unpublish(request, pk):
    news = _news_to_manage(request, pk)
    services.news_unpublish(news=news, editor=request.user)
    messages.success(request, f"Aktualność „{news.title}” wycofano z publikacji.")
    return redirect("news:panel")


@login_required
def news_delete(request, pk):
    news = _news_to_manage(request, pk)
    if request.method == "POST":
        title = news.title
        services.news_delete(news=news, editor=request.user)
        messages.success(request, f"Usunięto aktualność „{title}”.")
        return redirect("news:panel")
    return render(request, "news/news_confirm_delete.html", {"news": news})
