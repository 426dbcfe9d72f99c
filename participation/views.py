"""The discussion's own pages: the draft, the comment forms (also the no-JavaScript path
after an error or before the first comment), reports and the moderators' queue.

The discussion itself is shown on the consultation's page by the `discussion` template tag
(participation/templatetags/participation.py); consultations/ does not import this app.
"""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from common.pagination import page_query
from common.roles import check_second_factor
from consultations.models import Consultation
from consultations.pagecache import stored_for_everyone
from participation import permissions, selectors, services
from participation.forms import (
    BlockForm,
    CommentForm,
    HideForm,
    OfficialAnswerForm,
    ParticipantForm,
    RemarkForm,
    ReportForm,
    RestoreForm,
    TextWithHoneypotForm,
)
from participation.models import Comment, Remark
from participation.plaintext import plain_text_html
from participation.services import ParticipationRefused

PARTICIPANT_PREFIX = "uczestnik"


def _consultation(slug) -> Consultation:
    consultation = (
        Consultation.objects.published()
        .select_related("department")
        .prefetch_related("methods")
        .filter(slug=slug)
        .first()
    )
    if consultation is None:
        raise Http404("Nie ma takich konsultacji.")
    return consultation


def _comment(consultation, pk) -> Comment:
    return get_object_or_404(
        Comment.objects.select_related("unit", "parent"), consultation=consultation, pk=pk
    )


def _discussion_url(consultation, comment=None, unit=None) -> str:
    url = reverse("consultations:detail", args=[consultation.slug])
    query = []
    if unit is not None:
        query.append(f"jednostka={unit.slug}")
    if comment is not None:
        page = selectors.page_of_comment(comment, unit=unit)
        if page > 1:
            query.append(f"strona={page}")
    if query:
        url += "?" + "&".join(query)
    return url + (f"#{comment.anchor}" if comment is not None else "#dyskusja")


def _shown(comment):
    comment.html = plain_text_html(comment.text)
    return comment


@require_safe
def draft(request, slug):
    """The consultation's draft documents, unit by unit, with comment counts and anchors."""
    consultation = _consultation(slug)
    documents = selectors.drafts_with_comment_counts(consultation)
    if not documents:
        raise Http404("Te konsultacje nie mają projektu dokumentu.")
    now = timezone.now()
    viewer = permissions.viewer_for(request.user, now)
    return render(
        request,
        "participation/draft.html",
        {
            "consultation": consultation,
            "documents": documents,
            "phase": permissions.discussion_phase(consultation, now),
            "may_comment": permissions.can_comment(viewer, consultation) or not viewer.is_signed_in,
            "remarks_open": permissions.remarks_form_phase(consultation, now) == "open",
        },
    )


# --- Comments and replies -----------------------------------------------------------------


def _comment_form_page(request, context, *, status=200):
    return render(request, "participation/comment_form.html", context, status=status)


def _post(request, consultation, *, parent=None):
    """Validate and save a comment or a reply; the Regulamin step first when it is due.

    Whatever happens, what the person typed comes back to them in the form.
    """
    now = timezone.now()
    viewer = permissions.viewer_for(request.user, now)
    units = [] if parent is not None else list(selectors.units_of(consultation))
    form = CommentForm(request.POST, units=units)
    participant_form = None
    if not viewer.has_accepted_terms:
        submitted = f"{PARTICIPANT_PREFIX}-display_name" in request.POST
        participant_form = ParticipantForm(
            request.POST if submitted else None, prefix=PARTICIPANT_PREFIX
        )
    context = {
        "consultation": consultation,
        "parent": _shown(parent) if parent is not None else None,
        "form": form,
        "participant_form": participant_form,
        "action": request.path,
    }
    if reason := permissions.why_cannot_comment(viewer, consultation):
        form.is_valid()  # the typed text is shown again, checked
        return _comment_form_page(request, context | {"refusal": reason}, status=403)
    if parent is not None and not permissions.can_reply(viewer, parent, consultation):
        raise PermissionDenied
    ready = form.is_valid() and (participant_form is None or participant_form.is_valid())
    if not ready:
        return _comment_form_page(request, context)
    try:
        with transaction.atomic():
            if participant_form is not None:
                services.participant_join(
                    user=request.user, display_name=participant_form.cleaned_data["display_name"]
                )
            comment = services.comment_add(
                author=request.user,
                consultation=consultation,
                text=form.cleaned_data["text"],
                unit=form.cleaned_data.get("unit"),
                parent=parent,
            )
    except ParticipationRefused as refusal:
        return _comment_form_page(
            request, context | {"refusal": refusal.message}, status=refusal.status
        )
    messages.success(request, "Dodano komentarz. Dziękujemy za udział w konsultacjach.")
    return redirect(_discussion_url(consultation, comment, unit=comment.unit))


@login_required
def comment_add(request, slug):
    consultation = _consultation(slug)
    if request.method != "POST":
        return redirect(reverse("consultations:detail", args=[slug]) + "#nowy-komentarz")
    return _post(request, consultation)


@login_required
def comment_reply(request, slug, pk):
    consultation = _consultation(slug)
    parent = _comment(consultation, pk)
    if request.method == "POST":
        return _post(request, consultation, parent=parent)
    viewer = permissions.viewer_for(request.user, timezone.now())
    if not permissions.can_reply(viewer, parent, consultation):
        raise PermissionDenied
    participant_form = None
    if not viewer.has_accepted_terms:
        participant_form = ParticipantForm(prefix=PARTICIPANT_PREFIX)
    return _comment_form_page(
        request,
        {
            "consultation": consultation,
            "parent": _shown(parent),
            "form": CommentForm(),
            "participant_form": participant_form,
            "action": request.path,
        },
    )


@login_required
def comment_edit(request, slug, pk):
    consultation = _consultation(slug)
    comment = _comment(consultation, pk)
    now = timezone.now()
    viewer = permissions.viewer_for(request.user, now)
    if comment.author_id != request.user.pk:
        raise PermissionDenied
    context = {"consultation": consultation, "comment": comment, "editing": True}
    if request.method == "POST":
        form = TextWithHoneypotForm(request.POST)
        context["form"] = form
        if form.is_valid():
            try:
                services.comment_edit(
                    comment=comment, editor=request.user, text=form.cleaned_data["text"]
                )
            except ParticipationRefused as refusal:
                return _comment_form_page(
                    request, context | {"refusal": refusal.message}, status=refusal.status
                )
            messages.success(request, "Zapisano poprawiony komentarz.")
            return redirect(_discussion_url(consultation, comment))
        return _comment_form_page(request, context)
    if not permissions.can_edit(viewer, comment, consultation):
        context["form"] = TextWithHoneypotForm(initial={"text": comment.text})
        return _comment_form_page(
            request,
            context
            | {
                "refusal": "Tego komentarza nie można już poprawić: od jego dodania minęło "
                "więcej niż 15 minut, został wycofany lub ukryty albo dyskusja się zakończyła."
            },
            status=403,
        )
    context["form"] = TextWithHoneypotForm(initial={"text": comment.text})
    context["editable_until"] = timezone.localtime(comment.editable_until())
    return _comment_form_page(request, context)


@login_required
def comment_withdraw(request, slug, pk):
    consultation = _consultation(slug)
    comment = _comment(consultation, pk)
    viewer = permissions.viewer_for(request.user, timezone.now())
    if not permissions.can_withdraw(viewer, comment, consultation):
        raise PermissionDenied
    if request.method == "POST":
        try:
            services.comment_withdraw(comment=comment, by=request.user)
        except ParticipationRefused as refusal:
            # A second click that arrives while the first is being saved.
            messages.info(request, str(refusal))
        else:
            messages.success(
                request, "Komentarz wycofano. Odpowiedzi innych osób zostają na miejscu."
            )
        return redirect(_discussion_url(consultation, comment))
    return render(
        request,
        "participation/comment_withdraw.html",
        {"consultation": consultation, "comment": _shown(comment)},
    )


@login_required
def comment_report(request, slug, pk):
    consultation = _consultation(slug)
    comment = _comment(consultation, pk)
    viewer = permissions.viewer_for(request.user, timezone.now())
    if not permissions.can_report(viewer, comment, consultation):
        raise PermissionDenied
    already = comment.reports.filter(reporter=request.user).exists()
    form = ReportForm(request.POST or None)
    if request.method == "POST" and not already and form.is_valid():
        try:
            services.comment_report(
                comment=comment,
                reporter=request.user,
                reason=form.cleaned_data["reason"],
                note=form.cleaned_data["note"],
            )
        except ParticipationRefused:
            # The same person's report sent twice at once: the first one counts.
            already = True
        else:
            messages.success(request, "Dziękujemy za zgłoszenie. Moderatorzy sprawdzą komentarz.")
            return redirect(_discussion_url(consultation, comment))
    return render(
        request,
        "participation/comment_report.html",
        {
            "consultation": consultation,
            "comment": _shown(comment),
            "form": form,
            "already": already,
        },
    )


@login_required
def official_answer(request, slug, pk):
    consultation = _consultation(slug)
    comment = _comment(consultation, pk)
    viewer = permissions.viewer_for(request.user, timezone.now())
    if not permissions.can_answer_officially(viewer, comment, consultation):
        raise PermissionDenied
    check_second_factor(request)
    form = OfficialAnswerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.official_answer_add(
            comment=comment, author=request.user, text=form.cleaned_data["text"]
        )
        messages.success(request, "Opublikowano odpowiedź w imieniu jednostki.")
        return redirect(_discussion_url(consultation, comment))
    return _comment_form_page(
        request,
        {
            "consultation": consultation,
            "parent": _shown(comment),
            "form": form,
            "official": True,
            "action": request.path,
        },
    )


# --- Remarks on the form -------------------------------------------------------------------


@login_required
def remark_add(request, slug):
    """The remarks form: while the consultation is open, for verified residents; what was
    typed comes back with every refusal, so that it can still be sent another way."""
    consultation = _consultation(slug)
    now = timezone.now()
    phase = permissions.remarks_form_phase(consultation, now)
    if phase == "absent":
        raise Http404("Te konsultacje nie zbierają uwag na formularzu.")
    viewer = permissions.viewer_for(request.user, now)
    rules = consultation.procedure_rules
    form = RemarkForm(
        request.POST if request.method == "POST" else None,
        units=list(selectors.units_of(consultation)),
        personal_data=rules.name_and_address_required,
        initial={"unit": request.GET.get("jednostka", "")[:100]},
    )
    context = {
        "consultation": consultation,
        "form": form,
        "procedure": rules,
        "phase": phase,
    }
    refusal = permissions.why_cannot_file_remark(viewer, consultation)
    if refusal:
        if form.is_bound:
            form.is_valid()  # the typed text is shown again, checked
        return _remark_form_page(request, context | {"refusal": refusal}, status=403)
    if not form.is_bound or not form.is_valid():
        return _remark_form_page(request, context)
    try:
        remark = services.remark_file(
            author=request.user, consultation=consultation, now=now, **form.remark_fields()
        )
    except ParticipationRefused as refusal:
        return _remark_form_page(
            request, context | {"refusal": refusal.message}, status=refusal.status
        )
    return redirect("participation:remark_received", slug=slug, number=remark.number)


def _remark_form_page(request, context, *, status=200):
    return render(request, "participation/remark_form.html", context, status=status)


@login_required
@require_safe
def remark_received(request, slug, number):
    """The confirmation with the remark's number, for its author only."""
    consultation = _consultation(slug)
    remark = get_object_or_404(
        Remark.objects.select_related("unit"),
        consultation=consultation,
        number=number,
        author=request.user,
        channel=Remark.Channel.ONLINE,
    )
    remark.html = plain_text_html(remark.content)
    return render(
        request,
        "participation/remark_received.html",
        {"consultation": consultation, "remark": remark},
    )


@require_safe
@stored_for_everyone
def remarks(request, slug):
    """The consultation's remarks by number, never with their authors; the department's
    dispositions once the results are published."""
    consultation = _consultation(slug)
    now = timezone.now()
    phase = permissions.remarks_form_phase(consultation, now)
    page = selectors.public_remarks_page(consultation, page_number=request.GET.get("strona"))
    if phase == "absent" and not page.paginator.count:
        raise Http404("Te konsultacje nie mają uwag.")
    show_dispositions = consultation.results_published_at is not None
    for remark in page.object_list:
        remark.content_html = plain_text_html(remark.content)
        remark.wording_html = plain_text_html(remark.proposed_wording)
        remark.justification_html = plain_text_html(remark.justification)
        remark.shown_disposition = (
            getattr(remark, "disposition", None) if show_dispositions else None
        )
    return render(
        request,
        "participation/remarks.html",
        {
            "consultation": consultation,
            "page": page,
            "phase": phase,
            "show_dispositions": show_dispositions,
            "page_query": page_query(request, "strona"),
        },
    )


# --- Moderation -----------------------------------------------------------------------------


def _require_moderator(request):
    if not permissions.can_moderate(permissions.viewer_for(request.user, timezone.now())):
        raise PermissionDenied
    check_second_factor(request)


@login_required
@require_safe
def moderation_queue(request):
    _require_moderator(request)
    comments = [_shown(comment) for comment in selectors.moderation_queue()[:100]]
    return render(
        request,
        "participation/moderation_queue.html",
        {"comments": comments, "threshold": settings.COMMENT_REPORT_THRESHOLD},
    )


@login_required
def moderation_review(request, pk):
    _require_moderator(request)
    comment = get_object_or_404(
        Comment.objects.select_related("consultation", "author__participant", "unit"), pk=pk
    )
    forms = {
        "hide_form": HideForm(prefix="ukryj"),
        "restore_form": RestoreForm(prefix="przywroc"),
        "block_form": BlockForm(prefix="zablokuj"),
    }
    if request.method == "POST":
        action = request.POST.get("action")
        if action == "ukryj":
            form = forms["hide_form"] = HideForm(request.POST, prefix="ukryj")
            if form.is_valid():
                services.comment_hide(
                    comment=comment, moderator=request.user, reason=form.cleaned_data["reason"]
                )
                messages.success(request, "Komentarz ukryto z podaniem powodu.")
                return redirect("participation:moderation")
        elif action == "przywroc":
            form = forms["restore_form"] = RestoreForm(request.POST, prefix="przywroc")
            if form.is_valid():
                services.comment_restore(
                    comment=comment, moderator=request.user, reason=form.cleaned_data["reason"]
                )
                messages.success(request, "Komentarz znów jest widoczny.")
                return redirect("participation:moderation")
        elif action == "zablokuj":
            form = forms["block_form"] = BlockForm(request.POST, prefix="zablokuj")
            if form.is_valid():
                try:
                    services.participant_block(
                        user=comment.author,
                        moderator=request.user,
                        days=form.cleaned_data["days"],
                        reason=form.cleaned_data["reason"],
                        comment=comment,
                    )
                except ParticipationRefused as refusal:
                    form.add_error(None, refusal.message)
                else:
                    messages.success(request, "Zablokowano komentowanie tej osobie.")
                    return redirect("participation:moderation")
        else:
            raise PermissionDenied
    reports = list(comment.reports.order_by("created_at", "pk"))
    actions = list(comment.moderation_actions.select_related("moderator").order_by("created_at"))
    return render(
        request,
        "participation/moderation_review.html",
        {"comment": _shown(comment), "reports": reports, "actions": actions, **forms},
    )
