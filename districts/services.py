from django.db import transaction

from districts.models import CouncilMembership


@transaction.atomic
def council_member_add(
    *, user, district, function_form, function=CouncilMembership.Function.COUNCILLOR
):
    """Seat the user on the district's council; they may then post its news.

    function_form (CouncilMembership.FunctionForm) is how the person's function is named:
    „Radna” or „Radny”. It has no default: only the person knows it. The membership's save
    puts the user in the council group (common.roles).
    """
    wanted = {"function": function, "function_form": function_form}
    membership, created = CouncilMembership.objects.get_or_create(
        user=user, district=district, defaults=wanted
    )
    changed = [name for name, value in wanted.items() if getattr(membership, name) != value]
    if not created and changed:
        for name in changed:
            setattr(membership, name, wanted[name])
        membership.save(update_fields=changed)
    return membership


@transaction.atomic
def council_member_remove(*, membership: CouncilMembership) -> None:
    """Take the seat away; with the last seat goes the council group and the news panel."""
    membership.delete()
