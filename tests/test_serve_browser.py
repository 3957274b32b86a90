"""kg serve's query page, and a page on another origin reading the endpoint, in Debian's Chromium.

Skipped when /usr/bin/chromium or playwright is missing; CI installs both (see .ci/run).
"""

from __future__ import annotations

import contextlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from _net import uvicorn_app
from conftest import SEED

from kg.browser import CHROMIUM
from kg.serve import make_app

sync_api = pytest.importorskip("playwright.sync_api")
pytestmark = [
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed"),
    pytest.mark.browser,
]


@pytest.fixture(scope="module")
def server():
    from kg.store import build_store

    with uvicorn_app(make_app(build_store(list(SEED)), max_rows=5)) as url:
        yield url


@pytest.fixture
def page(browser, server):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(server + "/")
    yield page
    context.close()
    assert not errors


def test_run_a_named_query_with_a_parameter(page):
    page.select_option("#named-select", "who-proposed-what")
    page.fill('input[data-param="actor"]', "Байтақ")  # any spelling of a name resolves
    page.click("#named-run")
    page.wait_for_selector("#results table")
    headers = page.eval_on_selector_all("#results th", "els => els.map(e => e.textContent)")
    assert headers[:3] == ["proposer", "proposal", "provision"]
    assert "Article 8" in page.text_content("#results tbody")


def test_run_an_ad_hoc_query_and_see_the_row_cap(page):
    page.fill("#adhoc-text", "SELECT ?s WHERE { ?s ?p ?o }")
    page.click("#adhoc-run")
    page.wait_for_selector("#results table")
    assert page.eval_on_selector_all("#results tbody tr", "rows => rows.length") == 5
    assert "cut at the server's limit of 5 rows" in page.text_content("#notice")


def test_a_refused_service_query_shows_the_reason(page):
    page.fill("#adhoc-text", "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    page.click("#adhoc-run")
    page.wait_for_selector("#status.error")
    text = page.text_content("#status")
    assert "403" in text and "SERVICE" in text


def test_download_the_results_as_csv(page):
    page.fill("#adhoc-text", "SELECT ?s WHERE { ?s a ?c } ORDER BY ?s LIMIT 3")
    page.click("#adhoc-run")
    page.wait_for_selector('#downloads a[data-format="csv"]')
    with page.expect_download() as download:
        page.click('#downloads a[data-format="csv"]')
    path = download.value.path()
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    assert lines[0] == "s" and len(lines) == 4


def test_an_actor_link_runs_the_actor_query(page):
    page.fill(
        "#adhoc-text",
        "SELECT ?person WHERE { VALUES ?person { <https://w3id.org/reform-kg/id/azamatkhan-amirtayev> } }",
    )
    page.click("#adhoc-run")
    page.wait_for_selector("#results a.actor")
    page.click("#results a.actor >> nth=0")
    page.wait_for_function("document.getElementById('named-select').value === 'actor'")
    page.wait_for_selector("#results table")
    assert page.input_value('input[data-param="actor"]') == "https://w3id.org/reform-kg/id/azamatkhan-amirtayev"
    assert "Political Council" in page.text_content("#results tbody")


@contextlib.contextmanager
def other_origin(html: str):
    """A page served from another loopback port: another origin, as a YASGUI page would be."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            body = html.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://localhost:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_a_page_on_another_origin_reads_results(browser, server):
    """A YASGUI-style POST with a preflight (its Content-Type and Accept) from another origin."""
    script = f"""<!DOCTYPE html><script>
    window.result = fetch({server!r} + "/sparql", {{
      method: "POST",
      headers: {{"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"}},
      body: "SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o }}"
    }}).then(r => r.json()).then(j => j.results.bindings[0].n.value, e => "error: " + e);
    </script>"""
    with other_origin(script) as url:
        context = browser.new_context()
        page = context.new_page()
        page.goto(url)
        value = page.evaluate("window.result")
        context.close()
    assert value.isdigit() and int(value) > 0
