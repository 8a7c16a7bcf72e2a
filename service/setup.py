"""Start Django for the command line and the worker: settings, app registry, database schema."""
from __future__ import annotations

import os

_ready = False


def setup_django(migrate: bool = True) -> None:
    """Configure Django once per process; apply pending migrations (cheap when there are none)."""
    global _ready
    if _ready:
        return
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "service.settings")
    import django

    django.setup()
    if migrate:
        from django.core.management import call_command

        call_command("migrate", verbosity=0, interactive=False)
    _ready = True
