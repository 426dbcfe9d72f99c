"""The portal's roles as Django groups, the admin permissions each group carries, and
who holds them.

The groups are created by a migration (czestochowa_portal 0002); an app whose models
join a role calls `sync_group_permissions` from a data migration of its own. This table
is the whole picture, and tests/portal/test_roles.py checks the database matches it.

The staff and council roles follow the user's memberships (a department's staff, a
district council): `user_roles_sync` recomputes them, and every membership model calls
it whenever a row is saved or deleted, so no way of changing a membership leaves rights
behind.

Staff and superusers use their power only in a session that passed a second factor (TOTP):
the admin, the news panel, draft previews and every other staff-only view call
`check_second_factor`.
"""

from allauth.account.authentication import get_authentication_records
from allauth.mfa.models import Authenticator
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.exceptions import PermissionDenied
from django.db import models, transaction

STAFF = "Pracownicy wydziałów"
COUNCIL = "Członkowie rad dzielnic"
MODERATORS = "Moderatorzy"

GROUP_PERMISSIONS = {
    STAFF: [
        "consultations.view_department",
        "consultations.view_category",
        "consultations.view_method",
        "consultations.view_consultation",
        "consultations.add_consultation",
        "consultations.change_consultation",
        "consultations.view_scheduleitem",
        "consultations.add_scheduleitem",
        "consultations.change_scheduleitem",
        "consultations.delete_scheduleitem",
        "consultations.view_material",
        "consultations.add_material",
        "consultations.change_material",
        "consultations.delete_material",
        "districts.view_district",
        "districts.view_dutyhour",
        "districts.view_councilmembership",
        "news.view_news",
        "news.add_news",
        "news.change_news",
        "news.delete_news",
        "participation.view_draftdocument",
        "participation.add_draftdocument",
        "participation.change_draftdocument",
        "participation.delete_draftdocument",
        "participation.view_draftunit",
        "participation.add_draftunit",
        "participation.change_draftunit",
        "participation.delete_draftunit",
        "participation.view_comment",
        "participation.change_comment",
        "participation.view_officialanswer",
        "participation.view_remark",
        "participation.add_remark",
        "participation.change_remark",
        "participation.view_disposition",
        "participation.add_disposition",
        "participation.change_disposition",
        "surveys.view_survey",
        "surveys.add_survey",
        "surveys.change_survey",
        "surveys.view_section",
        "surveys.add_section",
        "surveys.change_section",
        "surveys.delete_section",
        "surveys.view_question",
        "surveys.add_question",
        "surveys.change_question",
        "surveys.delete_question",
        "surveys.view_option",
        "surveys.add_option",
        "surveys.change_option",
        "surveys.delete_option",
    ],
    COUNCIL: [
        "districts.view_district",
    ],
    MODERATORS: [
        "czestochowa_portal.view_sitepage",
        "participation.view_comment",
        "participation.view_report",
        "participation.view_moderationaction",
        "participation.view_participant",
    ],
}


def sync_group_permissions(apps):
    """Grant each role group the permissions of the table that exist so far.

    For data migrations: pass their `apps`. Permissions of models whose app has not been
    migrated yet are skipped; that app's own migration calls this again once they exist.
    """
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, verbosity=0, apps=apps)
        app_config.models_module = None
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    for group_name, permission_names in GROUP_PERMISSIONS.items():
        group, _ = group_model.objects.get_or_create(name=group_name)
        for dotted in permission_names:
            app_label, codename = dotted.split(".")
            permission = permission_model.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                group.permissions.add(permission)


class SecondFactorRequired(PermissionDenied):
    """Staff power asked for without a second factor; the middleware sends the user on."""


def has_second_factor(user) -> bool:
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def session_passed_second_factor(request) -> bool:
    """This session itself entered a code (at log-in or since): allauth records it there.

    Having an authenticator is not enough: a session that logged in with the password
    before the authenticator was set up never passed it.
    """
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


def lacks_second_factor(request) -> bool:
    """Staff and superusers may use their power only in a session that passed TOTP.

    STAFF_MFA_REQUIRED=0 (only for `make run`) turns the rule off.
    """
    user = request.user
    return bool(
        settings.STAFF_MFA_REQUIRED
        and user.is_authenticated
        and (user.is_staff or user.is_superuser)
        and not (session_passed_second_factor(request) and has_second_factor(user))
    )


def check_second_factor(request) -> None:
    if lacks_second_factor(request):
        raise SecondFactorRequired


def person_label(user) -> str:
    """„Anna Kowalska (a.kowalska@czestochowa.um.gov.pl)”: how staff pick a person for a
    role. The name alone is not enough: two people may share it, one e-mail address never."""
    name = user.get_full_name()
    return f"{name} ({user.email})" if name else user.email


# Each membership-backed role: the group and the user's related name of the memberships.
MEMBERSHIP_ROLES = {
    STAFF: "department_memberships",
    COUNCIL: "council_memberships",
}


@transaction.atomic
def user_roles_sync(*, user) -> None:
    """Give the user the groups and the staff flag their memberships call for, no more.

    Department staff work in the admin; council members do not. Superusers and moderators
    keep a staff flag given by hand: their work in the admin needs no membership.
    """
    for group_name, memberships in MEMBERSHIP_ROLES.items():
        group = Group.objects.get(name=group_name)
        if getattr(user, memberships).exists():
            user.groups.add(group)
        else:
            user.groups.remove(group)
    is_staff = (
        user.department_memberships.exists()
        or user.is_superuser
        or (user.is_staff and user.groups.filter(name=MODERATORS).exists())
    )
    if user.is_staff != is_staff:
        user.is_staff = is_staff
        user.save(update_fields=["is_staff"])
    for cached in ["_perm_cache", "_user_perm_cache", "_group_perm_cache"]:
        user.__dict__.pop(cached, None)  # the permissions Django remembered for this object


def users_roles_sync(*, user_ids) -> None:
    for user in get_user_model().objects.filter(pk__in=set(user_ids) - {None}):
        user_roles_sync(user=user)


class MembershipQuerySet(models.QuerySet):
    """Bulk writes keep the members' roles in step, as saving one row does."""

    def delete(self):
        with transaction.atomic():
            user_ids = list(self.values_list("user_id", flat=True))
            result = super().delete()
            users_roles_sync(user_ids=user_ids)
        return result

    def update(self, **kwargs):
        with transaction.atomic():
            rows = list(self.values_list("pk", "user_id"))
            result = super().update(**kwargs)
            after = self.model.objects.filter(pk__in=[pk for pk, _ in rows])
            before = {user_id for _, user_id in rows}
            users_roles_sync(user_ids=before | set(after.values_list("user_id", flat=True)))
        return result

    def bulk_create(self, objs, *args, **kwargs):
        with transaction.atomic():
            created = super().bulk_create(objs, *args, **kwargs)
            users_roles_sync(user_ids=[membership.user_id for membership in created])
        return created


class Membership(models.Model):
    """A row that gives its user a role: saving or deleting it syncs the user's roles.

    Changing the person on an existing row syncs both people, so the one replaced keeps
    nothing that came only from this row.
    """

    objects = MembershipQuerySet.as_manager()

    class Meta:
        abstract = True

    def save(self, *args, **kwargs):
        with transaction.atomic():
            previous = None
            if self.pk is not None:
                stored = type(self).objects.filter(pk=self.pk)
                previous = stored.values_list("user_id", flat=True).first()
            super().save(*args, **kwargs)
            user_roles_sync(user=self.user)
            if previous != self.user_id:
                users_roles_sync(user_ids=[previous])

    def delete(self, *args, **kwargs):
        with transaction.atomic():
            user = self.user
            result = super().delete(*args, **kwargs)
            user_roles_sync(user=user)
        return result
