from common.collation import polish_sort_key
from districts.models import CouncilMembership

FUNCTION_ORDER = [
    CouncilMembership.Function.CHAIR,
    CouncilMembership.Function.BOARD,
    CouncilMembership.Function.COUNCILLOR,
]


def council_of(district):
    """The council's members: the chair, then the board, then councillors, by surname."""
    members = CouncilMembership.objects.filter(district=district, user__is_active=True)
    return sorted(
        members.select_related("user"),
        key=lambda m: (
            FUNCTION_ORDER.index(m.function),
            polish_sort_key(m.user.last_name),
            polish_sort_key(m.user.first_name),
        ),
    )
