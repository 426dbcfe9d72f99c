from django.contrib.auth.models import Group
from django.db import transaction

from common import roles
from districts.models import CouncilMembership


@transaction.atomic
def council_member_add(*, user, district, function=CouncilMembership.Function.COUNCILLOR):
    """Seat the user on the district's council; they may then post its news."""
    membership, created = CouncilMembership.objects.get_or_create(
        user=user, district=district, defaults={"function": function}
    )
    if not created and membership.function != function:
        membership.function = function
        membership.save(update_fields=["function"])
    user.groups.add(Group.objects.get(name=roles.COUNCIL))
    return membership
