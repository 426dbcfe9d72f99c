from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse
from django.utils.functional import SimpleLazyObject

from news.permissions import can_write_news

MAIN_NAVIGATION = [
    ("Konsultacje", "consultations:list"),
    ("Aktualności", "news:list"),
    ("Ankiety", "surveys:list"),
    ("Wyniki", "results"),
    ("Dzielnice", "districts:list"),
    ("O konsultacjach", "about"),
]

ACCOUNT_PREFIX = "/konto/"


def login_url_for(request) -> str:
    login_url = reverse("account_login")
    if not request.path.startswith(ACCOUNT_PREFIX):
        # Residents come back to the page they logged in from; staff and council members
        # are sent to their work instead (PortalAccountAdapter.post_login).
        login_url += "?" + urlencode({"next": request.get_full_path()})
    return login_url


def news_link_shown(request):
    """Asked only by pages that show the link, and only for signed-in visitors."""
    return SimpleLazyObject(lambda: can_write_news(request.user))


def portal(request):
    path = request.path
    navigation = []
    for label, url_name in MAIN_NAVIGATION:
        url = reverse(url_name)
        navigation.append({"label": label, "url": url, "current": path.startswith(url)})
    return {
        "login_url": login_url_for(request),
        "portal_name": settings.PORTAL_NAME,
        "bip_url": settings.BIP_URL,
        "site_url": settings.SITE_URL,
        "main_navigation": navigation,
        "can_write_news": news_link_shown(request),
    }
