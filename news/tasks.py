from celery import shared_task

from news.photos import stale_kept_photos_delete


@shared_task
def delete_stale_kept_photos():
    stale_kept_photos_delete()
