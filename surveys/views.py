from django.shortcuts import render
from django.views.decorators.http import require_safe


@require_safe
def survey_list(request):
    return render(request, "surveys/survey_list.html")
