"""Quick polls (sondy): one question on the home page or a consultation's page.

A poll is answered with a plain form that POSTs to the poll's address and comes back to the
page it was on with `?sonda=dziekujemy#sonda`. What the page shows is the same for every
visitor with the same address — no cookie or session is read to draw it — so the page can
be stored for anonymous visitors; the „already answered” state lives in the address.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.urls import reverse

from common.datetimes import polish_datetime
from surveys import selectors
from surveys.forms import QuestionBlock, SurveyForm, answerable_sections, question_numbers
from surveys.models import Survey
from surveys.permissions import results_public_at
from surveys.wording import counted

# What `?sonda=` may say after answering; anything else is ignored.
THANKS = "dziekujemy"
ALREADY = "odpowiedziano"
STATES = {THANKS, ALREADY}
# How long a closed poll with public results stays on the home page.
SHOWN_AFTER_CLOSING = timedelta(days=14)


@dataclass
class ResultRow:
    label: str
    votes: str
    percent: int


@dataclass
class PollBlock:
    """A poll as a page draws it: the form while it is open, the results where visible."""

    survey: Survey
    block: QuestionBlock
    back: str
    state: str
    is_open: bool
    closes: str
    results: list[ResultRow] | None
    total: str

    @property
    def shows_form(self) -> bool:
        return self.is_open and not self.state


def poll_form(survey, data=None) -> SurveyForm:
    sections = answerable_sections(survey)
    return SurveyForm(
        survey=survey, sections=sections, numbers=question_numbers(sections), data=data
    )


def results_of(survey) -> tuple[list[ResultRow], str]:
    """Each option's share of the responses (two queries), and the number of responses."""
    counts, total = selectors.poll_counts(survey)
    rows = [
        ResultRow(
            label=label,
            votes=counted(votes, "głos", "głosy", "głosów"),
            percent=round(100 * votes / total) if total else 0,
        )
        for label, votes in counts
    ]
    return rows, counted(total, "odpowiedź", "odpowiedzi", "odpowiedzi")


def poll_block(survey, now, *, back: str, state: str = "") -> PollBlock:
    state = state if state in STATES else ""
    is_open = survey.is_open_at(now)
    results, total = None, ""
    if results_public_at(survey, now) and (state or not is_open):
        results, total = results_of(survey)
    return PollBlock(
        survey=survey,
        block=poll_form(survey).blocks()[0],
        back=back,
        state=state,
        is_open=is_open,
        closes=polish_datetime(survey.closes_at),
        results=results,
        total=total,
    )


def home_poll(now, state="") -> PollBlock | None:
    """The poll of the home page: the newest open one, or one closed lately with results."""
    survey = selectors.poll_for_home(now, closed_since=now - SHOWN_AFTER_CLOSING)
    if survey is None or (not survey.is_open_at(now) and not results_public_at(survey, now)):
        return None
    return poll_block(survey, now, back=reverse("home"), state=state)


def consultation_polls(consultation, now, state="") -> list[PollBlock]:
    return [
        poll_block(survey, now, back=consultation.get_absolute_url(), state=state)
        for survey in selectors.polls_of_consultation(consultation)
    ]


def return_address(survey, wanted: str) -> str:
    """Where the answer goes back to: the home page or the poll's consultation, else the
    poll's own page (never an address the form could name freely)."""
    allowed = {reverse("home")}
    if survey.consultation_id and survey.consultation.is_published:
        allowed.add(survey.consultation.get_absolute_url())
    return wanted if wanted in allowed else reverse("surveys:poll", args=[survey.slug])
