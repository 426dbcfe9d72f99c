"""The settings module reads the environment and refuses junk loudly."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from czestochowa_portal.environment import (
    env_bool,
    env_int,
    parse_database_url,
    parse_email_url,
    parse_redis_url,
)

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DEBUG": "0",
    "SECRET_KEY": "a-production-secret-key-that-is-long-enough-and-random-7f3c9e1b2d",
    "ALLOWED_HOSTS": "konsultacje.czestochowa.pl",
    "CSRF_TRUSTED_ORIGINS": "https://konsultacje.czestochowa.pl",
    "SITE_URL": "https://konsultacje.czestochowa.pl",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "MEDIA_ACCEL_REDIRECT": "/_media/",
}


def run_django(code: str, **env) -> subprocess.CompletedProcess:
    """Start a fresh interpreter with only the given portal variables set."""
    clean = {k: v for k, v in os.environ.items() if k not in _PORTAL_VARIABLES}
    clean["DJANGO_SETTINGS_MODULE"] = "czestochowa_portal.settings"
    clean["VAR_DIR"] = str(ROOT / "var")
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=ROOT,
        env=clean | env,
        capture_output=True,
        text=True,
        timeout=120,
    )


_PORTAL_VARIABLES = {
    "DEBUG",
    "SECRET_KEY",
    "DATABASE_URL",
    "REDIS_URL",
    "EMAIL_URL",
    "ALLOWED_HOSTS",
    "CSRF_TRUSTED_ORIGINS",
    "SITE_URL",
    "STAFF_MFA_REQUIRED",
    "SECURE_HSTS_SECONDS",
    "MEDIA_ACCEL_REDIRECT",
    "DJANGO_ALLOW_ASYNC_UNSAFE",  # set by the browser tests for their own process
    "LOG_LEVEL",
}

SHOW = (
    "from django.conf import settings as s; import json; print(json.dumps({"
    "'db': s.DATABASES['default']['ENGINE'], 'name': str(s.DATABASES['default']['NAME']),"
    "'options': s.DATABASES['default'].get('OPTIONS', {}),"
    "'cache': s.CACHES['default']['BACKEND'], 'eager': s.CELERY_TASK_ALWAYS_EAGER,"
    "'broker': s.CELERY_BROKER_URL, 'lang': s.LANGUAGE_CODE, 'tz': s.TIME_ZONE,"
    "'email': s.EMAIL_BACKEND}, default=str))"
)


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("DEBUG", "maybe"),
        ("DATABASE_URL", "mysql//nonsense"),
        ("DATABASE_URL", "postgres://127.0.0.1:5432/"),
        ("REDIS_URL", "http://127.0.0.1:6379"),
        ("REDIS_URL", "redis://127.0.0.1:port/0"),
        ("EMAIL_URL", "pigeon://loft"),
        ("SECURE_HSTS_SECONDS", "a year"),
        ("CSRF_TRUSTED_ORIGINS", "konsultacje.czestochowa.pl"),
        ("MEDIA_ACCEL_REDIRECT", "_media"),
        ("LOG_LEVEL", "loud"),
    ],
)
def test_start_up_stops_on_a_junk_value_and_names_the_variable(variable, value):
    result = run_django("print('started')", **(PRODUCTION | {variable: value}))
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert variable in result.stderr.splitlines()[-1]


BIN = Path(sys.executable).parent
START_COMMANDS = {
    "manage.py": [sys.executable, "manage.py", "check"],
    "gunicorn": [
        str(BIN / "gunicorn"),
        "czestochowa_portal.wsgi",
        "--bind",
        "127.0.0.1:0",
        "--no-control-socket",
    ],
    "celery": [str(BIN / "celery"), "-A", "czestochowa_portal", "worker", "--pool", "solo"],
}
LOG_LEVEL_LINE = (
    "ImproperlyConfigured: LOG_LEVEL='loud' is not one of DEBUG, INFO, WARNING, ERROR, CRITICAL."
)


@pytest.mark.parametrize("program", START_COMMANDS)
def test_a_junk_log_level_stops_each_program_with_one_line(program):
    result = subprocess.run(
        START_COMMANDS[program],
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k not in _PORTAL_VARIABLES}
        | PRODUCTION
        | {"LOG_LEVEL": "loud"},
        capture_output=True,
        text=True,
        timeout=60,
    )
    # 4 is gunicorn's "App failed to load": its master stops instead of booting new workers.
    assert result.returncode == 4
    assert "Traceback" not in result.stderr
    ours = [line for line in result.stderr.splitlines() if "ImproperlyConfigured" in line]
    assert ours == [LOG_LEVEL_LINE]
    if program != "gunicorn":  # gunicorn adds its own lines about the worker and the master
        assert result.stderr.strip() == LOG_LEVEL_LINE


@pytest.mark.parametrize("raw", ["info", "ERROR"])
def test_log_level_is_read_in_any_case(raw):
    result = run_django(
        "from django.conf import settings; print(settings.LOGGING['root']['level'])",
        DEBUG="1",
        LOG_LEVEL=raw,
    )
    assert result.stdout.strip() == raw.upper()


def test_start_up_without_a_secret_key_in_production_is_refused():
    env = dict(PRODUCTION)
    del env["SECRET_KEY"]
    result = run_django("print('started')", **env)
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_embedded_default_is_sqlite_local_memory_and_eager_celery():
    result = run_django(SHOW, DEBUG="1")
    assert result.returncode == 0, result.stderr
    config = json.loads(result.stdout)
    assert config["db"] == "django.db.backends.sqlite3"
    assert config["name"].endswith("var/portal.sqlite3")
    assert config["cache"].endswith("LocMemCache")
    assert config["eager"] is True
    assert config["lang"] == "pl"
    assert config["tz"] == "Europe/Warsaw"
    assert config["email"].endswith("console.EmailBackend")


def test_redis_and_postgres_urls_switch_the_engines():
    result = run_django(
        SHOW,
        DEBUG="1",
        REDIS_URL="redis://127.0.0.1:6379/3",
        DATABASE_URL="postgres://portal:secret@db.example:5432/portal",
    )
    assert result.returncode == 0, result.stderr
    config = json.loads(result.stdout)
    assert config["db"] == "django.db.backends.postgresql"
    assert config["name"] == "portal"
    assert config["options"]["pool"]["max_size"] >= 1
    assert config["cache"].endswith("RedisCache")
    assert config["eager"] is False
    assert config["broker"] == "redis://127.0.0.1:6379/3"


def check_deploy_without(variable: str) -> str:
    """What `check --deploy` prints in production with one variable missing."""
    env = {k: v for k, v in PRODUCTION.items() if k != variable}
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy"],
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k not in _PORTAL_VARIABLES} | env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return result.stdout + result.stderr


def test_check_deploy_warns_when_production_has_no_redis():
    assert "portal.W001" in check_deploy_without("REDIS_URL")


def test_check_deploy_warns_when_nginx_does_not_send_the_materials():
    output = check_deploy_without("MEDIA_ACCEL_REDIRECT")
    assert "portal.W002" in output
    assert "MEDIA_ACCEL_REDIRECT is not set" in output


def test_check_deploy_is_clean_with_production_variables():
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env={k: v for k, v in os.environ.items() if k not in _PORTAL_VARIABLES} | PRODUCTION,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize("raw", ["1", "true", "YES", "on"])
def test_env_bool_reads_yes(monkeypatch, raw):
    monkeypatch.setenv("SOME_FLAG", raw)
    assert env_bool("SOME_FLAG", False) is True


def test_env_bool_falls_back_to_the_default_when_unset(monkeypatch):
    monkeypatch.delenv("SOME_FLAG", raising=False)
    assert env_bool("SOME_FLAG", True) is True


def test_env_int_refuses_a_negative_number(monkeypatch):
    monkeypatch.setenv("SOME_NUMBER", "-5")
    with pytest.raises(ImproperlyConfigured, match="SOME_NUMBER"):
        env_int("SOME_NUMBER", 1)


def test_database_url_of_an_unsupported_engine_is_refused():
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL"):
        parse_database_url("DATABASE_URL", "mysql://root@127.0.0.1/portal")


def test_redis_url_with_a_port_is_accepted():
    assert parse_redis_url("REDIS_URL", "redis://cache:6380/1") == "redis://cache:6380/1"


def test_smtp_url_is_read_into_django_settings():
    config = parse_email_url("EMAIL_URL", "smtp://poczta%40um:ha%24lo@smtp.example.pl:587")
    assert config["EMAIL_HOST"] == "smtp.example.pl"
    assert config["EMAIL_PORT"] == 587
    assert config["EMAIL_HOST_USER"] == "poczta@um"
    assert config["EMAIL_HOST_PASSWORD"] == "ha$lo"
    assert config["EMAIL_USE_TLS"] is True


def test_file_email_url_names_the_folder():
    config = parse_email_url("EMAIL_URL", "file:///var/mail/portal")
    assert config["EMAIL_FILE_PATH"] == "/var/mail/portal"


def test_a_file_email_url_with_two_slashes_is_refused_rather_than_read_as_a_host():
    with pytest.raises(ImproperlyConfigured, match="absolute path after three slashes"):
        parse_email_url("EMAIL_URL", "file://var/mail")
