"""A small reader of the landmarks every public page must have."""

from dataclasses import dataclass, field
from html.parser import HTMLParser


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
