"""Demo accounts for the web pages: a provider user and a reviewer (``make serve``)."""
from __future__ import annotations

from django.contrib.auth.models import User
from django.core.management.base import BaseCommand

from service.providers.models import Provider, Website
from service.web.models import Profile

DEMO_PASSWORD = "demo-wachtwoord"


class Command(BaseCommand):
    help = "Maak de demo-accounts 'aanbieder' en 'reviewer' (wachtwoord demo-wachtwoord) en een demo-aanbieder."

    def add_arguments(self, parser):
        parser.add_argument("--website", default="https://www.voorbeeldpraktijk.nl/",
                            help="webadres van de demo-aanbieder")

    def handle(self, *args, **options):
        provider, _ = Provider.objects.get_or_create(name="Demo Praktijk")
        Website.objects.get_or_create(provider=provider, url=options["website"])
        for username, role, org in (("aanbieder", Profile.PROVIDER, provider), ("reviewer", Profile.REVIEWER, None)):
            user, created = User.objects.get_or_create(username=username, defaults={"email": f"{username}@example.org"})
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
            Profile.objects.update_or_create(user=user, defaults={"role": role, "provider": org})
        self.stdout.write("Demo-accounts: 'aanbieder' (Demo Praktijk) en 'reviewer', wachtwoord "
                          f"'{DEMO_PASSWORD}'. Open http://127.0.0.1:8000/")
