"""Starting the portal prints no deprecation warning: their causes are fixed, not hidden."""

import os
import subprocess
import sys
import warnings
from pathlib import Path

from consultations.models import Consultation
from districts.models import District

BASE_DIR = Path(__file__).resolve().parents[2]


def test_manage_py_check_starts_without_a_deprecation_warning(tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-W",
            "error::DeprecationWarning",
            "-W",
            "error::PendingDeprecationWarning",
            "manage.py",
            "check",
        ],
        cwd=BASE_DIR,
        env=os.environ | {"DEBUG": "1", "VAR_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Warning" not in result.stderr, result.stderr


def test_a_web_address_typed_without_a_scheme_is_read_as_https_without_a_warning():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        website = District._meta.get_field("website").formfield()
        bip = Consultation._meta.get_field("bip_url").formfield()
    assert website.clean("rada.example.com") == "https://rada.example.com"
    assert bip.clean("bip.czestochowa.pl/ogloszenie") == "https://bip.czestochowa.pl/ogloszenie"
