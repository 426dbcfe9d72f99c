"""Readers of the HTML the portal sends: the landmarks every public page must have, and
the Nu Html Checker's verdict on whole pages."""

import json
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

import pytest


@dataclass
class PageOutline:
    html_lang: str | None = None
    h1_count: int = 0
    title: str = ""
    main_count: int = 0
    ids: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    first_link_href: str | None = None
    first_link_text: str = ""


class _OutlineParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.outline = PageOutline()
        self._in_title = False
        self._in_first_link = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "html":
            self.outline.html_lang = attributes.get("lang")
        elif tag == "h1":
            self.outline.h1_count += 1
        elif tag == "title":
            self._in_title = True
        elif tag == "main":
            self.outline.main_count += 1
        elif tag == "a" and "href" in attributes:
            self.outline.links.append(attributes["href"])
            if self.outline.first_link_href is None:
                self.outline.first_link_href = attributes["href"]
                self._in_first_link = True
        if "id" in attributes:
            self.outline.ids.append(attributes["id"])

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag == "a":
            self._in_first_link = False

    def handle_data(self, data):
        if self._in_title:
            self.outline.title += data
        if self._in_first_link:
            self.outline.first_link_text += data


def outline(html: str) -> PageOutline:
    parser = _OutlineParser()
    parser.feed(html)
    return parser.outline


VNU_JAR = Path(__file__).resolve().parent.parent / "node_modules/vnu-jar/build/dist/vnu.jar"


def nu_checker_command() -> list[str]:
    """The command that runs the Nu Html Checker, or a skip (a failure in CI) saying why not.

    The checker is the npm package vnu-jar (package.json; `make test` runs `npm ci`) and
    needs Java. Locally a missing piece skips the check; in CI (CI=true) it fails the test.
    """
    java = shutil.which("java")
    missing = []
    if java is None:
        missing.append("Java (apt-get install default-jre-headless)")
    if not VNU_JAR.is_file():
        missing.append(f"{VNU_JAR.relative_to(VNU_JAR.parents[3])} (npm ci)")
    if missing:
        reason = "the Nu Html Checker needs " + " and ".join(missing)
        if os.environ.get("CI", "").strip().lower() in {"1", "true", "yes"}:
            pytest.fail(f"{reason}; CI=true requires it")
        pytest.skip(reason)
    return [java, "-Xss4m", "-jar", str(VNU_JAR), "--format", "json", "--stdout"]


def nu_html_errors(pages: dict[str, str]) -> dict[str, list[str]]:
    """Check every page in one run of the checker (Java starts slowly); the errors by page.

    `pages` maps a name (the URL) to the page's HTML. Warnings and info are not errors.
    """
    command = nu_checker_command()
    with tempfile.TemporaryDirectory() as folder:
        files = {}
        for number, (name, html) in enumerate(pages.items()):
            path = Path(folder) / f"page-{number:03d}.html"
            path.write_text(html, encoding="utf-8")
            files[path.as_uri().replace("file:///", "file:/")] = name
        result = subprocess.run(
            command + [str(Path(folder) / name) for name in sorted(os.listdir(folder))],
            capture_output=True,
            text=True,
            timeout=600,
            check=False,
        )
    try:
        report = json.loads(result.stdout)
    except json.JSONDecodeError:
        raise AssertionError(f"the Nu Html Checker failed:\n{result.stderr}") from None
    errors: dict[str, list[str]] = {}
    for message in report["messages"]:
        if message["type"] == "info":  # warnings and notes
            continue
        name = files.get(message.get("url", ""), message.get("url", "?"))
        where = f"line {message['lastLine']}: " if "lastLine" in message else ""
        extract = message.get("extract", "").strip()
        errors.setdefault(name, []).append(f"{where}{message['message']} [{extract}]")
    return errors
