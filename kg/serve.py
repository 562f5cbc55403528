"""The graph behind a real SPARQL 1.1 endpoint, and pushing it to one.

`serve` loads the Turtle file into a temporary Oxigraph store and runs the
`oxigraph` server on it (read-only unless asked, on 127.0.0.1 unless asked);
its root page is a query editor.  `push` replaces a graph on any SPARQL 1.1
Graph Store endpoint with one HTTP PUT (urllib only).
"""
from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from kg.errors import KgError


class EndpointError(KgError):
    """The SPARQL server cannot be started, or an endpoint refused or is unreachable."""


def oxigraph_executable() -> str:
    """Path of the `oxigraph` command (pip install oxigraph).

    >>> Path(oxigraph_executable()).name.startswith("oxigraph")
    True
    """
    found = shutil.which("oxigraph")
    if not found:
        beside = Path(sys.executable).with_name("oxigraph")
        found = str(beside) if beside.exists() else None
    if not found:
        raise EndpointError("the `oxigraph` command is not installed (pip install oxigraph)")
    return found


def _graph_file(ttl) -> Path:
    path = Path(ttl)
    if not path.is_file():
        raise EndpointError(f"{path}: no such file (build it first with `kg build`)")
    return path


def _format(path: Path) -> str:
    return "application/n-triples" if path.suffix == ".nt" else "text/turtle"


def serve(ttl="output/kg.ttl", host: str = "127.0.0.1", port: int = 7878,
          writable: bool = False, ready=None) -> int:
    """Serve `ttl` at http://host:port/query until interrupted; returns an exit code.

    Runs until Ctrl-C or SIGTERM, then stops the server and deletes the
    temporary store.  `ready(url)` is called once the data is loaded."""
    path = _graph_file(ttl)
    exe = oxigraph_executable()
    with tempfile.TemporaryDirectory(prefix="kg-serve-") as store:
        loaded = subprocess.run([exe, "load", "--location", store, "--file", str(path),
                                 "--format", _format(path)], capture_output=True, text=True)
        if loaded.returncode != 0:
            last = (loaded.stderr.strip().splitlines() or ["unknown error"])[-1]
            raise EndpointError(f"{path}: oxigraph cannot load it: {last}")
        mode = "serve" if writable else "serve-read-only"
        proc = subprocess.Popen([exe, mode, "--location", store, "--bind", f"{host}:{port}"])

        # SIGTERM ends this process like Ctrl-C, so the server below is stopped too
        def _stop(signum, frame):
            raise KeyboardInterrupt
        old = signal.signal(signal.SIGTERM, _stop)
        try:
            url = f"http://{host}:{port}"
            print(f"kg: SPARQL endpoint {url}/query ({'read-write' if writable else 'read-only'}); "
                  f"query editor at {url}/ ; Ctrl-C stops", file=sys.stderr, flush=True)
            if ready:
                ready(url)
            code = proc.wait()
            if code != 0:
                raise EndpointError(f"oxigraph server exited with status {code} "
                                    f"(is {host}:{port} already in use?)")
            return 0
        except KeyboardInterrupt:
            return 0
        finally:
            signal.signal(signal.SIGTERM, old)
            if proc.poll() is None:
                proc.terminate()
                try:
                    proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    proc.kill()
                    proc.wait()


def push(ttl, endpoint: str, graph: str | None = None, timeout: float = 300) -> int:
    """Replace `graph` (a named graph IRI, or the default graph when None) on a
    SPARQL 1.1 Graph Store endpoint with the contents of `ttl`, by HTTP PUT.
    Returns the HTTP status.

    >>> push("/nonexistent.ttl", "http://127.0.0.1:9/store")  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ...
    kg.serve.EndpointError: /nonexistent.ttl: no such file (build it first with `kg build`)
    """
    path = _graph_file(ttl)
    if not endpoint.startswith(("http://", "https://")):
        raise EndpointError(f"{endpoint}: not an http(s) URL")
    query = urllib.parse.urlencode({"graph": graph}) if graph else "default"
    url = endpoint + ("&" if "?" in endpoint else "?") + query
    data = path.read_bytes()
    req = urllib.request.Request(url, data=data, method="PUT",
                                 headers={"Content-Type": _format(path)})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status
    except urllib.error.HTTPError as exc:
        body = exc.read().decode("utf-8", "replace").strip().splitlines()
        raise EndpointError(f"{endpoint}: HTTP {exc.code} {exc.reason}"
                            + (f": {body[0][:200]}" if body else "")) from exc
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise EndpointError(f"{endpoint}: cannot reach it ({reason})") from exc
