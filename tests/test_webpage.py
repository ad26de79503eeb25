"""The web page in a real headless Chromium (selenium + chromedriver), against uvicorn on loopback.

Skipped (with the reason) when chromium, chromedriver or selenium are not installed:
``apt-get install -y chromium chromium-driver`` and ``pip install selenium``.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
import urllib.request
from pathlib import Path

import pytest

from service.app import create_app
from service.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def _find(env: str, *names: str) -> str | None:
    if os.environ.get(env):
        return os.environ[env]
    for name in names:
        found = shutil.which(name) or (name if os.path.isabs(name) and os.access(name, os.X_OK) else None)
        if found:
            return found
    return None


CHROMIUM = _find("CBEC_RAG_CHROMIUM", "/usr/bin/chromium", "chromium", "chromium-browser")
CHROMEDRIVER = _find("CBEC_RAG_CHROMEDRIVER", "/usr/bin/chromedriver", "chromedriver")

pytestmark = [
    pytest.mark.skipif(CHROMIUM is None, reason="chromium not installed (apt-get install -y chromium)"),
    pytest.mark.skipif(
        CHROMEDRIVER is None, reason="chromedriver not installed (apt-get install -y chromium-driver)"
    ),
]

CORPUS = {
    "zh_policy.txt": (
        "关于跨境电子商务综合试验区的支持政策\n\n一、总体要求\n"
        "2015年3月，国务院同意设立中国（杭州）跨境电子商务综合试验区。“综合试验区”重点在跨境电子商务企业对企业方式"
        # a PDF line break inside a word: the quote keeps it, the page shows the word whole
        "相关环节的技术标准、业务流\n程、监管模式和信息化建设等方面先行先试。\n\n二、主要措施\n"
        "（一）对综试区内符合条件的跨境电商零售出口企业试行增值税、消费税无票免税政策。\n"
        "（二）支持企业建设海外仓，完善海外仓的仓储配送、售后服务等功能。\n"
    ),
    "limits.md": (
        "# Cross-border e-commerce retail import limits\n\n"
        "The single transaction limit for cross-border e-commerce retail imports is 5,000 yuan.\n"
        "The annual transaction limit for each individual is 26,000 yuan.\n"
    ),
}
ZH_Q = "国务院何时同意设立杭州跨境电子商务综合试验区？"
XSS = "<img src=x onerror=alert(1)>"
TIMEOUT = 20
APPS: dict = {}  # server URL -> its app (to plug a fake LLM into its pipeline)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    """uvicorn serving a tiny fake-embedder index on a free loopback port."""
    import uvicorn

    from cbec_rag.embed import FakeEmbedder
    from cbec_rag.indexer import build_index

    base = tmp_path_factory.mktemp("webpage")
    for name, text in CORPUS.items():
        (base / "corpus").mkdir(exist_ok=True)
        (base / "corpus" / name).write_text(text, encoding="utf-8")
    build_index(base / "corpus", base / "index", embedder=FakeEmbedder(64), embedder_spec="fake:64")

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    app = create_app(Settings(index_dir=base / "index"))
    srv = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + TIMEOUT
    while not srv.started and time.monotonic() < deadline:
        time.sleep(0.05)
    if not srv.started:
        pytest.fail("uvicorn did not start")
    APPS[f"http://127.0.0.1:{port}"] = app
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    webdriver = pytest.importorskip(
        "selenium.webdriver", reason="selenium not installed (pip install selenium)"
    )
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service

    opts = Options()
    opts.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--window-size=1200,900",
        # no name resolves except loopback: a page that needs a CDN fails here as it would offline
        "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
        f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}",
    ):
        opts.add_argument(flag)
    # an explicit driver path: Selenium Manager (which may go online) is never consulted
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=opts)
    driver.set_page_load_timeout(TIMEOUT)
    yield driver
    driver.quit()


def _api(server: str, path: str, payload: dict) -> dict:
    req = urllib.request.Request(
        server + path, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=TIMEOUT) as resp:
        return json.loads(resp.read().decode("utf-8"))


def _ask_in_page(driver, question: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    box = driver.find_element(By.ID, "question")
    box.clear()
    box.send_keys(question)
    box.send_keys(Keys.ENTER)  # Enter submits


def _wait(driver, condition, message: str):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, TIMEOUT).until(condition, message)


def _answer_done(driver) -> bool:
    from selenium.webdriver.common.by import By

    timings = driver.find_element(By.ID, "timings").get_property("textContent")
    error = driver.find_element(By.ID, "error")
    return bool(timings) or error.is_displayed()


def test_ask_click_citation_shows_marked_quote(server: str, browser) -> None:
    from selenium.webdriver.common.by import By

    expected = _api(server, "/ask", {"question": ZH_Q})
    assert expected["citations"], expected

    browser.get(server + "/")
    _wait(
        browser, lambda d: "fake:64" in d.find_element(By.ID, "status").text, "status shows the loaded index"
    )
    _ask_in_page(browser, ZH_Q)
    _wait(browser, _answer_done, "the answer finished")
    assert not browser.find_element(By.ID, "error").is_displayed()

    answer = browser.find_element(By.ID, "answer")
    assert answer.get_property("textContent") == expected["answer"]
    markers = answer.find_elements(By.CSS_SELECTOR, "button.cite")
    assert markers and markers[0].text == "[1]"

    passages = browser.find_elements(By.CSS_SELECTOR, "#passages li")
    assert len(passages) == len(expected["passages"])
    scores = browser.find_element(By.CSS_SELECTOR, "#passages li .scores").text
    assert "bm25" in scores and "dense" in scores and "rank" in scores

    markers[0].click()
    mark = _wait(
        browser,
        lambda d: (d.find_elements(By.CSS_SELECTOR, "#context mark") or [None])[0],
        "the cited passage is shown with a <mark>",
    )
    first = next(c for c in expected["citations"] if c["n"] == 1)
    assert mark.get_property("textContent") == first["quote"]
    context = browser.find_element(By.ID, "context").get_property("textContent")
    assert len(context) > len(first["quote"])  # shown inside its document context
    assert browser.find_element(By.ID, "context-section").is_displayed()


def test_answer_sentences_are_a_list_and_quotes_read_whole(server: str, browser) -> None:
    """Several answer sentences are list items, each with its marker; a citation shows its
    display form (no PDF line break inside a word) in quotation marks, not doubled."""
    import httpx
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    from cbec_rag.generate.openai_compat import OpenAICompatGenerator

    reply = "2015年3月，国务院同意设立杭州综合试验区[1]。综合试验区在技术标准、业务流程、监管模式等方面先行先试[1]。"

    def handler(request: httpx.Request) -> httpx.Response:
        choice = {"message": {"role": "assistant", "content": reply}, "finish_reason": "stop"}
        return httpx.Response(200, json={"choices": [choice]})

    pipeline = APPS[server].state.rag.pipeline
    gen = OpenAICompatGenerator(
        "http://llm.invalid/v1",
        "m",
        store=pipeline.store,
        fallback=pipeline.generator("extractive"),
        transport=httpx.MockTransport(handler),
        retries=0,
    )
    pipeline._generators["openai"] = gen
    try:
        expected = _api(server, "/ask", {"question": ZH_Q, "generator": "openai"})
        assert expected["generator"] == "openai" and not expected["degraded"], expected["flags"]
        assert len(expected["citations"]) == 2
        browser.get(server + "/")
        Select(browser.find_element(By.ID, "generator")).select_by_value("openai")
        _ask_in_page(browser, ZH_Q)
        _wait(browser, _answer_done, "the answer finished")
        items = browser.find_elements(By.CSS_SELECTOR, "#answer ul.answer-lines > li")
        assert [i.get_property("textContent") for i in items] == [
            "2015年3月，国务院同意设立杭州综合试验区[1]。",
            "综合试验区在技术标准、业务流程、监管模式等方面先行先试[2]。",
        ]
        assert all(len(i.find_elements(By.CSS_SELECTOR, "button.cite")) == 1 for i in items)
        quotes = [q.text for q in browser.find_elements(By.CSS_SELECTOR, "#citations .quote")]
        second = expected["citations"][1]
        assert "业务流\n程" in second["quote"] and "业务流程" in second["display"]
        assert quotes == ["“" + expected["citations"][0]["display"] + "”", second["display"]]
        assert quotes[1].startswith("“综合试验区”") and "业务流程" in quotes[1]
    finally:
        pipeline._generators.pop("openai", None)
        gen.close()


EN_Q = "When did the State Council approve the Hangzhou cross-border e-commerce comprehensive pilot zone?"


def test_english_answer_opens_with_a_visible_lead_line(server: str, browser, tmp_path: Path) -> None:
    """An English question over a Chinese source: the page shows the English lead line (the asked
    date in English, the Chinese in brackets) as the first answer line, above the Chinese quote.
    The screenshot goes to CBEC_RAG_SCREENSHOT_DIR when set (docs/ keeps one), else a temp dir."""
    from selenium.webdriver.common.by import By

    expected = _api(server, "/ask", {"question": EN_Q})
    assert not expected["refused"], expected["answer"]
    lead = "Answer: March 2015 (2015年3月) [1]"
    assert expected["answer"].split("\n")[0] == lead
    browser.get(server + "/")
    _ask_in_page(browser, EN_Q)
    _wait(browser, _answer_done, "the answer finished")
    items = browser.find_elements(By.CSS_SELECTOR, "#answer ul.answer-lines > li")
    assert len(items) >= 2, browser.find_element(By.ID, "answer").text
    assert items[0].is_displayed() and items[0].text == lead
    assert items[0].rect["y"] < items[1].rect["y"]  # above the quoted Chinese sentence
    assert "2015年3月" in items[1].text and items[1].text.startswith("The documents say in Chinese")
    shots = Path(os.environ.get("CBEC_RAG_SCREENSHOT_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(shots / "lead-line.png"))
    assert (shots / "lead-line.png").stat().st_size > 10_000


def test_question_markup_is_rendered_as_text(server: str, browser) -> None:
    from selenium.common.exceptions import NoAlertPresentException
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    question = f"{XSS} 海外仓 <b>bold</b>"
    _ask_in_page(browser, question)
    _wait(browser, _answer_done, "the answer finished")
    asked = browser.find_element(By.ID, "asked").get_property("textContent")
    assert XSS in asked and "<b>bold</b>" in asked
    assert browser.find_elements(By.TAG_NAME, "img") == []
    assert browser.find_elements(By.CSS_SELECTOR, "main b") == []
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018


def test_server_error_shows_the_error_box(server: str, browser) -> None:
    from selenium.webdriver.common.by import By

    browser.get(server + "/")
    # bypass the textarea's maxlength: the server answers 422 for 2001 characters
    browser.execute_script("document.getElementById('question').value = '问'.repeat(2001);")
    browser.execute_script("document.getElementById('ask-form').requestSubmit();")
    error = _wait(
        browser,
        lambda d: d.find_element(By.ID, "error") if d.find_element(By.ID, "error").is_displayed() else None,
        "the error box is shown",
    )
    assert "422" in error.text and "2000" in error.text


def test_refusal_is_in_the_question_language(server: str, browser) -> None:
    from selenium.webdriver.common.by import By

    question = "火星上的首都叫什么名字？"
    expected = _api(server, "/ask", {"question": question})
    if not expected["refused"]:
        pytest.skip("the generator answered this question on the tiny corpus")
    browser.get(server + "/")
    _ask_in_page(browser, question)
    _wait(browser, _answer_done, "the answer finished")
    refusal = browser.find_element(By.ID, "refusal")
    assert refusal.is_displayed() and "文档" in refusal.text


def test_api_docs_render_offline(server: str, browser, tmp_path: Path) -> None:
    """/docs draws Swagger UI from assets the server ships: every resource the page loads comes
    from the server itself, and the operations are listed (a CDN-loaded page stays blank here).
    The screenshot goes where the lead line's does."""
    from selenium.webdriver.common.by import By

    browser.get(server + "/docs")
    title = _wait(
        browser,
        lambda d: (d.find_elements(By.CSS_SELECTOR, ".swagger-ui .info .title") or [None])[0],
        "Swagger UI drew the API title",
    )
    assert "cbec-rag" in title.text
    paths = {
        el.get_property("textContent").replace("\u200b", "")
        for el in browser.find_elements(By.CSS_SELECTOR, ".opblock-summary-path")
    }
    assert {"/ask", "/search", "/health"} <= paths, paths
    loaded = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
    assert loaded and all(url.startswith(server + "/") for url in loaded), loaded
    shots = Path(os.environ.get("CBEC_RAG_SCREENSHOT_DIR") or tmp_path)
    shots.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(shots / "api-docs.png"))
    assert (shots / "api-docs.png").stat().st_size > 10_000
