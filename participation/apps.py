from django.apps import AppConfig


class ParticipationConfig(AppConfig):
    verbose_name = "Udział mieszkańców"
    name = "participation"

    def ready(self):
        from participation import slots  # noqa: F401 - fills the discussion's slots
