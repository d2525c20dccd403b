"""The README's own links lead somewhere: every in-page link names a heading (GitHub's anchor rule: lower case,
punctuation dropped, spaces as hyphens), and every relative link names a file of the repository."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def anchor(heading: str) -> str:
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def test_the_anchor_rule_on_a_heading_with_punctuation():
    assert anchor("Where the work is done (issue 8: locations)") == "where-the-work-is-done-issue-8-locations"


def test_every_in_page_link_names_a_heading():
    headings = {anchor(h) for h in re.findall(r"^#{1,6} (.+)$", README, re.M)}
    links = re.findall(r"\]\(#([^)]+)\)", README)
    assert len(links) >= 20  # the contents list
    assert [link for link in links if link not in headings] == []


def test_every_relative_link_names_a_file_of_the_repository():
    targets = [t for t in re.findall(r"\]\(([^)#\s]+)(?:#[^)]*)?\)", README) if "://" not in t]
    assert targets, "the README links the screenshot at least"
    assert [t for t in targets if not (ROOT / t).exists()] == []
