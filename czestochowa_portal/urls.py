import posixpath
import re

from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.http import Http404
from django.urls import include, path, re_path
from django.views.decorators.cache import cache_page
from django.views.static import serve

from common.richtext import EditorCatalog
from consultations import views as consultation_views
from consultations.feeds import NewConsultationsAtomFeed, NewConsultationsFeed
from czestochowa_portal import views
from czestochowa_portal.models import SitePage
from czestochowa_portal.sitemaps import SITEMAPS
from czestochowa_portal.videos import VIDEO_FOLDER
from districts import views as district_views
from news.models import IMAGE_FOLDER

admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = "Konsultacje Społeczne Częstochowa – administracja"
admin.site.site_title = "Administracja portalu konsultacji"
admin.site.index_title = "Zarządzanie portalem"
admin.site.site_url = "/"

urlpatterns = [
    path("", views.home, name="home"),
    path("o-konsultacjach/", views.site_page, {"kind": SitePage.Kind.ABOUT}, name="about"),
    path("kontakt/", views.site_page, {"kind": SitePage.Kind.CONTACT}, name="contact"),
    path("polityka-prywatnosci/", views.site_page, {"kind": SitePage.Kind.PRIVACY}, name="privacy"),
    path("regulamin/", views.site_page, {"kind": SitePage.Kind.TERMS}, name="terms"),
    path(
        "tekst-latwy-do-czytania/",
        views.site_page,
        {"kind": SitePage.Kind.EASY_READ},
        name="easy_read",
    ),
    path(
        "informacja-pjm/",
        views.site_page,
        {"kind": SitePage.Kind.SIGN_LANGUAGE},
        name="sign_language",
    ),
    path(
        "deklaracja-dostepnosci/",
        views.accessibility_statement,
        name="accessibility_statement",
    ),
    path("health/", views.health, name="health"),
    # The rich-text editor's words in Polish (it asks window.gettext), common/richtext.py.
    path(
        "jsi18n/",
        cache_page(24 * 60 * 60)(EditorCatalog.as_view()),
        name="javascript-catalog",
    ),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon),
    path("konsultacje/", include("consultations.urls")),
    path("", include("participation.urls")),
    path("wyniki/", consultation_views.results, name="results"),
    path("kalendarz/", consultation_views.calendar, name="calendar"),
    path("kanaly/kalendarz.ics", consultation_views.city_ical, name="city_ical"),
    path("kanaly/konsultacje/rss/", NewConsultationsFeed(), name="consultations_rss"),
    path("kanaly/konsultacje/atom/", NewConsultationsAtomFeed(), name="consultations_atom"),
    path("aktualnosci/", include("news.urls")),
    path("kanaly/aktualnosci/", include("news.feed_urls")),
    path("ankiety/", include("surveys.urls")),
    # The district page gathers news and consultations, so it is a page of the portal's.
    path(
        "dzielnice/",
        include(
            (
                [
                    path("", district_views.district_list, name="list"),
                    path("<slug:slug>/", views.district_page, name="detail"),
                ],
                "districts",
            )
        ),
    ),
    path("konto/", include("allauth.urls")),
    path("admin/", admin.site.urls),
]


def serve_public_media(request, path):
    # "aktualnosci/../materialy/…" must not reach a draft's file: the folder is checked on
    # the normalised path. MEDIA_ROOT is read per request (tests give each test its own).
    if not posixpath.normpath(path).startswith((IMAGE_FOLDER, VIDEO_FOLDER)):
        raise Http404
    return serve(request, path, document_root=settings.MEDIA_ROOT)


def public_media_urlpatterns():
    """The public parts of /media/ for runserver: news photos and site-page recordings.

    Materials are not here: their view (consultations:material) checks who may see a
    draft's. nginx serves the same single folder in production (README, deployment outline).
    """
    media = re.escape(settings.MEDIA_URL.lstrip("/"))
    folders = "|".join(re.escape(folder) for folder in (IMAGE_FOLDER, VIDEO_FOLDER))
    return [
        re_path(
            rf"^{media}(?P<path>(?:{folders}).+)$",
            serve_public_media,
        )
    ]


if settings.DEBUG:
    urlpatterns += public_media_urlpatterns()
