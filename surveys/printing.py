"""The printed questionnaire's QR code: the survey's address drawn as inline SVG by segno."""

import io

import segno
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe


def qr_code_svg(address: str) -> SafeString:
    """An SVG QR code of the address, named for screen readers by the address itself.

    Only a viewBox, no size: the print style sheet gives it 3 cm, which every phone reads.
    """
    code = segno.make(address, error="m", micro=False)
    buffer = io.BytesIO()
    code.save(
        buffer,
        kind="svg",
        xmldecl=False,
        svgns=True,
        border=2,
        svgclass="qr-code",
        lineclass=None,
        omitsize=True,
    )
    label = escape(f"Kod QR z adresem ankiety w internecie: {address}")
    named = f'<svg role="img" aria-label="{label}" '
    return mark_safe(buffer.getvalue().decode().replace("<svg ", named, 1))


def paper_hint(question) -> str:
    """What the printed question asks the resident to do with the boxes or lines."""
    from surveys.models import Question
    from surveys.wording import answers_count

    kind = question.kind
    Kind = Question.Kind
    if kind in (Kind.SINGLE, Kind.YES_NO, Kind.DISTRICT):
        return "Prosimy zaznaczyć jedną odpowiedź."
    if kind == Kind.SCALE:
        return "Prosimy zaznaczyć jedną ocenę."
    if kind == Kind.MULTIPLE:
        limits = []
        if question.min_choices:
            limits.append(f"co najmniej {answers_count(question.min_choices)}")
        if question.max_choices:
            limits.append(f"najwyżej {answers_count(question.max_choices)}")
        if limits:
            return f"Prosimy zaznaczyć {' i '.join(limits)}."
        return "Można zaznaczyć kilka odpowiedzi."
    if kind == Kind.RANKING:
        return (
            "Prosimy wpisać w kratki kolejne miejsca: 1 przy najważniejszej odpowiedzi, "
            "2 przy następnej itd."
        )
    if kind == Kind.NUMBER:
        if question.min_value is not None and question.max_value is not None:
            return f"Prosimy wpisać liczbę od {question.min_value} do {question.max_value}."
        return "Prosimy wpisać liczbę."
    if kind == Kind.DATE:
        return "Prosimy wpisać dzień, miesiąc i rok."
    return ""
