"""Typed readers of environment variables.

Each reader raises ImproperlyConfigured naming the variable, so a typo in a deployment
stops the start-up instead of silently running with a default.
"""

import os
import sys
from urllib.parse import parse_qs, unquote, urlsplit

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off"}


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name, "").strip().lower()
    if raw == "":
        return default
    if raw in TRUE_WORDS:
        return True
    if raw in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(
        f"{name}={raw!r} is not a yes/no value; use one of "
        f"{', '.join(sorted(TRUE_WORDS | FALSE_WORDS))}."
    )


def env_int(name: str, default: int, *, minimum: int = 0) -> int:
    raw = os.environ.get(name, "").strip()
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number.") from None
    if value < minimum:
        raise ImproperlyConfigured(f"{name}={value} is below the minimum of {minimum}.")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, "").strip() or default


def env_choice(name: str, default: str, choices: list[str]) -> str:
    """One of the given words, read case-insensitively and returned as spelled in `choices`."""
    raw = os.environ.get(name, "").strip()
    if raw == "":
        return default
    for choice in choices:
        if raw.upper() == choice.upper():
            return choice
    raise ImproperlyConfigured(f"{name}={raw!r} is not one of {', '.join(choices)}.")


# gunicorn's arbiter reads 4 as "App failed to load" and stops, where any other code makes it
# start new workers that fail the same way; manage.py and Celery only need a non-zero code.
BAD_CONFIGURATION_EXIT_CODE = 4


def load_settings_or_exit() -> None:
    """Read the settings now; a junk value stops the program with one line naming it.

    Without this a bad variable ends manage.py, gunicorn and Celery in a traceback of
    dozens of lines whose last line, the one that matters, is easy to miss.
    """
    from django.conf import settings

    try:
        settings.INSTALLED_APPS  # noqa: B018 - reading a setting runs the settings module
    except ImproperlyConfigured as error:
        print(f"ImproperlyConfigured: {error}", file=sys.stderr)
        sys.exit(BAD_CONFIGURATION_EXIT_CODE)


def parse_database_url(name: str, url: str) -> dict:
    """Return a Django DATABASES entry for a sqlite:// or postgres:// URL."""
    scheme = urlsplit(url).scheme
    if scheme not in {"sqlite", "postgres", "postgresql", "pgsql"}:
        raise ImproperlyConfigured(
            f"{name}={url!r} is not a database URL this portal supports "
            "(sqlite:///path or postgres://user@host:port/name)."
        )
    try:
        config = dj_database_url.parse(url)
    except ValueError as error:
        raise ImproperlyConfigured(f"{name}={url!r} cannot be read: {error}") from None
    if config["ENGINE"] == "django.db.backends.postgresql":
        if not config.get("NAME"):
            raise ImproperlyConfigured(f"{name}={url!r} names no database.")
        # Django's own psycopg 3 pool: connections are reused across requests, which
        # on a 2-core machine more than doubles the throughput of a page with queries.
        config["CONN_MAX_AGE"] = 0
        config.setdefault("OPTIONS", {})["pool"] = {"min_size": 1, "max_size": 8, "timeout": 10}
    elif not config.get("NAME"):
        raise ImproperlyConfigured(f"{name}={url!r} names no database file.")
    return config


def parse_redis_url(name: str, url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in {"redis", "rediss"} or not parts.hostname:
        raise ImproperlyConfigured(f"{name}={url!r} is not a Redis URL (redis://host:port/db).")
    try:
        parts.port  # noqa: B018 - reading it validates the number
    except ValueError:
        raise ImproperlyConfigured(f"{name}={url!r} has a port that is not a number.") from None
    return url


def parse_email_url(name: str, url: str) -> dict:
    """Read smtp://user:password@host:587?tls=1, console:, file:///path or locmem:."""
    parts = urlsplit(url)
    query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    if parts.scheme == "console":
        return {"EMAIL_BACKEND": "django.core.mail.backends.console.EmailBackend"}
    if parts.scheme == "locmem":
        return {"EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
    if parts.scheme == "file":
        if parts.netloc:
            # file://var/mail reads as the host "var" and the folder /mail.
            raise ImproperlyConfigured(
                f"{name}={url!r}: write the folder as an absolute path after three slashes, "
                "e.g. file:///srv/portal/var/mail."
            )
        if not parts.path:
            raise ImproperlyConfigured(f"{name}={url!r} names no folder for the e-mails.")
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "EMAIL_FILE_PATH": unquote(parts.path),
        }
    if parts.scheme in {"smtp", "smtps"}:
        if not parts.hostname:
            raise ImproperlyConfigured(f"{name}={url!r} names no SMTP host.")
        try:
            port = parts.port or (465 if parts.scheme == "smtps" else 587)
        except ValueError:
            raise ImproperlyConfigured(f"{name}={url!r} has a port that is not a number.") from None
        return {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": parts.hostname,
            "EMAIL_PORT": port,
            "EMAIL_HOST_USER": unquote(parts.username or ""),
            "EMAIL_HOST_PASSWORD": unquote(parts.password or ""),
            "EMAIL_USE_SSL": parts.scheme == "smtps",
            "EMAIL_USE_TLS": parts.scheme == "smtp" and query.get("tls", "1") in TRUE_WORDS,
            "EMAIL_TIMEOUT": 20,
        }
    raise ImproperlyConfigured(
        f"{name}={url!r} is not an e-mail URL (smtp://, smtps://, console:, file:///path, locmem:)."
    )
