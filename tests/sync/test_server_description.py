"""The OpenAPI description says what the server accepts, checked one case at a time (schemathesis explores the rest):
405 answers name the allowed methods, requests valid by the description are not refused as invalid."""

from __future__ import annotations

from typing import Any

import requests

from sync.server.admin import add_office, new_enrolment_code
from sync.server.ca import ServerCA


def _token(central: Any) -> str:
    with central.database.write() as s:
        add_office(s, "ທດ", "ຫ້ອງການທົດລອງ")
        code = new_enrolment_code(s, "ທດ")
    answer = requests.post(f"{central.url}/v1/devices/enrol", json={"code": code, "device_name": "PC"}, timeout=30)
    return str(answer.json()["token"])


def test_what_the_description_allows_is_accepted_and_405_names_the_methods(central, tmp_path):
    headers = {"Authorization": f"Bearer {_token(central)}"}
    for method, path, allowed in (("TRACE", "/v1/push", "POST"), ("GET", "/v1/blobs/have", "POST")):
        answer = requests.request(method, f"{central.url}{path}", headers=headers, timeout=30)
        assert answer.status_code == 405 and answer.headers["Allow"] == allowed and answer.json()["protocol"] == 1

    # JSON Schema's integer includes 6387479.0; 6387479.5 is not one
    whole = requests.post(f"{central.url}/v1/digest", json={"upto": 6387479.0, "count": 0, "xsum": 0}, headers=headers)
    assert whole.status_code == 200 and whole.json()["server_count"] == 0
    half = requests.post(f"{central.url}/v1/digest", json={"upto": 6387479.5, "count": 0, "xsum": 0}, headers=headers)
    assert half.status_code == 422

    ServerCA.create(tmp_path, "ທົດລອງ CA")  # the server's CA lives next to its file folder
    stranger = {"user_id": "not-a-user", "csr_pem": "-----BEGIN CERTIFICATE REQUEST-----\n" + "A" * 100}
    refused = requests.post(f"{central.url}/v1/ca/certificates", json=stranger, headers=headers, timeout=30)
    assert (refused.status_code, refused.json()["code"]) == (404, "certificate_refused")

    description = requests.get(f"{central.url}/v1/openapi.json", timeout=30).json()
    paths = description["paths"]
    assert description["components"]["securitySchemes"]["HTTPBearer"] == {
        "type": "http",
        "scheme": "bearer",
        "description": "the device token given at enrolment",
    }
    assert paths["/v1/push"]["post"]["security"] == [{"HTTPBearer": []}]
    assert "security" not in paths["/v1/devices/enrol"]["post"]
    name = next(p for p in paths["/v1/blobs/{blob_hash}"]["get"]["parameters"] if p["name"] == "blob_hash")
    assert name["schema"]["pattern"] == "^sha256:[0-9a-f]{64}$"
    for path, method in (("/v1/bundles/relay", "post"), ("/v1/blobs/{blob_hash}/chunks/{index}", "put")):
        body = paths[path][method]["requestBody"]
        assert body["required"] and body["content"]["application/octet-stream"]["schema"]["minLength"] == 1
    empty = requests.post(f"{central.url}/v1/bundles/relay", data=b"", headers=headers, timeout=30)
    assert empty.status_code == 422  # the description says so: a bundle has at least one byte
