"""Who may see what of the portal's own pages."""

LOCAL_ADDRESSES = {"127.0.0.1", "::1"}
PROXY_HEADERS = (
    "HTTP_FORWARDED",
    "HTTP_X_FORWARDED_FOR",
    "HTTP_X_FORWARDED_PROTO",
    "HTTP_X_REAL_IP",
)


def can_see_health_details(request) -> bool:
    """Staff, or someone on the app server itself: which engine is down is not for the public.

    nginx on the same machine also connects from 127.0.0.1, but it adds its forwarding
    headers; a request that carries one came from outside.
    """
    if request.user.is_authenticated and request.user.is_staff:
        return True
    return request.META.get("REMOTE_ADDR") in LOCAL_ADDRESSES and not any(
        header in request.META for header in PROXY_HEADERS
    )
