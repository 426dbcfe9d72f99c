from tests.conftest import PASSWORD


def log_in(page, email):
    """Log in through the portal's own form, as a person would."""
    page.goto("/konto/login/")
    page.fill("#id_login", email)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
