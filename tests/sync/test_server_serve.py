"""`eoffice-server serve` as IT staff run it: HTTPS with a certificate made by openssl, health and metrics, one JSON
log line per request, and clear refusals of incomplete TLS options."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from sync.server.cli import main as server_cli

ROOT = Path(__file__).resolve().parents[2]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_over_https_answers_health_and_metrics_and_logs_json(tmp_path: Path):
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    made = subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"]
        + ["-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=127.0.0.1"]
        + ["-addext", "subjectAltName=IP:127.0.0.1"],
        capture_output=True,
        timeout=60,
    )
    assert made.returncode == 0, made.stderr
    port = _free_port()
    log = tmp_path / "server.log"
    with log.open("wb") as sink:
        server = subprocess.Popen(
            [sys.executable, "-m", "sync.server.cli", "--data-dir", str(tmp_path / "srv"), "serve"]
            + ["--port", str(port), "--tls-cert", str(cert), "--tls-key", str(key)],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=sink,
        )
    try:
        url = f"https://127.0.0.1:{port}"
        for _ in range(200):
            try:
                health = requests.get(f"{url}/v1/health", verify=str(cert), timeout=5)
                break
            except requests.ConnectionError:
                time.sleep(0.1)
        else:
            pytest.fail(log.read_text())
        assert health.json() == {"protocol": 1, "status": "ok"}
        with pytest.raises(requests.exceptions.SSLError):
            requests.get(f"{url}/v1/health", timeout=5)  # without trusting the certificate: refused, not plain
        assert requests.get(f"{url}/v1/pull", verify=str(cert), timeout=5).status_code == 401
        metrics = requests.get(f"{url}/v1/metrics", verify=str(cert), timeout=5).json()
        assert metrics["requests"] >= 2 and metrics["error.unauthorized"] == 1
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            raise
    lines = [json.loads(line) for line in log.read_text().splitlines() if line.startswith("{")]
    requests_logged = [line for line in lines if line.get("msg") == "request"]
    assert {"ts", "level", "method", "path", "status", "ms"} <= set(requests_logged[0])
    assert any(line["path"] == "/v1/pull" and line["status"] == 401 for line in requests_logged)


def test_serve_refuses_incomplete_tls_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    data = ["--data-dir", str(tmp_path / "srv"), "serve"]
    assert server_cli([*data, "--tls-cert", str(tmp_path / "cert.pem")]) == 2
    assert "both --tls-cert and --tls-key" in capsys.readouterr().err
    assert server_cli([*data, "--tls-cert", str(tmp_path / "c.pem"), "--tls-key", str(tmp_path / "k.pem")]) == 2
    assert "does not exist" in capsys.readouterr().err
