"""Splitting a pasted draft (plain text or Markdown) into numbered units.

markdown-it-py reads the Markdown (headings, lists, emphasis) and gives back plain lines;
Polish legislative numbering then decides the units, line by line: „Rozdział 1” starts a
heading, „§ 3.” a paragraph, „2.” a section (ust.), „1)” a point (pkt), „a)” a letter
(lit.). A line without a number continues the unit before it; lines before the first
number are the preamble. Staff correct the result in the admin.
"""

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt

from common.slugs import polish_slugify

_HEADING = re.compile(r"^(rozdział|dział|część|oddział)\s+([0-9IVXLC]+[a-z]?)\.?\s*(.*)$", re.I)
_PARAGRAPH = re.compile(r"^§\s*(\d+[a-z]?)\.?\s*(.*)$")
_SECTION = re.compile(r"^(?:ust\.\s*)?(\d+[a-z]?)\.\s+(.*)$")
_POINT = re.compile(r"^(?:pkt\s*)?(\d+[a-z]?)\)\s+(.*)$")
_LETTER = re.compile(r"^(?:lit\.\s*)?([a-z])\)\s+(.*)$")

_parser = MarkdownIt("commonmark")


@dataclass
class Unit:
    kind: str
    label: str
    slug: str
    heading: str = ""
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines).strip()


def _inline_text(token) -> str:
    """The plain text of an inline token: markup dropped, soft line breaks kept."""
    parts = []
    for child in token.children or []:
        if child.type in {"text", "code_inline", "html_inline"}:
            parts.append(child.content)
        elif child.type in {"softbreak", "hardbreak"}:
            parts.append("\n")
    return "".join(parts)


def plain_lines(source: str) -> list[tuple[str, bool]]:
    """The pasted text as (line, is_heading) pairs, Markdown read and stripped."""
    lines = []
    ordered_marks = []  # (start number, delimiter) of the open ordered lists
    numbers = []
    pending_heading = False
    pending_item = None
    for token in _parser.parse(source):
        if token.type == "heading_open":
            pending_heading = True
        elif token.type == "ordered_list_open":
            start = int(token.attrs.get("start", 1)) if token.attrs else 1
            ordered_marks.append(token.markup)
            numbers.append(start - 1)
        elif token.type == "ordered_list_close":
            ordered_marks.pop()
            numbers.pop()
        elif token.type == "list_item_open":
            if token.markup in {".", ")"} and numbers:
                numbers[-1] += 1
                pending_item = f"{token.info or numbers[-1]}{token.markup} "
            else:
                pending_item = "– "
        elif token.type == "inline":
            text = _inline_text(token)
            if pending_item is not None:
                text = pending_item + text
                pending_item = None
            for number, line in enumerate(text.split("\n")):
                line = line.strip()
                if line:
                    lines.append((line, pending_heading and number == 0))
            pending_heading = False
        elif token.type in {"code_block", "fence"}:
            lines += [(line.strip(), False) for line in token.content.splitlines() if line.strip()]
    return lines


def split_draft(source: str, *, taken_slugs=()) -> list[Unit]:
    """The units of a draft, in order, each with its full label and a unique anchor slug."""
    units: list[Unit] = []
    used = set(taken_slugs)
    paragraph = section = point = ""

    def add(kind, label, text, heading=""):
        name = (label or heading).replace("§", "par")
        base = polish_slugify(name, max_length=90) if name else kind
        unit = Unit(kind=kind, label=label, slug=_unique(base, used), heading=heading)
        if text:
            unit.lines.append(text)
        units.append(unit)
        return unit

    for line, is_markdown_heading in plain_lines(source):
        if match := _HEADING.match(line):
            paragraph = section = point = ""
            word, number, title = match.groups()
            add("naglowek", f"{word.capitalize()} {number}", "", heading=title.strip(" .–-"))
        elif match := _PARAGRAPH.match(line):
            paragraph, rest = match.groups()
            section = point = ""
            label = f"§ {paragraph}"
            if inner := _SECTION.match(rest):
                section, rest = inner.groups()
                add("paragraf", label, "")
                add("ustep", f"{label} ust. {section}", rest)
            else:
                add("paragraf", label, rest)
        elif (match := _SECTION.match(line)) and not is_markdown_heading:
            section, rest = match.groups()
            point = ""
            prefix = f"§ {paragraph} " if paragraph else ""
            add("ustep", f"{prefix}ust. {section}", rest)
        elif (match := _POINT.match(line)) and not is_markdown_heading:
            point, rest = match.groups()
            prefix = " ".join(
                part for part in [f"§ {paragraph}" if paragraph else "", _ust(section)] if part
            )
            add("punkt", f"{prefix} pkt {point}".strip(), rest)
        elif (match := _LETTER.match(line)) and point and not is_markdown_heading:
            letter, rest = match.groups()
            parent = units[-1].label.split(" lit. ")[0]
            add("litera", f"{parent} lit. {letter}", rest)
        elif is_markdown_heading:
            paragraph = section = point = ""
            add("naglowek", "", "", heading=line)
        elif units and units[-1].kind == "naglowek" and not units[-1].heading:
            units[-1].heading = line
        elif units:
            units[-1].lines.append(line)
        else:
            add("wstep", "", line)
    return units


def _ust(section: str) -> str:
    return f"ust. {section}" if section else ""


def _unique(slug: str, used: set) -> str:
    candidate, n = slug, 1
    while candidate in used:
        n += 1
        candidate = f"{slug}-{n}"
    used.add(candidate)
    return candidate
