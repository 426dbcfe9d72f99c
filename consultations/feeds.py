"""RSS and Atom feeds of newly published consultations, under /kanaly/."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed

from common.datetimes import polish_date
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

    # A withdrawn consultation stays in the feed under its own link, renamed and with the
    # reason, so that a reader who saw it announced also learns that it was withdrawn.
    def item_title(self, item):
        return f"Wycofane: {item.title}" if item.is_withdrawn else item.title

    def item_description(self, item):
        if item.is_withdrawn:
            return (
                f"Konsultacje wycofano {polish_date(item.withdrawn_at)} "
                f"Powód: {item.withdrawal_reason}"
            )
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
