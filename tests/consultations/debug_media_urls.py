"""The URLs runserver has with DEBUG on (the tests run with DEBUG off)."""

from czestochowa_portal.urls import public_media_urlpatterns
from czestochowa_portal.urls import urlpatterns as portal_urlpatterns

urlpatterns = portal_urlpatterns + public_media_urlpatterns()
