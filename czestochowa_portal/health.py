"""Checks of the engines the portal depends on, for /health/."""

import logging
import time
import uuid

from django.core.cache import cache
from django.db import connection

from czestochowa_portal.celery import app as celery_app

logger = logging.getLogger(__name__)

UP = "ok"
DOWN = "niedostępna"
NOT_USED = "nieużywana"

# The load balancer asks every few seconds; a new broker connection each time would be a
# load of its own, so the broker's answer is reused for this long by each process.
BROKER_CHECK_SECONDS = 15
_last_broker_check: dict = {}


def check_database() -> str:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        logger.exception("Health check: database unreachable")
        return DOWN
    return UP


def check_cache() -> str:
    key = f"health:{uuid.uuid4().hex}"
    try:
        cache.set(key, "1", timeout=5)
        answered = cache.get(key) == "1"
        cache.delete(key)
    except Exception:
        logger.exception("Health check: cache unreachable")
        return DOWN
    return UP if answered else DOWN


def _connect_to_broker() -> str:
    try:
        with celery_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
    except Exception:
        logger.exception("Health check: broker unreachable")
        return DOWN
    return UP


def check_broker() -> str:
    if celery_app.conf.task_always_eager:
        return NOT_USED  # tasks run inside the web process; there is no broker to lose
    url = celery_app.conf.broker_url
    now = time.monotonic()
    last = _last_broker_check
    if last.get("url") != url or now - last["at"] >= BROKER_CHECK_SECONDS:
        last.update(url=url, at=now, state=_connect_to_broker())
    return last["state"]


def system_health() -> dict[str, str]:
    return {
        "database": check_database(),
        "cache": check_cache(),
        "broker": check_broker(),
    }
