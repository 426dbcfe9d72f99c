from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from districts.models import District
from news.selectors import visible_news

FEED_SIZE = 20


class NewsFeed(Feed):
    title = "Aktualności – Konsultacje Społeczne Częstochowa"
    description = "Wiadomości Urzędu Miasta Częstochowy i rad dzielnic."
    language = "pl"

    def link(self):
        return reverse("news:list")

    def items(self):
        return visible_news()[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_pubdate(self, item):
        return item.publish_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_author_name(self, item):
        return item.source_name

    def item_categories(self, item):
        return [item.district.name] if item.district else ["Cała Częstochowa"]


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed
    subtitle = NewsFeed.description


class DistrictNewsFeed(NewsFeed):
    def get_object(self, request, slug):
        return get_object_or_404(District, slug=slug)

    def title(self, district):
        return f"Aktualności – {district.council_name}"

    def description(self, district):
        return f"Wiadomości Rady Dzielnicy {district.name_genitive} w Częstochowie."

    def link(self, district):
        return district.get_absolute_url()

    def items(self, district):
        return visible_news().for_district(district)[:FEED_SIZE]


class DistrictNewsAtomFeed(DistrictNewsFeed):
    feed_type = Atom1Feed

    def subtitle(self, district):
        return self.description(district)
