"""Django settings of the Keurmerk service (database of Keurmerkdragers, re-scans, history).

Everything comes from the environment with a safe local default:

- ``KEURMERK_DATA_DIR``: the data folder (default ``./keurmerk-data``). Holds the SQLite database
  (WAL mode) and, without Redis, the Huey task queue.
- ``DATABASE_URL``: e.g. ``postgres://user:pass@host:5432/keurmerk``; default SQLite in the data folder.
- ``KEURMERK_QUEUE_URL``: ``redis://host:6379/0`` when workers run on several machines; default a
  SQLite queue file in the data folder (workers on one machine).
- ``KEURMERK_RESCAN_SCHEDULE``: cron expression (minute hour day month weekday, UTC) of the periodic
  re-scan of all current Keurmerkdragers; default monthly, ``0 3 1 * *``. ``off`` disables it.
"""
from __future__ import annotations

import os
from pathlib import Path

import dj_database_url

DATA_DIR = Path(os.environ.get("KEURMERK_DATA_DIR", "keurmerk-data")).resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)

SECRET_KEY = os.environ.get("KEURMERK_SECRET_KEY", "dev-only-not-secret-change-in-production")
DEBUG = os.environ.get("KEURMERK_DEBUG", "") == "1"
ALLOWED_HOSTS = [h for h in os.environ.get("KEURMERK_ALLOWED_HOSTS", "localhost,127.0.0.1").split(",") if h]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "huey.contrib.djhuey",
    "service.providers",
    "service.scans",
    "service.reviews",
    "service.web",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "service.web.security.ContentSecurityPolicyMiddleware",
]

ROOT_URLCONF = "service.urls"
TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [],
    "APP_DIRS": True,
    "OPTIONS": {"context_processors": [
        "django.template.context_processors.request",
        "django.contrib.auth.context_processors.auth",
        "django.contrib.messages.context_processors.messages",
    ]},
}]

_SQLITE_OPTIONS = {
    # WAL: readers never block the writer; IMMEDIATE: a write transaction takes the lock at its
    # start, so two workers never fail half-way on a lock upgrade; timeout: wait for the lock.
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    "transaction_mode": "IMMEDIATE",
    "timeout": 30,
}


def _database() -> dict:
    url = os.environ.get("DATABASE_URL", "")
    if url:
        db = dj_database_url.parse(url, conn_max_age=0)
    else:
        db = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(DATA_DIR / "keurmerk.sqlite3")}
    if db["ENGINE"].endswith("sqlite3"):
        db.setdefault("OPTIONS", {}).update(_SQLITE_OPTIONS)
        # Tests: a file (not memory), so worker processes started by a test see the same database.
        db["TEST"] = {"NAME": str(DATA_DIR / "test-keurmerk.sqlite3")}
    return db


DATABASES = {"default": _database()}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "nl"
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"

# --------------------------------------------------------------------------- task queue (Huey)
_QUEUE_URL = os.environ.get("KEURMERK_QUEUE_URL", "")
if _QUEUE_URL.startswith(("redis://", "rediss://", "unix://")):
    HUEY = {
        "huey_class": "huey.RedisHuey",
        "name": os.environ.get("KEURMERK_QUEUE_NAME", "keurmerk"),
        "url": _QUEUE_URL,
        "immediate": False,
        "results": False,
        "utc": True,
    }
else:
    HUEY = {
        "huey_class": "huey.SqliteHuey",
        "name": "keurmerk",
        "filename": _QUEUE_URL.removeprefix("sqlite:///") if _QUEUE_URL else str(DATA_DIR / "queue.sqlite3"),
        "immediate": False,
        "results": False,
        "utc": True,
    }

# --------------------------------------------------------------------------- batches
KEURMERK_RESCAN_SCHEDULE = os.environ.get("KEURMERK_RESCAN_SCHEDULE", "0 3 1 * *")
# A claimed site is held for this long; the worker renews the claim every third of it (heartbeat).
# A worker that died (kill -9) loses its claim when the lease runs out; another worker takes over.
KEURMERK_LEASE_SECONDS = float(os.environ.get("KEURMERK_LEASE_SECONDS", "120"))
# A site that could not be read is tried again later in the batch, at most this many times in all.
KEURMERK_MAX_ATTEMPTS = int(os.environ.get("KEURMERK_MAX_ATTEMPTS", "3"))
KEURMERK_RETRY_DELAY_SECONDS = float(os.environ.get("KEURMERK_RETRY_DELAY_SECONDS", "600"))
# Sites a worker crawls together in one crawler process (concurrently).
KEURMERK_SITES_PER_CRAWL = int(os.environ.get("KEURMERK_SITES_PER_CRAWL", "4"))
# Queue tasks started per batch (each works through the batch until it is finished).
KEURMERK_TASKS_PER_BATCH = int(os.environ.get("KEURMERK_TASKS_PER_BATCH", "4"))
KEURMERK_DEFAULT_YEAR = int(os.environ.get("KEURMERK_YEAR", "2025"))

# --------------------------------------------------------------------------- web pages
LOGIN_URL = "web:login"
LOGIN_REDIRECT_URL = "web:home"
LOGOUT_REDIRECT_URL = "web:login"
# Password reset mails: printed on the console unless an SMTP server is configured.
EMAIL_BACKEND = os.environ.get("KEURMERK_EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("KEURMERK_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("KEURMERK_EMAIL_PORT", "25"))
DEFAULT_FROM_EMAIL = os.environ.get("KEURMERK_EMAIL_FROM", "keurmerk-scan@localhost")
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy of every page (service.web.security): no inline script, nothing external.
KEURMERK_CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")
# Self-scans per account: at most this many running at once, and this many started per day.
KEURMERK_SELFSCAN_MAX_RUNNING = int(os.environ.get("KEURMERK_SELFSCAN_MAX_RUNNING", "1"))
KEURMERK_SELFSCAN_MAX_PER_DAY = int(os.environ.get("KEURMERK_SELFSCAN_MAX_PER_DAY", "5"))
# Crawl options of self-scans (on top of the defaults; the address guard is always on).
KEURMERK_SELFSCAN_CRAWL_OPTIONS: dict = {}
# Networks a self-scan may fetch despite the address guard. Tests only (loopback fixture sites);
# deliberately not read from the environment.
KEURMERK_SELFSCAN_ALLOWED_NETWORKS: list[str] = []

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "loggers": {
        "huey": {"handlers": ["console"], "level": os.environ.get("KEURMERK_QUEUE_LOG", "WARNING"), "propagate": False},
        "service": {"handlers": ["console"], "level": os.environ.get("KEURMERK_SERVICE_LOG", "WARNING"),
                    "propagate": False},
    },
}
