from django import template
from django.utils import timezone

from common.datetimes import polish_datetime
from surveys import polls, printing
from surveys.models import Survey
from surveys.selectors import surveys_of_consultation

register = template.Library()


@register.inclusion_tag("surveys/includes/consultation_surveys.html", takes_context=True)
def consultation_surveys(context, consultation):
    """The published surveys of a consultation, for its page (one query), and its polls.

    Surveys show only titles and dates, which do not change with the clock: the page is
    stored for anonymous visitors, and a survey's save renews it (Survey.save). A poll
    shows its form, or with `?sonda=` in the address (never stored) its thanks and results.
    """
    published = surveys_of_consultation(consultation)
    surveys = [survey for survey in published if survey.kind == Survey.Kind.SURVEY]
    for survey in surveys:
        survey.opens = polish_datetime(survey.opens_at)
        survey.closes = polish_datetime(survey.closes_at)
    request = context.get("request")
    state = request.GET.get("sonda", "") if request is not None else ""
    has_polls = any(survey.kind == Survey.Kind.POLL for survey in published)
    found = polls.consultation_polls(consultation, timezone.now(), state) if has_polls else []
    return {"surveys": surveys, "polls": found}


@register.filter
def paper_hint(question):
    return printing.paper_hint(question)
