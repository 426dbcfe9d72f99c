from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from czestochowa_portal.demo import DEMO_PASSWORD, seed_demo
from surveys.demo import CODES_SURVEY, unused_demo_codes


class Command(BaseCommand):
    help = "Fill the database with demo data and demo accounts (only with DEBUG on)."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError(
                "seed_demo creates accounts with a published password; it runs only with DEBUG=1."
            )
        accounts = seed_demo()
        self.stdout.write(self.style.SUCCESS("Demo data ready. Demo accounts:"))
        for account in accounts:
            self.stdout.write(f"  {account.email:<36} {account.role}")
        self.stdout.write(f"Password for every demo account: {DEMO_PASSWORD}")
        self.stdout.write(
            f"Unused single-use codes of /ankiety/{CODES_SURVEY}/: "
            + ", ".join(unused_demo_codes()[:5])
        )
