from django.contrib.auth.models import Group
from django.db import transaction

from consultations.models import DepartmentMembership
from czestochowa_portal import roles


@transaction.atomic
def department_member_add(*, user, department) -> DepartmentMembership:
    """Make the user a member of staff of the department, with admin access."""
    membership, _ = DepartmentMembership.objects.get_or_create(user=user, department=department)
    if not user.is_staff:
        user.is_staff = True
        user.save(update_fields=["is_staff"])
    user.groups.add(Group.objects.get(name=roles.STAFF))
    return membership
