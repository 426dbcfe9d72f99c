"""A site page with its recording (the PJM video) passes axe-core like every other page."""

from django.core.files.base import ContentFile

from czestochowa_portal.models import SitePage
from tests.browser.axe import axe_violations

MP4_HEAD = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"


def test_the_sign_language_page_with_its_video_has_no_axe_violations(page, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    sign_language = SitePage.objects.get(kind=SitePage.Kind.SIGN_LANGUAGE)
    sign_language.video.save("pjm.mp4", ContentFile(MP4_HEAD), save=False)
    sign_language.video_captions.save(
        "pjm.vtt", ContentFile(b"WEBVTT\n\n00:00.000 --> 00:02.000\nDzien dobry.\n"), save=False
    )
    sign_language.save()
    page.goto("/informacja-pjm/")
    assert page.locator("video track[kind=captions]").count() == 1
    assert axe_violations(page) == ""
    assert page.csp_violations == []
