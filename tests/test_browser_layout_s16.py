"""Session 16, issue 7: two layout defects seen in Chromium, checked at the walk's screen sizes (screenshots under
/tmp/h16deck/). The Present page's slide 1 on a phone is tests/test_browser_exports.py's
test_every_slide_fits_a_phone_with_bpo_and_kpo_priced."""

from __future__ import annotations

from pathlib import Path

import pytest
from chromium import IDLE  # the browser and server fixtures are in conftest.py
from test_browser_scenarios import go, pick, save

from estimator.contact_workload import ContactWorkload, QueueWorkload
from estimator.currency import ExchangeRate
from estimator.scenario import InHouseInputs, Scenario, VendorPrice
from views.share import encode

pytest.importorskip("playwright.sync_api")
PICTURES = Path("/tmp/h16deck")


def test_the_contact_centre_link_is_not_cut_off_in_the_sidebar(browser, server):  # noqa: F811
    """1440 x 900, a contact-volume workload: "Set the queues on the Contact centre page" needed 246 px in the
    sidebar's 200 and read "...Contact cen"."""
    day = (0.0,) * 16 + (100.0,) * 24 + (0.0,) * 8
    s = Scenario("Customer service", 0, workload_basis="contacts", name="Queue",
                 contact_centre=ContactWorkload((QueueWorkload("Voice", day, 180, 20, 0.8, 1.0),), 30, 21.741),
                 bpo=VendorPrice("per_contact", 3.5, 4.8, option="bpo"))
    ctx = browser.new_context(viewport={"width": 1440, "height": 900})
    page = ctx.new_page()
    page.goto(f"{server}/?s={encode(s)}")
    link = page.locator("[data-testid='stSidebar'] [data-testid='stPageLink-NavLink']").first
    link.wait_for(timeout=60_000)
    page.wait_for_selector(IDLE, timeout=60_000)
    link.scroll_into_view_if_needed()
    PICTURES.mkdir(exist_ok=True)
    box = link.bounding_box()
    page.screenshot(path=str(PICTURES / "sidebar-link.png"),
                    clip={"x": 0, "y": max(0, box["y"] - 100), "width": 400, "height": 220})
    text = link.locator("p").first
    assert text.evaluate("e => e.scrollWidth <= e.clientWidth"), text.evaluate("e => [e.scrollWidth, e.clientWidth]")
    assert "Contact centre" in link.inner_text()
    ctx.close()


def _borders(image) -> list[int]:
    """The x of each column border in a grid's screenshot: a light grey line down most of its height."""
    px, (w, h) = image.load(), image.size
    found = []
    for x in range(w):
        column = [px[x, y] for y in range(40, h - 5)]
        common = max(set(column), key=column.count)
        if column.count(common) > 0.9 * len(column) and 3 * 200 < sum(common) < 3 * 245:
            found.append(x)
    return found


def test_a_long_rupee_saving_stays_in_its_cell(browser, server):  # noqa: F811
    """1280 x 720, two rupee scenarios compared: "−₹28,84,78,653" and the like sit inside their cells (no dark
    text pixel on or beside a column border)."""
    from PIL import Image

    ctx = browser.new_context(viewport={"width": 1280, "height": 720})
    page = ctx.new_page()
    for name, low, high in (("Rupees A", 60, 90), ("Rupees B", 40, 100)):
        s = Scenario("IT and software operations", 10, name=name, currency="INR",
                     in_house=InHouseInputs(currency="USD"), bpo=VendorPrice("per_hour", low, high, currency="USD"),
                     kpo=VendorPrice("per_hour", 20, 30, currency="USD", option="kpo"),
                     exchange_rates=(ExchangeRate("INR", "USD", 0.012),))
        page.goto(f"{server}/?s={encode(s)}")
        page.wait_for_selector(IDLE, timeout=90_000)
        save(page, name)
    go(page, "Scenarios")
    picker = page.get_by_label("Two to four saved scenarios")
    for name in ("Rupees A", "Rupees B"):
        pick(page, picker, name)
        page.wait_for_selector(IDLE, timeout=60_000)
    page.keyboard.press("Escape")
    grid = page.locator("[data-testid='stDataFrame']").last
    grid.scroll_into_view_if_needed()
    page.wait_for_timeout(1_000)
    PICTURES.mkdir(exist_ok=True)
    path = PICTURES / "compare-rupees.png"
    grid.screenshot(path=str(path))
    image = Image.open(path).convert("RGB")
    px, (_, h) = image.load(), image.size
    borders = _borders(image)
    assert len(borders) == 9, borders  # the eight columns whole, at 1280 px without scrolling sideways
    touching = sorted({x for x in borders[1:-1] for dx in (-2, -1, 0, 1, 2) for y in range(40, h - 5)
                       if sum(px[x + dx, y]) < 3 * 120})
    assert not touching, f"text on the column borders at x = {touching} ({path})"
    ctx.close()
