"""Settings of the consultation portal, read from the environment.

Without any variable set the portal runs on the embedded default: SQLite under var/,
local-memory cache and Celery tasks run in the web process. REDIS_URL switches on Redis
for the cache and Celery; a postgres:// DATABASE_URL switches to PostgreSQL.
"""

import sys
from pathlib import Path

from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django_prose_editor.config import html_tags
from js_asset import static_lazy

from czestochowa_portal.environment import (
    env_bool,
    env_choice,
    env_int,
    env_list,
    env_str,
    parse_database_url,
    parse_email_url,
    parse_redis_url,
)

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

TESTING = "pytest" in sys.modules

DEBUG = env_bool("DEBUG", False)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if DEBUG or TESTING:
        SECRET_KEY = "development-only-key-never-used-in-production-0123456789abcdef"  # noqa: S105
    else:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
elif len(SECRET_KEY) < 50 and not DEBUG:
    raise ImproperlyConfigured("SECRET_KEY must be at least 50 characters long.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
for origin in CSRF_TRUSTED_ORIGINS:
    if not origin.startswith(("https://", "http://")):
        raise ImproperlyConfigured(
            f"CSRF_TRUSTED_ORIGINS entry {origin!r} must start with https:// or http://."
        )

SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
if not SITE_URL.startswith(("https://", "http://")):
    raise ImproperlyConfigured(f"SITE_URL={SITE_URL!r} must start with https:// or http://.")

INSTALLED_APPS = [
    "czestochowa_portal.apps.PortalAdminConfig",  # django.contrib.admin, one view changed
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django.forms",  # Django's widget templates, for the FORM_RENDERER below
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "csp",
    "django_filters",
    "django_prose_editor",
    "simple_history",
    "czestochowa_portal",
    "districts",
    "consultations",
    "news",
    "surveys",
    "participation",
    # Last, as its documentation asks: deletes the files of the models marked
    # @cleanup.select once a deletion or a replacement is committed, cascades included.
    "django_cleanup.apps.CleanupSelectedConfig",
]

MIDDLEWARE = [
    "czestochowa_portal.middleware.UnreadableRequestMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "czestochowa_portal.middleware.StaffSecondFactorMiddleware",
    "czestochowa_portal.middleware.PermissionsPolicyMiddleware",
    "czestochowa_portal.middleware.PrivatePagesMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "czestochowa_portal.urls"
CSRF_FAILURE_VIEW = "czestochowa_portal.views.csrf_failure"
WSGI_APPLICATION = "czestochowa_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "czestochowa_portal.context_processors.portal",
            ],
        },
    },
]

# Widgets render with the project's templates, so templates/admin/widgets/ can give the
# admin's date and time boxes their own labels.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

# --- Database -------------------------------------------------------------------------------

DATABASES = {
    "default": parse_database_url(
        "DATABASE_URL", env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'portal.sqlite3'}")
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "czestochowa_portal.User"

# --- Cache, sessions, Celery ---------------------------------------------------------------

REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    parse_redis_url("REDIS_URL", REDIS_URL)
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "portal"),
            "OPTIONS": {"socket_connect_timeout": 2, "socket_timeout": 2},
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# One-off messages live in the session, not in a cookie of their own: allauth's
# „Zalogowano jako …” carries the name or e-mail, which a cookie would hold readable.
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_IGNORE_RESULT = True
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_TRANSPORT_OPTIONS = {"socket_connect_timeout": 2}
CELERY_TIMEZONE = "Europe/Warsaw"
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
CELERY_BEAT_SCHEDULE = {
    "clear-expired-sessions": {
        "task": "czestochowa_portal.tasks.clear_expired_sessions",
        "schedule": 24 * 60 * 60,
    },
    # Photos kept across a refused news form whose form was then left (news/photos.py).
    "delete-stale-kept-news-photos": {
        "task": "news.tasks.delete_stale_kept_photos",
        "schedule": 60 * 60,
    },
}

# --- Authentication (django-allauth) -------------------------------------------------------

AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
SITE_ID = 1
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_LOGOUT_REDIRECT_URL = "home"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_PRESERVE_USERNAME_CASING = False
ACCOUNT_SESSION_REMEMBER = None
# None: the subject starts with the site's name in brackets, as the e-mails are signed.
ACCOUNT_EMAIL_SUBJECT_PREFIX = None
ACCOUNT_ADAPTER = "czestochowa_portal.accounts.PortalAccountAdapter"
# Sign-up and password reset answer the same whether an address has an account or not
# (allauth's default, stated here); the sign-up form also makes both take the same time.
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_FORMS = {"signup": "czestochowa_portal.accounts.PortalSignupForm"}
ACCOUNT_RATE_LIMITS = {
    # allauth's defaults, stated here so a reader sees the limits are on.
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "change_password": "5/m/user",
    "manage_email": "10/m/user",
}
# Behind nginx every request comes from 127.0.0.1: with TRUSTED_PROXY_COUNT=1 the rate limits
# (log-in, sign-up, search) read the visitor's address from the X-Forwarded-For nginx adds.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Konsultacje Częstochowa"
# Staff reach the admin only with a second factor; make run turns this off for the demo.
STAFF_MFA_REQUIRED = env_bool("STAFF_MFA_REQUIRED", True)

# --- E-mail -----------------------------------------------------------------------------------

EMAIL_URL = env_str("EMAIL_URL", "console:" if DEBUG else f"file://{VAR_DIR / 'mail'}")
globals().update(parse_email_url("EMAIL_URL", EMAIL_URL))
DEFAULT_FROM_EMAIL = env_str(
    "DEFAULT_FROM_EMAIL", "Konsultacje Częstochowa <konsultacje@czestochowa.um.gov.pl>"
)
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
ADMINS = [("Administrator", address) for address in env_list("ADMIN_EMAILS", [])]

# --- Language and time ----------------------------------------------------------------------

LANGUAGE_CODE = "pl"
LANGUAGES = [("pl", "Polski")]
TIME_ZONE = "Europe/Warsaw"
USE_I18N = True
USE_TZ = True
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["czestochowa_portal.formats"]

# --- Static files and media -----------------------------------------------------------------

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
# Materials are served by a view that checks who may see them (a draft's only to its
# department). Behind nginx this names the `internal` location that serves MEDIA_ROOT: the
# view answers with X-Accel-Redirect and nginx sends the bytes. Unset, the view streams
# the file itself (development, or a server without nginx).
MEDIA_ACCEL_REDIRECT = env_str("MEDIA_ACCEL_REDIRECT")
if MEDIA_ACCEL_REDIRECT and not (
    MEDIA_ACCEL_REDIRECT.startswith("/") and MEDIA_ACCEL_REDIRECT.endswith("/")
):
    raise ImproperlyConfigured(
        f"MEDIA_ACCEL_REDIRECT={MEDIA_ACCEL_REDIRECT!r} must be a path that starts and ends "
        "with /, e.g. /_media/."
    )
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
NEWS_IMAGE_MAX_MB = env_int("NEWS_IMAGE_MAX_MB", 5, minimum=1)
# The sign-language (PJM) recording on its site page; a few minutes of video.
SITE_PAGE_VIDEO_MAX_MB = env_int("SITE_PAGE_VIDEO_MAX_MB", 200, minimum=1)
# The history of a record is for reading: a revert would write back old values of fields
# the form does not show (the department, the publication), past every permission check.
SIMPLE_HISTORY_REVERT_DISABLED = True
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

# The rich-text editor's own extension (common/richtext.py enables it): it adds no HTML.
DJANGO_PROSE_EDITOR_EXTENSIONS = [
    {"js": [static_lazy("js/editor-polish.js")], "extensions": {"PolishEditor": html_tags([])}},
]


# --- Security headers -------------------------------------------------------------------------

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True

if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # The test client and the browser tests speak plain HTTP to the test server.
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not TESTING)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_REDIRECT_EXEMPT = [r"^health/$"]

# --- Logging ------------------------------------------------------------------------------------

LOG_LEVELS = ["DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"]
LOG_LEVEL = env_choice("LOG_LEVEL", "WARNING", LOG_LEVELS)
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"require_debug_false": {"()": "django.utils.log.RequireDebugFalse"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "mail_admins": {
            "level": "ERROR",
            "filters": ["require_debug_false"],
            "class": "django.utils.log.AdminEmailHandler",
        },
    },
    # Django's own console handler would print every line a second time through the root.
    "loggers": {"django": {"handlers": ["mail_admins"], "level": LOG_LEVEL}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
}

# --- Portal -------------------------------------------------------------------------------------

PORTAL_NAME = "Konsultacje Społeczne Częstochowa"
# A consultation shorter than this many days is published only with a written justification.
CONSULTATION_MIN_DAYS = env_int("CONSULTATION_MIN_DAYS", 14, minimum=1)
# Largest material (attachment) a department may upload, in megabytes.
CONSULTATION_MATERIAL_MAX_MB = env_int("CONSULTATION_MATERIAL_MAX_MB", 20, minimum=1)
# How long anonymous visitors may be served a stored copy of a consultation page at most.
CONSULTATION_PAGE_CACHE_SECONDS = env_int("CONSULTATION_PAGE_CACHE_SECONDS", 300)
# Searches one IP address may run in a minute (stored pages not counted); then HTTP 429.
SEARCHES_PER_MINUTE = env_int("SEARCHES_PER_MINUTE", 30, minimum=1)
BIP_URL = "https://bip.czestochowa.pl"

# --- Participation (comments, remarks, moderation) -------------------------------------------

# Reports from this many different people hide a comment until a moderator reviews it.
COMMENT_REPORT_THRESHOLD = env_int("COMMENT_REPORT_THRESHOLD", 3, minimum=1)
# One person may post this many comments (replies included) in COMMENT_RATE_MINUTES.
COMMENTS_PER_WINDOW = env_int("COMMENTS_PER_WINDOW", 5, minimum=1)
COMMENT_RATE_MINUTES = env_int("COMMENT_RATE_MINUTES", 10, minimum=1)
# A comment may be corrected by its author for this many minutes, then it is locked.
COMMENT_EDIT_MINUTES = env_int("COMMENT_EDIT_MINUTES", 15, minimum=0)
COMMENT_MAX_LENGTH = env_int("COMMENT_MAX_LENGTH", 5000, minimum=100)
COMMENT_MAX_LINKS = env_int("COMMENT_MAX_LINKS", 3, minimum=0)
# One person may send this many remarks on the form in REMARK_RATE_MINUTES; each field of
# a remark keeps to COMMENT_MAX_LENGTH and COMMENT_MAX_LINKS.
REMARKS_PER_WINDOW = env_int("REMARKS_PER_WINDOW", 5, minimum=1)
REMARK_RATE_MINUTES = env_int("REMARK_RATE_MINUTES", 10, minimum=1)
