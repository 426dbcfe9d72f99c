from django.db import transaction
from django.utils import timezone

from common.slugs import save_with_unique_slug
from news.models import News
from news.photos import is_new_upload, thumbnail_of

# Fixed addresses under /aktualnosci/ that a news item's slug must not take.
RESERVED_SLUGS = {"panel", "archiwum"}


@transaction.atomic
def news_create(
    *, author, title, lead, body, district, state, publish_at, image=None, image_alt=""
):
    news = News(
        author=author,
        title=title,
        lead=lead,
        body=body,
        district=district,
        state=state,
        publish_at=publish_at or timezone.now(),
        image=image or "",
        image_thumbnail=thumbnail_of(image) if image else "",
        image_alt=image_alt,
    )
    news._change_reason = "Utworzenie"
    return save_with_unique_slug(news, title, max_length=220, reserved=RESERVED_SLUGS)


@transaction.atomic
def news_update(*, news, editor, **fields):
    """Change the given fields; the slug stays, so printed and shared links keep working."""
    for name, value in fields.items():
        setattr(news, name, value)
    if "image" in fields and not fields["image"]:
        news.image_thumbnail = ""
    elif is_new_upload(fields.get("image")):
        news.image_thumbnail = thumbnail_of(fields["image"])
    if not news.publish_at:
        news.publish_at = timezone.now()
    news._history_user = editor
    news.save()
    return news


@transaction.atomic
def news_publish(*, news, editor):
    """Publish a draft now, from the panel's „Opublikuj”."""
    news.state = News.State.PUBLISHED
    news.publish_at = timezone.now()
    news._history_user = editor
    news._change_reason = "Publikacja"
    news.save(update_fields=["state", "publish_at", "updated_at"])
    return news


@transaction.atomic
def news_unpublish(*, news, editor):
    news.state = News.State.DRAFT
    news._history_user = editor
    news._change_reason = "Wycofanie z publikacji"
    news.save(update_fields=["state", "updated_at"])
    return news


@transaction.atomic
def news_delete(*, news, editor):
    news._history_user = editor
    news._change_reason = "Usunięcie"
    news.delete()
