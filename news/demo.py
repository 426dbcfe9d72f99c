"""Demo news items; only for seed_demo (DEBUG on)."""

import datetime

from django.db import transaction
from django.utils import timezone

from districts.models import District
from news.models import News

DEMO_NEWS = [
    # (slug, district slug or None, days from now, title, lead, body)
    (
        "dyzury-rady-dzielnicy-bleszno",
        "bleszno",
        -2,
        "Dyżury rady we wtorki",
        "Radni przyjmują mieszkańców we wtorki od 17:00. Można też wypełnić papierową ankietę.",
        "<p>Zapraszamy do siedziby rady. Porozmawiamy o sprawach dzielnicy i przyjmiemy "
        "uwagi do trwających konsultacji.</p>",
    ),
    (
        "sprzatanie-parku-na-rakowie",
        "rakow",
        -5,
        "Wspólne sprzątanie parku",
        "Rada Dzielnicy Raków zaprasza w sobotę na wspólne sprzątanie parku. "
        "Worki i rękawice zapewniamy.",
        "<p>Zbiórka o 10:00 przy głównym wejściu do parku. "
        "<strong>Prosimy zabrać ciepłe ubrania.</strong></p>",
    ),
    (
        "nowe-lawki-w-srodmiesciu",
        "srodmiescie",
        -12,
        "Nowe ławki w Śródmieściu",
        "Na wniosek rady stanęło dwanaście nowych ławek. "
        "Dziękujemy za zgłoszone propozycje miejsc.",
        "<p>Ławki ustawiono w miejscach wskazanych przez mieszkanki i mieszkańców.</p>",
    ),
    (
        "konsultacje-spoleczne-jak-wziac-udzial",
        None,
        -1,
        "Jak wziąć udział w konsultacjach?",
        "Przypominamy, jak zgłosić uwagę przez internet, pocztą lub osobiście w Kancelarii Urzędu.",
        "<p>Uwagi można zgłaszać przez formularz w serwisie, pocztą na adres Urzędu Miasta "
        "Częstochowy, ul. Śląska 11/13, albo osobiście w Kancelarii (pok. 3). Decyduje data "
        "wpływu do Urzędu.</p>",
    ),
    (
        "zebranie-mieszkancow-tysiaclecie",
        "tysiaclecie",
        3,
        "Zebranie mieszkańców Tysiąclecia",
        "Rada zaprasza na zebranie o miejscach do parkowania przy ulicach osiedla.",
        "<p>Porozmawiamy o tym, gdzie brakuje miejsc do parkowania i co rada może zaproponować "
        "miastu. Uwagi można też zostawić w siedzibie rady w godzinach dyżurów.</p>",
    ),
]


@transaction.atomic
def seed_news(city_author):
    """City-wide items are signed by city_author, district items by a council member."""
    now = timezone.now()
    for slug, district_slug, days, title, lead, body in DEMO_NEWS:
        district = District.objects.get(slug=district_slug) if district_slug else None
        member = district.memberships.select_related("user").first() if district else None
        News.objects.get_or_create(
            slug=slug,
            defaults={
                "district": district,
                "title": title,
                "lead": lead,
                "body": body,
                "author": member.user if member else city_author,
                "state": News.State.PUBLISHED,
                "publish_at": now + datetime.timedelta(days=days),
            },
        )
