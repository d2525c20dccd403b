"""In Debian's Chromium: every meeting-room format downloads from the page, and the presentation view
pages with the arrow keys. Reuses the dashboard server and browser fixtures of test_browser."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from test_browser import IDLE, browser, server  # noqa: F401  (fixtures)

pytest.importorskip("playwright.sync_api")


@pytest.fixture
def page(browser, server):  # noqa: F811
    ctx = browser.new_context(viewport={"width": 1440, "height": 900}, accept_downloads=True)
    pg = ctx.new_page()
    yield pg
    ctx.close()


def _download(page, label: str) -> tuple[str, bytes]:
    with page.expect_download(timeout=90_000) as info:
        page.get_by_role("button", name=label).click()
    d = info.value
    return d.suggested_filename, Path(d.path()).read_bytes()


def test_each_format_downloads_from_the_page(page, server):  # noqa: F811
    page.goto(server)
    page.wait_for_selector(IDLE, timeout=60_000)
    page.wait_for_selector("[data-testid='stPlotlyChart'] .main-svg", timeout=60_000)
    name, deck = _download(page, "Download slide deck")
    assert name == "customer-service.pptx" and "ppt/slides/slide9.xml" in zipfile.ZipFile(io.BytesIO(deck)).namelist()
    name, book = _download(page, "Download workbook (Excel)")
    assert name == "customer-service.xlsx" and "xl/worksheets/sheet2.xml" in zipfile.ZipFile(io.BytesIO(book)).namelist()
    name, report = _download(page, "Download report (HTML)")
    assert name == "customer-service.html" and b"BPO saves $2,499,371 over 5 years" in report
    name, svg = _download(page, "Download chart (SVG)")
    assert name == "customer-service-buildup.svg" and b"Sources: " in svg
    name, png = _download(page, "Download chart (PNG, slide size)")
    assert name == "customer-service-buildup.png" and png.startswith(b"\x89PNG")
    # 1600 × 900 at 2× pixels: the PNG header's width and height
    assert int.from_bytes(png[16:20], "big") == 3200 and int.from_bytes(png[20:24], "big") == 1800
    assert not page.locator("[data-testid='stException']").count()


def test_presentation_view_pages_with_the_arrow_keys(page, server):  # noqa: F811
    page.goto(f"{server}/present")
    page.wait_for_selector(IDLE, timeout=60_000)
    heading = page.locator("h1").first
    heading.wait_for(timeout=30_000)
    assert heading.inner_text() == "BPO saves $2,499,371 over 5 years and breaks even in month 7"
    assert page.get_by_text("1 of 7").count() == 1
    page.get_by_role("button", name="Next").wait_for(timeout=30_000)
    page.wait_for_selector(IDLE, timeout=30_000)
    page.keyboard.press("ArrowRight")  # Streamlit's button shortcut, not a click
    page.get_by_text("2 of 7").wait_for(timeout=60_000)
    page.wait_for_selector("[data-testid='stPlotlyChart'] .main-svg", timeout=60_000)
    title = page.locator("[data-testid='stPlotlyChart'] .gtitle").text_content()
    assert title == "BPO saves $42,620 a month (57%) against in-house, at the midpoint"
    assert page.get_by_text("Chart in words: BPO saves $42,620 a month").count() == 1  # alt text
    page.wait_for_selector(IDLE, timeout=30_000)
    page.keyboard.press("ArrowLeft")
    page.get_by_text("1 of 7").wait_for(timeout=60_000)
    # the sidebar starts collapsed: nothing but the finding on screen
    assert not page.locator("[data-testid='stSidebar'][aria-expanded='true']").count()
    assert not page.locator("[data-testid='stException']").count()
