from django.urls import path

from bench.views import floor
from czestochowa_portal.urls import urlpatterns as portal_urlpatterns

urlpatterns = [path("bench/floor/", floor), *portal_urlpatterns]
