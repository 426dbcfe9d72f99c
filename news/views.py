from django.shortcuts import render
from django.views.decorators.http import require_safe


@require_safe
def news_list(request):
    return render(request, "news/news_list.html")
