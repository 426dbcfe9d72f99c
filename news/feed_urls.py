from django.urls import path

from news import feeds

app_name = "news_feeds"
urlpatterns = [
    path("rss/", feeds.NewsFeed(), name="rss"),
    path("atom/", feeds.NewsAtomFeed(), name="atom"),
    path("<slug:slug>/rss/", feeds.DistrictNewsFeed(), name="district_rss"),
    path("<slug:slug>/atom/", feeds.DistrictNewsAtomFeed(), name="district_atom"),
]
