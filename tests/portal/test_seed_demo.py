import pytest
from django.apps import apps
from django.core.management import CommandError, call_command
from django.test import override_settings

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
