from django.urls import path

from participation import views

app_name = "participation"
urlpatterns = [
    path("konsultacje/<slug:slug>/projekt/", views.draft, name="draft"),
    path("konsultacje/<slug:slug>/komentarze/dodaj/", views.comment_add, name="comment_add"),
    path(
        "konsultacje/<slug:slug>/komentarze/<int:pk>/odpowiedz/",
        views.comment_reply,
        name="comment_reply",
    ),
    path(
        "konsultacje/<slug:slug>/komentarze/<int:pk>/zmien/",
        views.comment_edit,
        name="comment_edit",
    ),
    path(
        "konsultacje/<slug:slug>/komentarze/<int:pk>/wycofaj/",
        views.comment_withdraw,
        name="comment_withdraw",
    ),
    path(
        "konsultacje/<slug:slug>/komentarze/<int:pk>/zglos/",
        views.comment_report,
        name="comment_report",
    ),
    path(
        "konsultacje/<slug:slug>/komentarze/<int:pk>/odpowiedz-urzedu/",
        views.official_answer,
        name="official_answer",
    ),
    path("konsultacje/<slug:slug>/uwagi/", views.remarks, name="remarks"),
    path("konsultacje/<slug:slug>/uwagi/zglos/", views.remark_add, name="remark_add"),
    path(
        "konsultacje/<slug:slug>/uwagi/<int:number>/przyjeta/",
        views.remark_received,
        name="remark_received",
    ),
    path("moderacja/", views.moderation_queue, name="moderation"),
    path("moderacja/komentarze/<int:pk>/", views.moderation_review, name="moderation_review"),
]
