"""The embeddable widget in a real browser: Debian Chromium, a host page on another origin, the real API.

Covers what a practitioner on a partnership's website relies on: keyboard access,
a streamed answer with a source they can open, urgent signposting first, feedback,
a phone-sized screen, and that hostile text in a document or a question stays text.
"""

from __future__ import annotations

import sqlite3

import httpx
import pytest

from tests.browser import ARTIFACTS, CONTRAST_JS, TARGETS_JS, HostPage, chromium, missing_browser
from tests.conftest import LiveServer, run_cli, write_corpus

_why = missing_browser()
if _why:
    pytest.skip(_why, allow_module_level=True)

PAYLOAD_IMG = '<img src=x onerror="window.__pwned=1">'
PAYLOAD_SCRIPT = "<script>window.__pwned=1</script>"
# A plain-text document keeps angle brackets verbatim (the Markdown and HTML parsers drop tags).
PAYLOAD_DOC = f"""Image consent guidance {PAYLOAD_IMG}

Anyshire Safeguarding Children Partnership. Published May 2026

Photographs of pupils

Schools must get written consent from a parent before sharing photographs of pupils on social media.
A newsletter once printed the code {PAYLOAD_SCRIPT} by mistake, next to the marker {PAYLOAD_IMG} in its footer.
"""
URGENT = "a boy in my class says his mum's boyfriend burned his arm and he won't go home tonight"
SHADOW = "[data-safeguard-widget]"


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory):
    """Index a small corpus (with a hostile document), then serve the API and a host page on two origins."""
    root = tmp_path_factory.mktemp("widget")
    docs = write_corpus(root / "docs")
    (docs / "anyshire" / "image-consent.txt").write_text(PAYLOAD_DOC)
    ingest = run_cli("ingest", str(docs), "--data-dir", str(root / "data"))
    assert ingest.returncode == 0, ingest.stderr
    host = HostPage()
    api = LiveServer(root / "data", env={"SAFEGUARD_CORS_ORIGINS": host.origin})
    host.embed(api.url + "/widget.js", partnership="Anyshire", title="Anyshire safeguarding assistant")
    ARTIFACTS.mkdir(exist_ok=True)
    yield {"api": api, "host": host, "data": root / "data"}
    api.stop()
    host.stop()


@pytest.fixture(scope="module")
def browser(stack):
    with chromium() as b:
        yield b


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 860})
    pg = context.new_page()
    pg.set_default_timeout(10_000)
    yield pg
    context.close()


def widget(pg, selector: str):
    return pg.locator(f"{SHADOW} >> css={selector}")


def shadow_active(pg) -> str | None:
    """Id or class of the focused element inside the widget's shadow root."""
    return pg.evaluate("""() => { const a = document.querySelector('[data-safeguard-widget]').shadowRoot.activeElement;
                                 return a ? (a.id || a.className) : null; }""")


def ask(pg, question: str):
    """Type a question and wait for the complete answer bubble (the last one)."""
    count = widget(pg, ".msg.bot").count()
    widget(pg, "#sg-q").fill(question)
    widget(pg, "#sg-q").press("Enter")
    answer = widget(pg, ".msg.bot").nth(count)
    pg.wait_for_function(
        """(n) => { const b = document.querySelector('[data-safeguard-widget]').shadowRoot.querySelectorAll('.msg.bot')[n];
                    return b && !b.hasAttribute('aria-busy'); }""", arg=count)
    return answer


def open_with_keyboard(pg, url: str) -> None:
    pg.goto(url)
    for _ in range(10):
        pg.keyboard.press("Tab")
        if shadow_active(pg) == "launcher":
            break
    assert shadow_active(pg) == "launcher", "the launcher is not reachable with Tab"
    pg.keyboard.press("Enter")


def test_keyboard_user_gets_streamed_cited_answer_opens_source_and_rates_it(page, stack) -> None:
    api, host = stack["api"], stack["host"]
    posts: list = []
    page.on("request", lambda r: posts.append(r) if r.method == "POST" else None)
    open_with_keyboard(page, host.origin)
    launcher = widget(page, ".launcher")
    outline = launcher.evaluate("e => parseFloat(getComputedStyle(e).outlineWidth)")
    assert outline >= 2, "keyboard focus on the launcher must be visible"
    assert launcher.get_attribute("aria-expanded") == "true"
    assert launcher.get_attribute("aria-controls") == "sg-panel"
    panel = widget(page, "#sg-panel")
    assert panel.is_visible() and panel.get_attribute("role") == "dialog"
    assert widget(page, "#sg-title").inner_text() == "Anyshire safeguarding assistant"
    assert shadow_active(page) == "sg-q", "focus must move into the question box on open"
    assert widget(page, ".log").get_attribute("aria-live") == "polite"
    assert "Do not enter names" in widget(page, ".privacy").inner_text()

    page.keyboard.type("What is the LADO phone number?")
    page.keyboard.press("Enter")
    page.wait_for_function("""() => { const b = document.querySelector('[data-safeguard-widget]').shadowRoot
                                      .querySelector('.msg.bot'); return b && !b.hasAttribute('aria-busy'); }""")
    answer = widget(page, ".msg.bot").first
    assert "01632 960150" in answer.locator(".answer").inner_text()
    assert "identify a child" in answer.locator(".notice").inner_text()  # the server's privacy notice, first turn
    assert [r.url for r in posts] == [api.url + "/api/chat/stream"], "answers must come from the stream endpoint"
    link = answer.locator(".sources a").first
    assert link.get_attribute("target") == "_blank" and link.get_attribute("rel") == "noopener"
    assert "Allegations against staff" in link.inner_text()
    page.screenshot(path=str(ARTIFACTS / "widget-desktop.png"))

    # The citation opens the source document itself, served by the API.
    with page.context.expect_page() as opened:
        link.click()
    doc = opened.value
    doc.wait_for_load_state()
    assert doc.url.startswith(api.url + "/api/documents/")
    assert "01632 960150" in doc.content()
    doc.close()

    # A follow-up carries the session id the server gave.
    session = posts[0].post_data_json
    ask(page, "and out of hours?")
    assert session["session_id"] is None and posts[-1].post_data_json["session_id"]
    first_answer_id = page.evaluate("""() => document.querySelector('[data-safeguard-widget]').shadowRoot
                                            .querySelector('.msg.bot').dataset.answerId""")
    assert first_answer_id

    # Thumbs up, then a comment: both reach the feedback store.
    with page.expect_response(api.url + "/api/feedback") as rated:
        answer.get_by_role("button", name="Yes").click()
    assert rated.value.status == 204
    assert answer.get_by_role("button", name="Yes").get_attribute("aria-pressed") == "true"
    answer.locator("textarea").fill("Clear and quick")
    with page.expect_response(api.url + "/api/feedback") as commented:
        answer.get_by_role("button", name="Send comment").click()
    assert commented.value.status == 204
    assert "feedback was sent" in answer.locator(".status").inner_text()
    with sqlite3.connect(stack["data"] / "feedback.sqlite") as db:
        row = db.execute("SELECT rating, comment FROM questions WHERE answer_id = ?", (first_answer_id,)).fetchone()
    assert row == (1, "Clear and quick")

    # Escape closes the dialog and gives focus back to the launcher.
    widget(page, "#sg-q").focus()
    page.keyboard.press("Escape")
    assert panel.is_hidden() and launcher.get_attribute("aria-expanded") == "false"
    assert shadow_active(page) == "launcher"


def test_widget_meets_contrast_target_size_and_isolates_styles(page, stack) -> None:
    page.goto(stack["host"].origin)
    widget(page, ".launcher").click()
    ask(page, URGENT)
    ask(page, "What is the LADO phone number?")
    root = page.evaluate_handle("() => document.querySelector('[data-safeguard-widget]').shadowRoot")
    low = [c for c in page.evaluate(CONTRAST_JS, root) if c["ratio"] < 4.5]
    assert not low, f"text below 4.5:1 contrast: {low}"
    small = [t for t in page.evaluate(TARGETS_JS, root) if t["w"] < 24 or t["h"] < 24]
    assert not small, f"targets smaller than 24x24 px: {small}"
    # The host page's `button {background: magenta !important}` and 10px root font do not reach us ...
    launcher = widget(page, ".launcher")
    page.mouse.move(0, 0)  # not hovering
    assert launcher.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(29, 112, 184)"
    for part in (".launcher", ".privacy", ".answer"):
        assert widget(page, part).last.evaluate("e => getComputedStyle(e).letterSpacing") == "normal", part
    assert widget(page, "#sg-q").evaluate("e => getComputedStyle(e).fontSize") == "16px"
    # ... and our styles do not reach the host page.
    host_button = page.locator("#host-button")
    assert host_button.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(255, 0, 255)"
    assert host_button.evaluate("e => getComputedStyle(e).fontSize") == "30px"


def test_urgent_signposting_is_shown_first_in_an_alert(page, stack) -> None:
    page.goto(stack["host"].origin)
    widget(page, ".launcher").click()
    answer = ask(page, URGENT)
    first = answer.locator(":scope > *").first
    assert first.get_attribute("role") == "alert" and "urgent-box" in first.get_attribute("class")
    alert = first.inner_text()
    assert alert.startswith("This sounds urgent.") and "call 999" in alert
    assert "01632 960100" in alert  # Anyshire's front door, from the contacts file
    assert answer.locator(".urgent-box a[href='tel:999']").count() == 1
    box, log = first.bounding_box(), widget(page, ".log").bounding_box()
    assert log["y"] <= box["y"] < log["y"] + log["height"], "the alert is scrolled into view, not past"
    assert "call 999" not in (answer.locator(".answer").all_inner_texts() or [""])[0], "said once, in the alert"
    page.screenshot(path=str(ARTIFACTS / "widget-urgent.png"))


def test_script_payloads_in_questions_and_documents_render_as_text(page, stack) -> None:
    page.goto(stack["host"].origin)
    widget(page, ".launcher").click()
    ask(page, f"{PAYLOAD_SCRIPT} {PAYLOAD_IMG} what is the LADO number?")
    assert PAYLOAD_IMG in widget(page, ".msg.you").first.inner_text()
    answer = ask(page, "What did a newsletter print by mistake about photographs of pupils?")
    title = answer.locator(".sources a").first.inner_text()
    assert PAYLOAD_IMG in title, "the document title arrives with its markup, as text"
    assert PAYLOAD_SCRIPT in answer.locator(".answer").inner_text()
    page.wait_for_timeout(300)  # give any injected onerror a chance to fire
    assert page.evaluate("() => window.__pwned") is None
    counts = page.evaluate("""() => { const r = document.querySelector('[data-safeguard-widget]').shadowRoot;
                                      return [r.querySelectorAll('.log img, .log script').length,
                                              document.querySelectorAll('img').length]; }""")
    assert counts == [0, 0]


def test_stream_failure_falls_back_to_plain_chat(page, stack) -> None:
    page.route("**/api/chat/stream", lambda route: route.abort("connectionreset"))
    page.goto(stack["host"].origin)
    widget(page, ".launcher").click()
    with page.expect_response(stack["api"].url + "/api/chat") as plain:
        answer = ask(page, "What is the LADO phone number?")
    assert plain.value.ok
    assert "01632 960150" in answer.locator(".answer").inner_text()
    assert answer.locator(".sources a").count() >= 1
    assert widget(page, ".msg.bot").count() == 1, "the failed stream leaves no half answer behind"


def test_phone_viewport_opens_full_screen_and_stays_usable(browser, stack) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2,
                                  is_mobile=True, has_touch=True)
    page = context.new_page()
    try:
        page.goto(stack["host"].origin)
        widget(page, ".launcher").tap()
        box = widget(page, "#sg-panel").bounding_box()
        assert box == {"x": 0, "y": 0, "width": 390, "height": 844}
        answer = ask(page, "How long for a return home interview?")
        assert "72 hours" in answer.locator(".answer").inner_text()
        for part in ("#sg-q", "form.ask button", ".close"):
            b = widget(page, part).bounding_box()
            assert b and b["x"] >= 0 and b["x"] + b["width"] <= 390 and b["y"] + b["height"] <= 844, part
        log = widget(page, ".log").evaluate("e => [e.scrollWidth, e.clientWidth]")
        assert log[0] <= log[1], "no sideways scrolling on a phone"
        page.screenshot(path=str(ARTIFACTS / "widget-phone.png"))
    finally:
        context.close()


def test_browser_on_an_unlisted_origin_is_refused(page, stack) -> None:
    # Same page, but from http://localhost:<port>: a different origin, not in the allow-list.
    page.goto(f"http://localhost:{stack['host'].port}/")
    widget(page, ".launcher").click()
    answer = ask(page, "What is the LADO phone number?")
    text = answer.inner_text()
    assert "could not be reached" in text and "999" in text and "960150" not in text


def test_cors_allow_list_and_script_caching(stack) -> None:
    api, allowed = stack["api"].url, stack["host"].origin
    body = {"message": "What is the LADO phone number?"}
    ok = httpx.post(api + "/api/chat", json=body, headers={"Origin": allowed})
    assert ok.headers.get("access-control-allow-origin") == allowed
    evil = httpx.post(api + "/api/chat", json=body, headers={"Origin": "https://evil.example.org"})
    assert "access-control-allow-origin" not in evil.headers
    preflight = {"Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"}
    good = httpx.options(api + "/api/chat/stream", headers={"Origin": allowed, **preflight})
    assert good.status_code == 200 and "POST" in good.headers["access-control-allow-methods"]
    bad = httpx.options(api + "/api/feedback", headers={"Origin": "https://evil.example.org", **preflight})
    assert "access-control-allow-origin" not in bad.headers
    # Only the widget's endpoints are shared with other origins.
    search = httpx.post(api + "/api/search", json={"query": "LADO"}, headers={"Origin": allowed})
    assert "access-control-allow-origin" not in search.headers
    assert httpx.get(api + "/healthz", headers={"Origin": allowed}).headers["access-control-allow-origin"] == allowed

    js = httpx.get(api + "/widget.js")
    assert js.status_code == 200 and js.headers["content-type"].startswith("text/javascript")
    assert "max-age" in js.headers["cache-control"] and "attachShadow" in js.text
    assert not any(sink in js.text for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write"))
    assert httpx.get(api + "/widget.js", headers={"If-None-Match": js.headers["etag"]}).status_code == 304

