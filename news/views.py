from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.files.storage import default_storage
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_safe

from common.collation import sorted_polish
from common.pagination import page_query
from common.roles import check_second_factor
from districts.models import District
from news import photos, services
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


def _news_form(request, news=None):
    """The editor's form, and the photo kept from its last refused sending (news/photos.py)."""
    scope = form_scope(request.user)
    if request.method != "POST":
        return NewsForm(instance=news, **scope), None
    _check_posted_district(request)
    kept = photos.kept_photo(request, request.POST.get(photos.KEPT_FIELD))
    if kept and request.POST.get(photos.DROP_FIELD):
        photos.photo_forget(request, kept)
        kept = None
    upload = kept.as_upload() if kept else None
    form = NewsForm(request.POST, request.FILES, instance=news, kept_photo=upload, **scope)
    return form, kept


def _render_form(request, form, kept, news=None, stored_image=None):
    context = {
        "form": form,
        "news": news,
        "stored_image": stored_image,
        "kept_photo": kept,
        "kept_field": photos.KEPT_FIELD,
        "drop_field": photos.DROP_FIELD,
    }
    return render(request, "news/news_form.html", context)


@login_required
def news_add(request):
    _require_writer(request)
    form, kept = _news_form(request)
    if request.method == "POST":
        if form.is_valid():
            news = services.news_create(author=request.user, **form.news_fields())
            photos.photo_forget(request, kept)
            messages.success(request, f"Zapisano aktualność „{news.title}” ({news.status}).")
            return redirect("news:panel")
        kept = photos.photo_after_refusal(request, form, kept)
    return _render_form(request, form, kept)


@login_required
def news_edit(request, pk):
    news = _news_to_manage(request, pk)
    stored_image = news.image  # the form swaps in the upload before validating it
    form, kept = _news_form(request, news)
    if request.method == "POST":
        if form.is_valid():
            services.news_update(news=news, editor=request.user, **form.news_fields())
            photos.photo_forget(request, kept)
            messages.success(request, f"Zapisano zmiany w aktualności „{news.title}”.")
            return redirect("news:panel")
        kept = photos.photo_after_refusal(request, form, kept)
    return _render_form(request, form, kept, news, stored_image)


@login_required
@require_safe
def kept_photo(request, token):
    """The kept photo of a refused form, shown only to the session that sent it."""
    _require_writer(request)
    kept = photos.kept_photo(request, token)
    if kept is None:
        raise Http404
    response = FileResponse(default_storage.open(kept.name, "rb"), content_type=kept.content_type)
    response["Cache-Control"] = "private, no-store"
    return response


def _confirmed_action(request, news, *, allowed, refusal, confirm, act):
    """GET asks (a page that works without JavaScript); POST does it; both only when the
    item is in a state that allows it."""
    if not allowed:
        messages.info(request, refusal)
        return redirect("news:panel")
    if request.method == "POST":
        act()
        return redirect("news:panel")
    return render(request, "news/news_confirm.html", {"news": news} | confirm)


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def news_publish(request, pk):
    news = _news_to_manage(request, pk)

    def act():
        services.news_publish(news=news, editor=request.user)
        messages.success(request, f"Opublikowano aktualność „{news.title}”.")

    return _confirmed_action(
        request,
        news,
        allowed=news.is_draft,
        refusal=f"Aktualność „{news.title}” nie jest szkicem: nie ma czego publikować.",
        confirm={
            "action": "Publikacja",
            "heading": "Czy opublikować aktualność?",
            "consequence": "Aktualność od razu zobaczą mieszkańcy w serwisie i w kanałach RSS.",
            "button": "Tak, opublikuj",
            "danger": False,
        },
        act=act,
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def news_unpublish(request, pk):
    news = _news_to_manage(request, pk)
    scheduled = news.status == "zaplanowana"

    def act():
        services.news_unpublish(news=news, editor=request.user)
        if scheduled:
            messages.success(request, f"Anulowano publikację aktualności „{news.title}”.")
        else:
            messages.success(request, f"Aktualność „{news.title}” wycofano z publikacji.")

    return _confirmed_action(
        request,
        news,
        allowed=not news.is_draft,
        refusal=f"Aktualność „{news.title}” jest szkicem: nie ma czego wycofywać.",
        confirm={
            "action": "Anulowanie publikacji" if scheduled else "Wycofanie",
            "heading": (
                "Czy anulować planowaną publikację?" if scheduled else "Czy wycofać aktualność?"
            ),
            "consequence": (
                "Aktualność nie ukaże się w zaplanowanym terminie i wróci do szkiców."
                if scheduled
                else "Aktualność zniknie z serwisu i wróci do szkiców; "
                "można ją potem znowu opublikować."
            ),
            "button": "Tak, anuluj publikację" if scheduled else "Tak, wycofaj",
            "danger": True,
        },
        act=act,
    )


@login_required
@require_http_methods(["GET", "HEAD", "POST"])
def news_delete(request, pk):
    news = _news_to_manage(request, pk)
    title = news.title

    def act():
        services.news_delete(news=news, editor=request.user)
        messages.success(request, f"Usunięto aktualność „{title}”.")

    return _confirmed_action(
        request,
        news,
        allowed=True,
        refusal="",
        confirm={
            "action": "Usuwanie",
            "heading": "Czy usunąć aktualność?",
            "consequence": "Aktualność zniknie z serwisu i z panelu. Jej dotychczasowe wersje "
            "zostaną zachowane w historii zmian.",
            "button": "Tak, usuń",
            "danger": True,
        },
        act=act,
    )
