"""Stored files answered by a view that has checked who may see them.

Behind nginx (MEDIA_ACCEL_REDIRECT set) the view only names the file in X-Accel-Redirect
and nginx sends it from an `internal` location, with ranges and sendfile, so a download
costs the portal one query; without nginx the view streams the file itself.
"""

from urllib.parse import quote

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse
from django.utils.cache import add_never_cache_headers
from django.utils.http import content_disposition_header


def stored_file_response(file, *, filename: str, content_type: str, public: bool):
    """The file shown in the browser under a readable name; never cached unless public."""
    if settings.MEDIA_ACCEL_REDIRECT:
        response = HttpResponse(content_type=content_type)
        response["X-Accel-Redirect"] = settings.MEDIA_ACCEL_REDIRECT + quote(file.name)
    else:
        try:
            response = FileResponse(file.open("rb"), content_type=content_type)
        except FileNotFoundError:
            raise Http404("Nie ma takiego pliku.") from None
    response["Content-Disposition"] = content_disposition_header(False, filename)
    if not public:
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex"
    return response
