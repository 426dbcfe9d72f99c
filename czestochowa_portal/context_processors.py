from django.conf import settings
from django.urls import reverse

MAIN_NAVIGATION = [
    ("Konsultacje", "consultations:list"),
    ("Aktualności", "news:list"),
    ("Ankiety", "surveys:list"),
    ("Wyniki", "results"),
    ("Dzielnice", "districts:list"),
    ("O konsultacjach", "about"),
]


def portal(request):
    path = request.path
    navigation = []
    for label, url_name in MAIN_NAVIGATION:
        url = reverse(url_name)
        navigation.append({"label": label, "url": url, "current": path.startswith(url)})
    return {
        "portal_name": settings.PORTAL_NAME,
        "bip_url": settings.BIP_URL,
        "site_url": settings.SITE_URL,
        "main_navigation": navigation,
    }
