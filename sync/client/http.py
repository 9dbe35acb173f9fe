"""The HTTP transport to the central server: one keep-alive connection, zstd request bodies, stall timeouts instead
of whole-request timeouts, and no answer taken as success unless it carries the protocol envelope."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlsplit

import requests
import zstandard
from pydantic import ValidationError

from sync.client.errors import (
    DeviceRevoked,
    NotEnrolled,
    Offline,
    ProtocolUnsupported,
    Refused,
    ServerBusy,
    SyncError,
)
from sync.client.transport import BlobNeeds, Cancelled, Progress, PullBatch
from sync.protocol import PROTOCOL_HEADER, PROTOCOL_VERSION
from sync.protocol.envelope import EventEnvelope, canonical_json
from sync.protocol.messages import (
    CHUNK_SIZE,
    Answer,
    BlobComplete,
    BlobQuery,
    BlobStatus,
    CertificateRequest,
    Confirmations,
    ConfirmedNumber,
    ConfirmRequest,
    Enrolled,
    EnrolRequest,
    Hello,
    IssuedCertificate,
    NumberBlockOut,
    NumberBlockRequest,
    NumberBlocks,
    OfficeKeyAnswer,
    ProvisionalLetter,
    PullAnswer,
    PushAnswer,
    Request,
    SeriesWant,
    TrustAnswer,
)
from sync.protocol.scan_text import ScanTextPage, ScanTextPush, ScanTextPushAnswer
from sync.protocol.zstd import inflate

AnswerT = TypeVar("AnswerT", bound=Answer)
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
CONNECT_TIMEOUT = 15
STALL_TIMEOUT = 30  # seconds without a byte: a slow 2G upload is fine, a dead link is not


def exchanged(response: requests.Response, body: bool = True) -> tuple[int, int]:
    """(bytes sent, bytes received) of one request over HTTP/1.1, as they went over the connection: the request line,
    headers (with the `Host` that the connection adds) and body as sent; the status line, headers and body as they
    came, before decompressing (`body=False`: the answer's body is not read yet). Not in it: TLS and TCP/IP framing."""
    request = response.request
    url = urlsplit(request.url or "")
    host = f"[{url.hostname}]" if url.hostname and ":" in url.hostname else url.hostname or ""
    if url.port is not None and url.port != {"http": 80, "https": 443}.get(url.scheme):
        host += f":{url.port}"
    sent = len(f"{request.method} {request.path_url} HTTP/1.1\r\nHost: {host}\r\n\r\n")
    sent += int(request.headers.get("Content-Length") or 0)  # the body as sent (every body here has a length)
    sent += sum(len(_header(name, value)) for name, value in request.headers.items())
    raw = response.raw
    received = len(f"HTTP/1.1 {response.status_code} {response.reason or ''}\r\n\r\n".encode("latin-1", "replace"))
    received += sum(len(_header(name, value)) for name, value in raw.headers.items())
    if body:
        received += raw.tell()
    return sent, received


def _header(name: str | bytes, value: str | bytes) -> bytes:
    def text(part: str | bytes) -> bytes:
        return part if isinstance(part, bytes) else part.encode("latin-1", "replace")

    return text(name) + b": " + text(value) + b"\r\n"


class HttpTransport:
    def __init__(self, base_url: str, token: str | None = None, session: requests.Session | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self.token = token
        self.http = session or requests.Session()
        self.bytes_sent = 0
        self.bytes_received = 0

    # -- plumbing --------------------------------------------------------------------------------------------
    def headers(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        """What every request to the server carries (protocol, credential); also for requests made elsewhere."""
        headers = {"Accept-Encoding": "gzip", PROTOCOL_HEADER: str(PROTOCOL_VERSION)}
        if self.token:
            headers["Authorization"] = f"Bearer {self.token}"
        headers.update(extra or {})
        return headers

    def _request(
        self,
        method: str,
        path: str,
        *,
        body: bytes | None = None,
        headers: dict[str, str] | None = None,
        params: dict[str, Any] | None = None,
        raw: bool = False,
    ) -> Any:
        try:
            response = self.http.request(
                method,
                self.base_url + path,
                data=body,
                params=params,
                headers=self.headers(headers),
                timeout=(CONNECT_TIMEOUT, STALL_TIMEOUT),
            )
        except requests.RequestException as exc:
            raise Offline("No connection to the server ({error}).", error=type(exc).__name__) from None
        self._count(response)
        if raw and response.status_code == 200:
            return response.content
        data = self.envelope(response)
        if response.status_code >= 400:
            raise self.refusal(response.status_code, data)
        return data

    @staticmethod
    def refusal(status: int, data: dict[str, Any]) -> SyncError:
        """The error for the server's refusal `data` (its JSON answer) with HTTP `status`: what to do next."""
        code = str(data.get("code", "refused"))
        message = str(data.get("message_en", f"HTTP {status}"))
        if code == "device_revoked":
            return DeviceRevoked(message, code)
        if code == ProtocolUnsupported.code:
            return ProtocolUnsupported(message, code)
        if status == 401:
            return NotEnrolled(message, code)
        if status >= 500 or status in (408, 429) or data.get("retry"):  # (a full server disk: 507) tried again later
            return ServerBusy(message, code).because(data.get("reason"))
        return Refused(message, code).because(data.get("reason"))

    def _count(self, response: requests.Response, body: bool = True) -> None:
        """The data meter: what went over the connection, as the office pays for it (the bodies as they travelled,
        compressed, and the request and status lines and headers both ways)."""
        sent, received = exchanged(response, body)
        self.bytes_sent += sent
        self.bytes_received += received

    @staticmethod
    def envelope(response: requests.Response) -> dict[str, Any]:
        try:
            data = response.json()
        except ValueError:
            data = None
        if not isinstance(data, dict) or not isinstance(data.get("protocol"), int):
            # A captive portal or a proxy error page: not our server, not an acknowledgement.
            raise Offline(
                "The answer (HTTP {status}) did not come from the eOffice server.", status=response.status_code
            )
        if data["protocol"] != PROTOCOL_VERSION and not (response.status_code >= 400 and "code" in data):
            # Our server, of another version (its refusals are read whatever its version: they say what to do).
            raise ProtocolUnsupported(
                "The server speaks sync protocol {server}; this PC speaks {ours}. "
                "Update eOffice on this PC, or ask IT to update the server.",
                server=data["protocol"],
                ours=PROTOCOL_VERSION,
            )
        return data

    @staticmethod
    def _answer(model: type[AnswerT], data: dict[str, Any]) -> AnswerT:
        """An answer read with the same model the server wrote it with; one that does not fit is not our server's."""
        try:
            return model.model_validate(data)
        except ValidationError as exc:
            raise Offline(
                "The answer did not come from the eOffice server ({count} wrong fields).", count=exc.error_count()
            ) from None

    def _send(self, path: str, message: type[Request], compress: bool = False, **fields: Any) -> Any:
        """POST a request body declared in sync/protocol/messages.py, checked here as the server checks it: a value the
        server would refuse is refused before anything is sent, in the server's words."""
        try:
            request = message(**fields)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(part) for part in first.get("loc", ()))
            raise Refused(
                "Invalid request at {where}: {problem}", "invalid_request", where=where, problem=first.get("msg", "")
            ) from None
        return self._json("POST", path, request.model_dump(mode="json", by_alias=True, exclude_none=True), compress)

    def _json(self, method: str, path: str, payload: dict[str, Any], compress: bool = False) -> Any:
        body = canonical_json(payload).encode("utf-8")
        headers = {"Content-Type": "application/json"}
        if compress:
            body = zstandard.ZstdCompressor(level=6).compress(body)
            headers["Content-Encoding"] = "zstd"
        return self._request(method, path, body=body, headers=headers)

    # -- the protocol ----------------------------------------------------------------------------------------
    def enrol(
        self,
        code: str,
        device_name: str,
        app_version: str,
        local_office_id: str | None,
        device_id: str | None,
        replaces: str | None = None,
    ) -> dict[str, Any]:
        data: dict[str, Any] = self._send(
            "/v1/devices/enrol",
            EnrolRequest,
            code=code,
            device_name=device_name,
            app_version=app_version,
            local_office_id=local_office_id,
            device_id=device_id,
            replaces=replaces or None,  # a restored PC enrolling again under a new id: the id the server knew it by
        )
        self.token = self._answer(Enrolled, data).token
        return data

    def hello(self) -> Hello:
        return self._answer(Hello, self._request("GET", "/v1/hello"))

    def push(self, events: list[EventEnvelope]) -> PushAnswer:
        # The events go as the log holds them (the server reads them as `PushRequest`): a malformed one is refused by
        # the server, event by event, and reported, rather than stopping the whole push here.
        data = self._json("POST", "/v1/push", {"events": [e.to_dict() for e in events]}, compress=True)
        return self._answer(PushAnswer, data)

    def office_key(self) -> dict[str, Any]:
        """The keys of the USB bundles between this PC's office's PCs: the newest and its number, and all by number
        (base64)."""
        return self._answer(OfficeKeyAnswer, self._request("GET", "/v1/office-key")).model_dump()

    def office_directory(self) -> list[dict[str, str]]:
        """The offices the server knows (id, code, names): how this PC names the senders of letters that arrive."""
        data = self._request("GET", "/v1/office")
        return [{k: str(v) for k, v in entry.items()} for entry in data.get("offices", [])]

    def directory(self, since: int) -> dict[str, Any]:
        """The national directory of offices and public holidays changed after version `since` (all of it for 0),
        asked zstd-compressed (a third smaller than gzip for the whole directory)."""
        return self._zstd_json("/v1/directory", {"since": since})

    def _zstd_json(self, path: str, params: dict[str, Any]) -> dict[str, Any]:
        """GET an answer the server sends zstd-compressed when asked (a third smaller than gzip for text)."""
        body = self._request("GET", path, params=params, headers={"Accept-Encoding": "zstd, gzip"}, raw=True)
        try:
            if body[:4] == ZSTD_MAGIC:
                body = inflate(body, 256 * 1024 * 1024)
            data = json.loads(body)
        except (zstandard.ZstdError, ValueError):
            data = None
        if not isinstance(data, dict) or data.get("protocol") != PROTOCOL_VERSION:
            raise Offline("The answer did not come from the eOffice server.")
        return data

    def scan_text_push(self, readings: list[dict[str, Any]]) -> ScanTextPushAnswer:
        """Text this PC read from scans (one entry a page), zstd-compressed; checked here as the server checks it."""
        data = self._send("/v1/scan-text/push", ScanTextPush, compress=True, readings=readings)
        return self._answer(ScanTextPushAnswer, data)

    def scan_text_pull(self, after: int, reader: int, limit: int) -> ScanTextPage:
        """Text read from scans this office may read, after cursor `after`, by a reader not older than `reader`."""
        data = self._zstd_json("/v1/scan-text/pull", {"after": after, "reader": reader, "limit": limit})
        return self._answer(ScanTextPage, data)

    def number_blocks(self, series: list[SeriesWant]) -> list[NumberBlockOut]:
        """Reserve a block of each asked series of this PC's office."""
        data = self._send("/v1/numbers/blocks", NumberBlockRequest, series=series)
        return self._answer(NumberBlocks, data).blocks

    def confirm_numbers(self, letters: list[ProvisionalLetter]) -> list[ConfirmedNumber]:
        """Final numbers for letters this PC numbered provisionally (the same answer when asked again)."""
        data = self._send("/v1/numbers/confirm", ConfirmRequest, letters=letters)
        return self._answer(Confirmations, data).results

    def ca_trust(self, have_ca: str, have_crl: int, have_tsa: str = "0") -> dict[str, Any]:
        """The organisation's CA certificate, newest revocation list and time-stamping certificates, or `unchanged`
        when the PC has them."""
        params = {"have_ca": have_ca, "have_crl": have_crl, "have_tsa": have_tsa}
        data = self._request("GET", "/v1/ca", params=params)
        self._answer(TrustAnswer, data)
        return dict(data)

    def certify(self, user_id: str, csr_pem: str) -> dict[str, Any]:
        """The server's CA signs an official's certificate request: `certificate_pem` and `ca_pem`."""
        data = self._send("/v1/ca/certificates", CertificateRequest, user_id=user_id, csr_pem=csr_pem)
        self._answer(IssuedCertificate, data)
        return dict(data)

    def timestamp(self, query_der: bytes) -> bytes:
        """An RFC 3161 time-stamp reply (DER) from the server's time-stamping authority."""
        headers = {"Content-Type": "application/timestamp-query"}
        return bytes(self._request("POST", "/v1/tsa", body=query_der, headers=headers, raw=True))

    def pull(self, after: int, limit: int, own: int = 0) -> PullBatch:
        params = {"after": after, "limit": limit} | ({"own": own} if own else {})
        answer = self._answer(PullAnswer, self._request("GET", "/v1/pull", params=params))
        events = [EventEnvelope.from_dict(e) for e in answer.events]
        return PullBatch(events, answer.next, answer.more, answer.epoch, answer.senders)

    def blob_status(self, hashes: list[str]) -> BlobNeeds:
        needs = BlobNeeds()
        for start in range(0, len(hashes), 500):
            status = self._answer(
                BlobStatus, self._send("/v1/blobs/have", BlobQuery, hashes=hashes[start : start + 500])
            )
            for blob_hash in status.present:
                needs.have[blob_hash] = None
            for blob_hash, chunks in status.partial.items():
                needs.have[blob_hash] = set(chunks)
            for blob_hash in status.missing:
                needs.have[blob_hash] = set()
        return needs

    def upload_blob(
        self, blob_hash: str, path: Path, have_chunks: set[int], progress: Progress, cancelled: Cancelled
    ) -> None:
        size = path.stat().st_size
        count = (size + CHUNK_SIZE - 1) // CHUNK_SIZE
        with open(path, "rb") as handle:
            for index in range(count):
                if cancelled():
                    return
                if index in have_chunks:  # sent before the link broke: never twice
                    continue
                handle.seek(index * CHUNK_SIZE)
                data = handle.read(CHUNK_SIZE)
                self._put_chunk(blob_hash, index, data)
                progress(min(size, (index + 1) * CHUNK_SIZE), size)
        self._send(f"/v1/blobs/{blob_hash}/complete", BlobComplete, size=size)

    def _put_chunk(self, blob_hash: str, index: int, data: bytes) -> None:
        headers = self.headers(
            {"X-Chunk-Sha256": hashlib.sha256(data).hexdigest(), "Content-Type": "application/octet-stream"}
        )
        try:
            response = self.http.put(
                f"{self.base_url}/v1/blobs/{blob_hash}/chunks/{index}",
                data=data,
                headers=headers,
                timeout=(CONNECT_TIMEOUT, STALL_TIMEOUT),
            )
        except requests.RequestException as exc:
            raise Offline("No connection to the server ({error}).", error=type(exc).__name__) from None
        self._count(response)
        if response.status_code != 204:  # (a chunk the server's disk did not take: busy, so the sync waits and resends)
            raise self.refusal(response.status_code, self.envelope(response))

    def download_blob(self, blob_hash: str, partial: Path, progress: Progress, cancelled: Cancelled) -> None:
        """Resumes a broken download from the bytes already on disk (HTTP Range)."""
        done = partial.stat().st_size if partial.exists() else 0
        headers = self.headers({"Range": f"bytes={done}-"} if done else {})
        try:
            with self.http.get(
                f"{self.base_url}/v1/blobs/{blob_hash}",
                headers=headers,
                stream=True,
                timeout=(CONNECT_TIMEOUT, STALL_TIMEOUT),
            ) as response:
                self._count(response, body=False)  # the file's bytes are counted as they arrive
                if response.status_code not in (200, 206):
                    self.envelope(response)
                    raise Refused("The server has no file {blob} for this office.", "not_found", blob=blob_hash)
                if response.headers.get("Content-Type", "").split(";")[0].strip() != "application/octet-stream":
                    # A captive portal's 200 page is not the file: keep what was already fetched.
                    raise Offline(
                        "The answer (HTTP {status}) did not come from the eOffice server.", status=response.status_code
                    )
                if response.status_code == 200:
                    done = 0
                total = done + int(response.headers.get("Content-Length", "0"))
                with open(partial, "ab" if done else "wb") as out:
                    for chunk in response.iter_content(64 * 1024):
                        if cancelled():
                            return
                        out.write(chunk)
                        done += len(chunk)
                        self.bytes_received += len(chunk)  # sent as stored (identity): the bytes on the wire
                        progress(done, total)
        except requests.RequestException as exc:
            raise Offline("The download was interrupted ({error}); it will resume.", error=type(exc).__name__) from None
