"""A log line is printed once, in development as in production."""

import subprocess
import sys

import pytest


@pytest.mark.parametrize("debug", ["1", "0"])
def test_a_django_warning_is_printed_once(debug, tmp_path):
    script = (
        "import django, logging; django.setup(); "
        "logging.getLogger('django.request').warning('jedno-ostrzezenie')"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={
            "DJANGO_SETTINGS_MODULE": "czestochowa_portal.settings",
            "DEBUG": debug,
            "SECRET_KEY": "x" * 60,
            "VAR_DIR": str(tmp_path),
            "PATH": "/usr/bin:/bin",
        },
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stderr.count("jedno-ostrzezenie") == 1
