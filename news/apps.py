from django.apps import AppConfig


class NewsConfig(AppConfig):
    verbose_name = "Aktualności"
    name = "news"
