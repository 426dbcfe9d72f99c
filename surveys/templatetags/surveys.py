from django import template

from common.datetimes import polish_datetime
from surveys import printing
from surveys.selectors import surveys_of_consultation

register = template.Library()


@register.inclusion_tag("surveys/includes/consultation_surveys.html")
def consultation_surveys(consultation):
    """The published surveys of a consultation, for its page (one query).

    Only titles and dates, which do not change with the clock: the page is stored for
    anonymous visitors, and a survey's save renews it (Survey.save).
    """
    surveys = surveys_of_consultation(consultation)
    for survey in surveys:
        survey.opens = polish_datetime(survey.opens_at)
        survey.closes = polish_datetime(survey.closes_at)
    return {"surveys": surveys}


@register.filter
def paper_hint(question):
    return printing.paper_hint(question)
