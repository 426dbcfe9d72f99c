"""A material's file leaves the disk once its withdrawal is committed, and only then."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction

from consultations.demo import tiny_pdf
from consultations.models import Consultation, Material
from tests.consultations.conftest import make_consultation, with_second_factor
from tests.consultations.test_permissions import admin_form
from tests.consultations.test_rich_text_and_materials import stored_files

pytestmark = pytest.mark.django_db


def add_material(consultation, title="Projekt uchwały"):
    return Material.objects.create(
        consultation=consultation,
        title=title,
        file=SimpleUploadedFile("projekt.pdf", tiny_pdf([title])),
    )


def test_a_replaced_material_file_leaves_the_disk_once_the_change_is_saved(
    client, department_staff, media_in_tmp, django_capture_on_commit_callbacks
):
    consultation = make_consultation()
    material = add_material(consultation)
    old_file = media_in_tmp / material.file.name
    client.force_login(with_second_factor(department_staff))
    data = admin_form(consultation) | {
        "materials-TOTAL_FORMS": "1",
        "materials-INITIAL_FORMS": "1",
        "materials-0-id": str(material.pk),
        "materials-0-consultation": str(consultation.pk),
        "materials-0-title": "Projekt uchwały – wersja 2",
        "materials-0-position": "0",
        "materials-0-file": SimpleUploadedFile("projekt-2.pdf", tiny_pdf(["Wersja 2"])),
    }
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/consultations/consultation/{consultation.pk}/change/", data)
    assert response.status_code == 302
    material.refresh_from_db()
    assert stored_files(media_in_tmp) == [media_in_tmp / material.file.name]
    assert not old_file.exists()


@pytest.mark.parametrize("how", ["instance", "queryset"])
def test_a_deleted_consultation_takes_its_materials_files_with_it(
    media_in_tmp, django_capture_on_commit_callbacks, how
):
    consultation = make_consultation()
    add_material(consultation, "Projekt")
    add_material(consultation, "Uzasadnienie")
    other = add_material(make_consultation("Inne"), "Mapa")
    assert len(stored_files(media_in_tmp)) == 3
    with django_capture_on_commit_callbacks(execute=True):
        if how == "instance":
            consultation.delete()
        else:  # the admin's "delete selected" action
            Consultation.objects.filter(pk=consultation.pk).delete()
    assert stored_files(media_in_tmp) == [media_in_tmp / other.file.name]


def test_a_rolled_back_deletion_keeps_the_files(media_in_tmp, django_capture_on_commit_callbacks):
    consultation = make_consultation()
    material = add_material(consultation)
    with (
        django_capture_on_commit_callbacks(execute=True) as callbacks,
        pytest.raises(RuntimeError),
        transaction.atomic(),
    ):
        consultation.delete()
        raise RuntimeError("przerwane")
    assert callbacks == []
    assert stored_files(media_in_tmp) == [media_in_tmp / material.file.name]
    assert Material.objects.get().file.name == material.file.name


def test_the_file_stays_until_the_deletion_is_committed(
    media_in_tmp, django_capture_on_commit_callbacks
):
    material = add_material(make_consultation())
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        material.delete()
        assert stored_files(media_in_tmp) != []
    for callback in callbacks:
        callback()
    assert stored_files(media_in_tmp) == []
