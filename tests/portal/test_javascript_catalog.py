def test_the_editor_gets_its_polish_labels_from_the_javascript_catalog(client):
    response = client.get("/jsi18n/")
    assert response.status_code == 200
    assert '"Insert Table": "Wstaw tabel\\u0119"' in response.content.decode()


def test_the_catalogue_names_the_editors_toolbar_buttons_in_polish(client):
    catalogue = client.get("/jsi18n/").content.decode()
    assert '"bold": "Pogrubienie"' in catalogue
    assert '"Insert table": "Wstaw tabel\\u0119"' in catalogue
