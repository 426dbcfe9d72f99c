"""Settings for the benchmark only: the portal's own, plus a URL module with the floor views
and the floor's table (bench/models.py).

The floor views live here and never in the production URLs.
"""

from czestochowa_portal.settings import *  # noqa: F403
from czestochowa_portal.settings import BASE_DIR, INSTALLED_APPS, TEMPLATES

ROOT_URLCONF = "bench.urls"
TEMPLATES[0]["DIRS"] = [*TEMPLATES[0]["DIRS"], BASE_DIR / "bench" / "templates"]
INSTALLED_APPS = [*INSTALLED_APPS, "bench"]
