"""Checks of the engines the portal depends on, for /health/."""

import logging
import uuid

from django.core.cache import cache
from django.db import connection

from czestochowa_portal.celery import app as celery_app

logger = logging.getLogger(__name__)

UP = "ok"
DOWN = "niedostępna"
NOT_USED = "nieużywana"


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


def check_broker() -> str:
    if celery_app.conf.task_always_eager:
        return NOT_USED  # tasks run inside the web process; there is no broker to lose
    try:
        with celery_app.connection_for_write() as conn:
            conn.ensure_connection(max_retries=1, timeout=2)
    except Exception:
        logger.exception("Health check: broker unreachable")
        return DOWN
    return UP


def system_health() -> dict[str, str]:
    return {
        "database": check_database(),
        "cache": check_cache(),
        "broker": check_broker(),
    }
