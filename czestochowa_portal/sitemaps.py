from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from consultations.models import Consultation
from czestochowa_portal.models import AccessibilityStatement, SitePage
from districts.models import District


class SitePageSitemap(Sitemap):
    changefreq = "monthly"

    def items(self):
        return list(SitePage.objects.all()) + list(AccessibilityStatement.objects.all())

    def lastmod(self, item):
        return getattr(item, "updated_at", None)


class SectionSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return [
            "consultations:list",
            "news:list",
            "surveys:list",
            "results",
            "calendar",
            "districts:list",
        ]

    def location(self, item):
        return reverse(item)


class DistrictSitemap(Sitemap):
    changefreq = "weekly"

    def items(self):
        return District.objects.all()


class ConsultationSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return Consultation.objects.published().order_by("pk")

    def lastmod(self, item):
        return item.updated_at


SITEMAPS = {
    "consultations": ConsultationSitemap,
    "pages": SitePageSitemap,
    "sections": SectionSitemap,
    "districts": DistrictSitemap,
}
