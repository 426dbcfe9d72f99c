"""Single-use access codes: how they look, how they are made and how they are stored.

A code is ten characters from an alphabet without look-alikes (no 0/O, 1/I/L, 5/S, 2/Z,
8/B), printed in two groups („K7M4X-R9TQA”): about 46 bits, beyond guessing. People may type
it in lower case, with or without the dash or spaces.

Only a keyed hash is stored (HMAC-SHA256 with the SECRET_KEY): someone who reads the
database cannot turn the hashes back into unused codes. A code made before the SECRET_KEY
was rotated still works while the old key is in SECRET_KEY_FALLBACKS.
"""

import hashlib
import hmac
import re
import secrets

from django.conf import settings

ALPHABET = "34679ACDEFGHJKMNPQRTUVWXY"
LENGTH = 10
GROUP = 5
_SEPARATORS = re.compile(r"[\s\-–—_.]+")
_VALID = re.compile(f"[{ALPHABET}]{{{LENGTH}}}")


def new_code() -> str:
    """A fresh code in its normal form (no dash)."""
    return "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))


def printed(code: str) -> str:
    """The code as printed on the sheet: „K7M4X-R9TQA”."""
    return f"{code[:GROUP]}-{code[GROUP:]}"


def normalised(typed: str) -> str | None:
    """The code in its normal form, or None when what was typed cannot be a code."""
    code = _SEPARATORS.sub("", typed or "").upper()
    return code if _VALID.fullmatch(code) else None


def _hash(code: str, key: str) -> str:
    return hmac.new(
        f"surveys.access-code:{key}".encode(), code.encode(), hashlib.sha256
    ).hexdigest()


def code_hash(code: str) -> str:
    """The hash stored for a code (code in its normal form)."""
    return _hash(code, settings.SECRET_KEY)


def code_hashes(code: str) -> list[str]:
    """The hashes the code may be stored under: with the current key and with old keys."""
    keys = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return [_hash(code, key) for key in keys]
