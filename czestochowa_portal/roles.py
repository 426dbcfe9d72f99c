"""The portal's roles as Django groups, and the admin permissions each group carries.

The groups are created by a migration (czestochowa_portal 0002) and kept in step by
`sync_group_permissions`, so adding a model to a role is a change here plus a migration.
"""

STAFF = "Pracownicy wydziałów"
COUNCIL = "Członkowie rad dzielnic"
MODERATORS = "Moderatorzy"

GROUP_PERMISSIONS = {
    STAFF: [
        "consultations.view_department",
        "districts.view_district",
        "districts.view_dutyhour",
        "districts.view_councilmembership",
    ],
    COUNCIL: [
        "districts.view_district",
    ],
    MODERATORS: [
        "czestochowa_portal.view_sitepage",
    ],
}


def sync_group_permissions(group_model, permission_model):
    """Create the role groups and give each exactly its listed permissions.

    Takes the models as arguments so that migrations can pass their historical ones.
    """
    for group_name, permission_names in GROUP_PERMISSIONS.items():
        group, _ = group_model.objects.get_or_create(name=group_name)
        permissions = []
        for dotted in permission_names:
            app_label, codename = dotted.split(".")
            permissions.append(
                permission_model.objects.get(content_type__app_label=app_label, codename=codename)
            )
        group.permissions.set(permissions)
