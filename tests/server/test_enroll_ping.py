"""Ping and enrolment against the real server."""

from __future__ import annotations

import requests

from sangkien_desktop import protocol
from tests.support.live_server import LiveServer


def test_ping_answers_protocol_json(live_server: LiveServer) -> None:
    answer = requests.get(f"{live_server.url}/api/v1/ping", timeout=10)
    assert answer.status_code == 200
    assert answer.headers[protocol.HEADER_PROTOCOL] == "1"
    body = answer.json()
    assert body["protocol"] == 1
    assert body["server_id"].startswith("srv-")
    assert body["server_time"].endswith("Z")
    assert body["min_client_version"] == "0.1.0"


def test_enrolment_issues_credentials_once(live_server: LiveServer) -> None:
    code = live_server.enrollment_code()
    request = {"protocol": 1, "code": code, "device_name": "Máy văn phòng", "office_public_key": None}
    answer = requests.post(f"{live_server.url}/api/v1/enroll", json=request, timeout=10)
    assert answer.status_code == 201, answer.text
    body = answer.json()
    assert body["unit_code"] == "CDCS-01"
    assert body["unit_name"] == "Công đoàn cơ sở Công ty May 10"
    assert body["device_epoch"] == 1
    assert len(bytes.fromhex(body["hmac_key"])) == 32
    again = requests.post(f"{live_server.url}/api/v1/enroll", json=request, timeout=10)
    assert again.status_code == 403
    assert again.json()["error"] == "enrollment_code_invalid"
    assert again.headers[protocol.HEADER_PROTOCOL] == "1"
