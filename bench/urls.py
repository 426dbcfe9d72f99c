from django.urls import path

from bench.views import floor, floor_form
from czestochowa_portal.urls import urlpatterns as portal_urlpatterns

urlpatterns = [
    path("bench/floor/", floor),
    path("bench/floor-form/", floor_form),
    *portal_urlpatterns,
]
