from django.db import transaction

from districts.models import CouncilMembership


@transaction.atomic
def council_member_add(*, user, district, function=CouncilMembership.Function.COUNCILLOR):
    """Seat the user on the district's council; they may then post its news.

    The membership's save puts the user in the council group (common.roles).
    """
    membership, created = CouncilMembership.objects.get_or_create(
        user=user, district=district, defaults={"function": function}
    )
    if not created and membership.function != function:
        membership.function = function
        membership.save(update_fields=["function"])
    return membership


@transaction.atomic
def council_member_remove(*, membership: CouncilMembership) -> None:
    """Take the seat away; with the last seat goes the council group and the news panel."""
    membership.delete()
