import re

import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.test import override_settings
from django.utils import timezone

from consultations.models import Consultation, Status
from news.models import News

pytestmark = pytest.mark.django_db


def snapshot():
    return {
        model._meta.label: sorted(model.objects.values_list("pk", flat=True))
        for model in apps.get_models()
        if not model._meta.label.startswith(("sessions.", "admin."))
    }


@override_settings(DEBUG=True)
def test_seed_demo_run_twice_leaves_the_same_rows():
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    first = snapshot()
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert snapshot() == first
    assert len(first["districts.District"]) == 20
    assert len(first["czestochowa_portal.User"]) > 5  # the demo roles and council members
    assert len(first["news.News"]) >= 5


@override_settings(DEBUG=True)
def test_seed_demo_gives_every_role_a_working_account(client):
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    from czestochowa_portal.demo import DEMO_ACCOUNTS, DEMO_PASSWORD

    for account in DEMO_ACCOUNTS:
        response = client.post("/konto/login/", {"login": account.email, "password": DEMO_PASSWORD})
        assert response.status_code == 302, account.email
        client.logout()


@override_settings(DEBUG=False)
def test_seed_demo_refuses_to_create_accounts_with_debug_off():
    with pytest.raises(CommandError, match="DEBUG"):
        call_command("seed_demo")
    from czestochowa_portal.models import User

    assert not User.objects.exists()


# Words that name a moment of the calendar. Demo dates are set relative to the day of the
# seed, so a text with „wiosną” or „w grudniu” is wrong on most days of the year.
CALENDAR_WORDS = re.compile(
    r"\b(?:stycz\w*|lut(?:y|ego|ym)|mar(?:zec|ca|cu)|kwie(?:cień|tnia|tniu)|maj(?:a|u)?"
    r"|czerw(?:iec|ca|cu)|lip(?:iec|ca|cu)|sierp(?:ień|nia|niu)|wrze(?:sień|śnia|śniu)"
    r"|październik\w*|listopad\w*|grud(?:zień|nia|niu)|wiosn\w*|lat(?:em|o)|jesie\w*"
    r"|zim(?:a|ą|ie|y)|przyszł\w+ rok\w*|\w+ roku)\b",
    re.IGNORECASE,
)
# What a text may not say in each status of its consultation.
WRONG_FOR_STATUS = {
    Status.PLANNED: ["zakończył", "zakończyło", "trwają", "opublikowane"],
    Status.OPEN: ["rozpoczną", "zakończyło", "opublikowane"],
    Status.CLOSED: ["rozpoczną", "potrwają"],
    Status.RESULTS: ["rozpoczną", "potrwają", "rozpatruje"],
    Status.WITHDRAWN: ["rozpoczną", "potrwają", "opublikowane"],
}


@override_settings(DEBUG=True)
def test_demo_texts_agree_with_their_dates():
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    now = timezone.now()
    texts = {}
    for consultation in Consultation.objects.all():
        text = " ".join(
            [
                consultation.title,
                consultation.summary,
                consultation.duration_justification,
                consultation.withdrawal_reason,
            ]
            + [item.title for item in consultation.schedule_items.all()]
        )
        texts[consultation.slug] = text
        status = consultation.status_at(now)
        if consultation.published_at:
            wrong = [word for word in WRONG_FOR_STATUS[status] if word in text.lower()]
            assert wrong == [], f"{consultation.slug} ({status.label}): {wrong}"
    for news in News.objects.all():
        texts[news.slug] = " ".join([news.slug, news.title, news.lead, news.body])
    dated = {slug: CALENDAR_WORDS.findall(text) for slug, text in texts.items()}
    assert {slug: words for slug, words in dated.items() if words} == {}
