import os

from celery import Celery

from czestochowa_portal.environment import load_settings_or_exit

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "czestochowa_portal.settings")
# manage.py, gunicorn's wsgi and `celery -A czestochowa_portal` all import this module first
# (through the package's __init__), so each stops here on a junk variable with one line.
load_settings_or_exit()

app = Celery("czestochowa_portal")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
