"""`kg serve` and `kg push` against a real Oxigraph server on loopback."""
import json
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
import rdflib
from rdflib import RDFS, Literal, URIRef

from conftest import ROOT, need
from kg.output import turtle_bytes
from kg.query import load_query

GRAPH = "https://example.org/graph/seeds"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _sparql(base, text):
    data = urllib.parse.urlencode({"query": text}).encode()
    req = urllib.request.Request(base + "/query", data=data,
                                 headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        res = json.load(resp)
    if "boolean" in res:
        return res["boolean"]
    return [{k: v["value"] for k, v in b.items()} for b in res["results"]["bindings"]]


def _wait_until_up(base, proc, seconds=60):
    end = time.time() + seconds
    while time.time() < end:
        if proc.poll() is not None:
            raise AssertionError(f"server exited early: {proc.stderr.read()[-500:]!r}")
        try:
            _sparql(base, "ASK {}")
            return
        except (urllib.error.URLError, ConnectionError, OSError):
            time.sleep(0.2)
    raise AssertionError("server did not come up")


def _stop(proc):
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="module")
def seeds_ttl(seeds_result, tmp_path_factory):
    path = tmp_path_factory.mktemp("serve") / "kg.ttl"
    path.write_bytes(turtle_bytes(seeds_result.graph))
    return path


@pytest.fixture
def oxigraph_server(tmp_path):
    exe = shutil.which("oxigraph")
    need(exe is not None, "the oxigraph command (pip install oxigraph)")
    port = _free_port()
    proc = subprocess.Popen([exe, "serve", "--location", str(tmp_path / "store"),
                             "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, proc)
        yield base
    finally:
        _stop(proc)


def kg_cli(*args):
    return subprocess.run([sys.executable, "-m", "kg", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def _count(base, graph):
    return int(_sparql(base, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
               [0]["n"])


def test_push_replaces_the_named_graph(oxigraph_server, seeds_result, seeds_ttl, tmp_path):
    r = kg_cli("push", "--endpoint", oxigraph_server + "/store", "--graph", GRAPH,
               "--ttl", str(seeds_ttl))
    assert r.returncode == 0, r.stderr
    assert _count(oxigraph_server, GRAPH) == len(seeds_result.graph)
    rows = _sparql(oxigraph_server, f"""
        PREFIX kg: <https://w3id.org/kg-news/ontology#>
        PREFIX org: <http://www.w3.org/ns/org#>
        PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?name ?post WHERE {{ GRAPH <{GRAPH}> {{
          ?o a kg:Official ; rdfs:label ?name ; org:hasMembership/kg:postTitle ?post }} }}""")
    assert {"name": "虎荣鑫", "post": "区长"} in rows

    small = rdflib.Graph()
    small.add((URIRef("urn:x:a"), RDFS.label, Literal("甲")))
    (tmp_path / "small.ttl").write_bytes(turtle_bytes(small))
    r = kg_cli("push", "--endpoint", oxigraph_server + "/store", "--graph", GRAPH,
               "--ttl", str(tmp_path / "small.ttl"), "-q")
    assert r.returncode == 0, r.stderr
    assert _count(oxigraph_server, GRAPH) == 1          # replaced, not added to


def test_push_errors_are_one_line(seeds_ttl):
    port = _free_port()                                 # nothing listens there
    r = kg_cli("push", "--endpoint", f"http://127.0.0.1:{port}/store", "--ttl", str(seeds_ttl))
    assert r.returncode == 1
    assert r.stderr.startswith("kg: error: ") and r.stderr.count("\n") == 1
    assert "cannot reach it" in r.stderr


def test_push_reports_http_errors(oxigraph_server, seeds_ttl):
    r = kg_cli("push", "--endpoint", oxigraph_server + "/no-such-service", "--ttl", str(seeds_ttl))
    assert r.returncode == 1 and "HTTP 404" in r.stderr


def test_kg_serve_answers_saved_queries_read_only_and_stops(seeds_ttl):
    need(shutil.which("oxigraph") is not None, "the oxigraph command (pip install oxigraph)")
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "kg", "serve", "--ttl", str(seeds_ttl),
                             "--port", str(port)], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(base, proc)
        # a saved query sent as is: an unbound parameter means "no filter"
        rows = _sparql(base, load_query("officials_by_post").text)
        assert {"official": "虎荣鑫", "postTitle": "区长", "role": "区长",
                "organization": "二七区人民政府"} in rows
        with urllib.request.urlopen(base + "/", timeout=10) as resp:
            assert resp.status == 200 and "html" in resp.headers["Content-Type"]
        update = urllib.request.Request(base + "/update", data=urllib.parse.urlencode(
            {"update": "DROP ALL"}).encode())
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(update, timeout=10)
        assert len(_sparql(base, "SELECT * WHERE { ?s ?p ?o } LIMIT 5")) == 5
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=20) == 0
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", port), timeout=2).close()
    finally:
        _stop(proc)


def test_kg_serve_missing_file_is_one_line(tmp_path):
    r = kg_cli("serve", "--ttl", str(tmp_path / "none.ttl"), "--port", str(_free_port()))
    assert r.returncode == 1 and "none.ttl: no such file" in r.stderr
