"""The three layers import only downwards: common ← apps ← czestochowa_portal.

common/ holds what every app stands on and imports no app; districts/ is the ground the
other apps point at and imports none of them; participation/ stands on consultations/,
which does not import it; no app imports the project package, which
gathers from the apps (home page, district page, urls).
"""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APPS = {"consultations", "districts", "news", "surveys", "participation"}
PROJECT = "czestochowa_portal"


def imported_packages(package: str) -> dict[str, set[str]]:
    """Top-level packages of the portal that each module of `package` imports."""
    ours = APPS | {PROJECT, "common"}
    found = {}
    for path in (ROOT / package).rglob("*.py"):
        if "migrations" in path.parts:
            continue
        names = set()
        for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
            if isinstance(node, ast.Import):
                names |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names.add(node.module.split(".")[0])
        found[str(path.relative_to(ROOT))] = (names & ours) - {package}
    return found


def offenders(package: str, forbidden: set[str]) -> dict[str, set[str]]:
    return {
        module: names & forbidden
        for module, names in imported_packages(package).items()
        if names & forbidden
    }


def test_common_imports_no_app_and_not_the_project():
    assert offenders("common", APPS | {PROJECT}) == {}


@pytest.mark.parametrize("app", sorted(APPS))
def test_apps_do_not_import_the_project_package(app):
    assert offenders(app, {PROJECT}) == {}


def test_districts_import_no_other_app():
    assert offenders("districts", APPS - {"districts"}) == {}


def test_consultations_do_not_import_participation():
    # Participation stands on consultations (its selectors and models), never the other way:
    # the consultation page shows the discussion through a template tag of participation.
    assert offenders("consultations", {"participation"}) == {}


def test_participation_reads_consultations_and_common_only():
    assert offenders("participation", APPS - {"consultations", "districts"}) == {}


def test_the_check_sees_imports():
    # Guards the test itself: the project package does import apps and common.
    assert {"consultations", "news", "districts", "common"} <= set().union(
        *imported_packages(PROJECT).values()
    )
