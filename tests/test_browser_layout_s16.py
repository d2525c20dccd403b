"""Session 16, issue 7: two layout defects seen in Chromium, checked at the walk's screen sizes (screenshots under
/tmp/h16deck/). The Present page's slide 1 on a phone is tests/test_browser_exports.py's
test_every_slide_fits_a_phone_with_bpo_and_kpo_priced.

The Contact centre link's check runs in tests/test_browser_small_s19.py's 1440 x 900 walk since session 25
(test_the_mix_grid_..._then_the_link_beside_the_sidebar), on the Estimate page that walk reaches by a link: it had a
page load of its own, a scenario with a contact-volume workload opened from its link, for one look at the link.
"""

from __future__ import annotations

from pathlib import Path

PICTURES = Path("/tmp/h16deck")


def the_contact_centre_link_is_not_cut_off(page, link, where: str) -> None:
    """1440 x 900, a contact-volume workload: "Set the queues on the Contact centre page" needed 246 px in the
    sidebar's 200 and read "...Contact cen". Since session 19 the link ("Set queues: Contact centre",
    views/estimate.py, the same label and place whatever the queues and the price) stands above the results (on a
    phone a sidebar link left the sidebar open over the page it opened: tests/test_browser_small_s19.py). ``link``:
    the page's link, drawn; ``where`` names the walk's step in a failure."""
    link.scroll_into_view_if_needed()
    PICTURES.mkdir(exist_ok=True)
    box = link.bounding_box()
    page.screenshot(path=str(PICTURES / "sidebar-link.png"),
                    clip={"x": 0, "y": max(0, box["y"] - 100), "width": 400, "height": 220})
    text = link.locator("p").first
    assert text.evaluate("e => e.scrollWidth <= e.clientWidth"), \
        (where, "the link's text is cut", text.evaluate("e => [e.scrollWidth, e.clientWidth]"))
    assert "Contact centre" in link.inner_text(), (where, link.inner_text())


# The comparison's long rupee figures ("−₹28,84,78,653" at 1280 x 720) were checked here in a screenshot of the grid;
# the results are a static table now, checked from the DOM: tests/test_browser_compare_rupees_s19.py.
