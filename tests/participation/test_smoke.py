import pytest
from freezegun import freeze_time

from tests.consultations.conftest import NOW
from tests.participation.conftest import add_draft, post

pytestmark = pytest.mark.django_db


def test_page_shows_comments(client, consultation, joined_resident):
    add_draft(consultation)
    post(joined_resident, consultation, text="<script>alert(1)</script> https://example.com")
    with freeze_time(NOW):
        response = client.get(consultation.get_absolute_url())
        assert response.status_code == 200
        html = response.content.decode()
        assert "&lt;script&gt;" in html
        client.force_login(joined_resident)
        html = client.get(consultation.get_absolute_url()).content.decode()
        assert "Wycofaj" in html
        draft = client.get(f"/konsultacje/{consultation.slug}/projekt/")
        assert draft.status_code == 200
