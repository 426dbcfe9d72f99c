"""RSS and Atom feeds of newly published consultations, under /kanaly/."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from consultations.models import Consultation


class NewConsultationsFeed(Feed):
    title = "Nowe konsultacje społeczne w Częstochowie"
    description = (
        "Konsultacje ogłoszone przez jednostki Urzędu Miasta Częstochowy: "
        "czego dotyczą, do kiedy trwają i jak wziąć w nich udział."
    )

    def link(self):
        return reverse("consultations:list")

    def items(self):
        return (
            Consultation.objects.published()
            .select_related("department", "category")
            .order_by("-published_at", "-pk")[:30]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated_at

    def item_categories(self, item):
        return [item.category.name, item.department.code]

    def item_author_name(self, item):
        return item.department.name


class NewConsultationsAtomFeed(NewConsultationsFeed):
    feed_type = Atom1Feed
    subtitle = NewConsultationsFeed.description
