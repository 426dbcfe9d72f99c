from django.shortcuts import render
from django.views.decorators.http import require_safe


@require_safe
def consultation_list(request):
    return render(request, "consultations/consultation_list.html")


@require_safe
def results(request):
    return render(request, "consultations/results.html")
