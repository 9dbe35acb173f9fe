"""Sync over a poor 2G/EDGE link: 1,000 letters of metadata and 20 MB of scans between two desktops and the real
server, with the server in its own network namespace joined to the desktops' by a veth pair.

    sudo python benchmarks/sync_link.py [--letters 1000] [--blob-mb 20] [--rate-kbit 200] [--delay-ms 300]
                                        [--loss-pct 2] [--cut-mb 5] [--pull-limit 500]

NEEDS ROOT (network namespaces, tc, nftables). The kernel here has no netem, so the link is built from parts: rate
with `tbf` on both ends of the veth, random loss with nftables `numgen random` (real TCP retransmits), and the one-way
delay (each direction) by a small relay inside the server's namespace that holds every chunk of bytes for the delay,
order kept. The baseline is the link's physical minimum for what was sent in the same run: the bytes the relay carried
(compressed bodies and HTTP headers) divided by the rate, plus one round trip per request (the TCP handshake costs no
delay here: it happens before the relay). After its push, the sender pulls twice from the same cursor: once as before
the server left a PC's own events out (they all come back), once as now. Prints figures and ends with one line
`letters=N meta_ratio=.. blob_ratio=.. bytes_per_letter=.. resent_chunks=.. pull_back_bytes=OLD->NEW pull_ratio=..` so
runs can be compared.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TAG = f"eosl{os.getpid() % 10000}"
SUBNET = f"10.199.{os.getpid() % 250}"
CLIENT_IP, SERVER_IP = f"{SUBNET}.1", f"{SUBNET}.2"
RELAY_PORT, SERVER_PORT = 8080, 8443
WORDS = [
    *("ໜັງສື", "ແຈ້ງການ", "ກອງປະຊຸມ", "ງົບປະມານ", "ແຂວງ", "ເມືອງ", "ບ້ານ", "ສະເໜີ", "ລາຍງານ", "ປີ", "ກະຊວງ", "ພະແນກ"),
    *("ການສຶກສາ", "ສາທາລະນະສຸກ", "ໂຄງການ", "ກໍ່ສ້າງ", "ເສັ້ນທາງ", "ຂົວ", "ໂຮງຮຽນ", "ການເງິນ", "ແຜນການ", "ຕິດຕາມ"),
    *("ປະເມີນຜົນ", "ຂໍອະນຸມັດ", "ເຊີນ", "ເຂົ້າຮ່ວມ", "ສະຫຼຸບ"),
]


# -- the relay (runs inside the server's namespace) -------------------------------------------------------------
async def _pump(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float, stats: dict[str, Any], key: str
) -> None:
    queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

    async def deliver() -> None:
        while True:
            due, data = await queue.get()
            if not data:
                writer.close()
                return
            await asyncio.sleep(max(0.0, due - time.monotonic()))
            writer.write(data)
            await writer.drain()

    sender = asyncio.create_task(deliver())
    try:
        while True:
            data = await reader.read(65536)
            stats[key] += len(data)
            if key == "up":
                match = re.match(rb"PUT /v1/blobs/[^/]+/chunks/(\d+)", data)
                if match:
                    stats["chunk_puts"].append(int(match.group(1)))
                if re.match(rb"(GET|POST|PUT) /", data):
                    stats["requests"] += 1
            await queue.put((time.monotonic() + delay, data))
            if not data:
                break
        await sender
    except (ConnectionError, OSError):
        sender.cancel()
        writer.close()


async def _relay(listen: str, target: str, delay: float, stats_file: Path) -> None:
    stats: dict[str, Any] = {"up": 0, "down": 0, "connections": 0, "requests": 0, "chunk_puts": []}
    open_writers: set[asyncio.StreamWriter] = set()
    host, port = target.rsplit(":", 1)

    async def handle(client_reader: asyncio.StreamReader, client_writer: asyncio.StreamWriter) -> None:
        stats["connections"] += 1
        try:
            server_reader, server_writer = await asyncio.open_connection(host, int(port))
        except OSError:  # the server is still starting
            client_writer.transport.abort()
            return
        open_writers.update((client_writer, server_writer))
        await asyncio.gather(
            _pump(client_reader, server_writer, delay, stats, "up"),
            _pump(server_reader, client_writer, delay, stats, "down"),
            return_exceptions=True,
        )
        open_writers.difference_update((client_writer, server_writer))

    def cut() -> None:  # SIGUSR1: the link drops (every open connection reset)
        for writer in list(open_writers):
            writer.transport.abort()

    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGUSR1, cut)
    listen_host, listen_port = listen.rsplit(":", 1)
    server = await asyncio.start_server(handle, listen_host, int(listen_port))
    async with server:
        while True:
            stats_file.write_text(json.dumps(stats))
            await asyncio.sleep(0.05)


# -- the link ---------------------------------------------------------------------------------------------------
def sh(*command: str, check: bool = True) -> None:
    subprocess.run(command, check=check, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL if not check else None)


@dataclass
class Link:
    rate_kbit: int
    delay_ms: int
    loss_pct: float
    ns: str = f"{TAG}s"
    cli_if: str = f"{TAG}c"
    srv_if: str = f"{TAG}v"

    def up(self) -> None:
        sh("ip", "netns", "add", self.ns)
        sh("ip", "link", "add", self.cli_if, "type", "veth", "peer", "name", self.srv_if)
        sh("ip", "link", "set", self.srv_if, "netns", self.ns)
        sh("ip", "addr", "add", f"{CLIENT_IP}/30", "dev", self.cli_if)
        sh("ip", "link", "set", self.cli_if, "up")
        sh("ip", "netns", "exec", self.ns, "ip", "addr", "add", f"{SERVER_IP}/30", "dev", self.srv_if)
        sh("ip", "netns", "exec", self.ns, "ip", "link", "set", self.srv_if, "up")
        sh("ip", "netns", "exec", self.ns, "ip", "link", "set", "lo", "up")
        tbf = ["tbf", "rate", f"{self.rate_kbit}kbit", "burst", "4kb", "latency", "4000ms"]
        sh("tc", "qdisc", "add", "dev", self.cli_if, "root", *tbf)
        sh("ip", "netns", "exec", self.ns, "tc", "qdisc", "add", "dev", self.srv_if, "root", *tbf)
        if not self.loss_pct:
            return  # no loss asked for: nftables is not needed
        for prefix, iface in (((), self.cli_if), (("ip", "netns", "exec", self.ns), self.srv_if)):
            rules = (
                f"add table inet {TAG}\n"
                f"add chain inet {TAG} out {{ type filter hook output priority 0 ; }}\n"
                f'add rule inet {TAG} out oifname "{iface}" numgen random mod 1000 < {int(self.loss_pct * 10)} drop\n'
            )
            subprocess.run([*prefix, "nft", "-f", "-"], input=rules.encode(), check=True)

    def down(self) -> None:
        if self.loss_pct:
            sh("nft", "delete", "table", "inet", TAG, check=False)
        sh("ip", "link", "del", self.cli_if, check=False)
        sh("ip", "netns", "del", self.ns, check=False)

    def wire(self) -> tuple[int, int]:
        """Bytes that left and reached the desktops' end of the link (IP and TCP headers, retransmits included)."""
        base = Path(f"/sys/class/net/{self.cli_if}/statistics")
        return int((base / "tx_bytes").read_text()), int((base / "rx_bytes").read_text())

    @property
    def rtt(self) -> float:
        return 2 * self.delay_ms / 1000

    @property
    def bytes_per_s(self) -> float:
        return self.rate_kbit * 1000 / 8


class Services:
    """The server (uvicorn on the namespace's loopback) and the delaying relay in front of it."""

    def __init__(self, link: Link, work: Path) -> None:
        self.link, self.work = link, work
        self.stats_file = work / "relay.json"
        self.log_file = work / "server.log"
        self.log_handle = open(self.log_file, "wb")  # noqa: SIM115 - the server writes to it until stop()
        exec_ns = ["ip", "netns", "exec", link.ns]
        self.server = subprocess.Popen(
            [
                *exec_ns,
                sys.executable,
                "-m",
                "sync.server.cli",
                "--data-dir",
                str(work / "server"),
                "serve",
                "--host",
                "127.0.0.1",
                "--port",
                str(SERVER_PORT),
            ],
            cwd=ROOT,
            stderr=self.log_handle,
        )
        self.relay = subprocess.Popen(
            [
                *exec_ns,
                sys.executable,
                __file__,
                "relay",
                f"{SERVER_IP}:{RELAY_PORT}",
                f"127.0.0.1:{SERVER_PORT}",
                str(link.delay_ms),
                str(self.stats_file),
            ],
            cwd=ROOT,
        )
        self.url = f"http://{SERVER_IP}:{RELAY_PORT}"

    def wait(self) -> None:
        import requests

        for _ in range(600):
            try:
                if requests.get(self.url + "/v1/health", timeout=5).status_code == 200:
                    return
            except requests.RequestException:
                time.sleep(0.1)
        raise SystemExit("the server did not start behind the link")

    def stats(self) -> dict[str, Any]:
        for _ in range(20):
            try:
                return dict(json.loads(self.stats_file.read_text()))
            except (OSError, ValueError):
                time.sleep(0.02)
        raise SystemExit("no relay counters")

    def cut(self) -> None:
        # `ip netns exec` runs the relay as a child: signal the python process itself
        children = subprocess.run(["pgrep", "-P", str(self.relay.pid)], capture_output=True, text=True).stdout.split()
        for pid in children or [str(self.relay.pid)]:
            os.kill(int(pid), signal.SIGUSR1)

    def server_seconds(self) -> float:
        """Time the server spent answering, from its request log (one JSON line per request with "ms")."""
        total = 0.0
        for line in self.log_file.read_text(errors="replace").splitlines():
            if line.startswith("{") and '"ms"' in line:
                total += float(json.loads(line)["ms"]) / 1000
        return total

    def stop(self) -> None:
        for process in (self.relay, self.server):
            process.terminate()
            try:
                process.wait(10)
            except subprocess.TimeoutExpired:
                process.kill()
        self.log_handle.close()


@dataclass
class Measured:
    name: str
    seconds: float
    app_up: int
    app_down: int
    wire_up: int
    wire_down: int
    requests: int
    connections: int
    server_cpu: float  # seconds the server spent answering
    desktop_cpu: float  # CPU seconds of the desktop process

    def minimum(self, link: Link) -> float:
        # Connecting costs no round trip here (the delay lives in the relay, behind the TCP handshake).
        return (self.app_up + self.app_down) / link.bytes_per_s + self.requests * link.rtt

    def ratio(self, link: Link) -> float:
        return self.seconds / self.minimum(link)


def measure(name: str, link: Link, services: Services, action: Any) -> tuple[Measured, Any]:
    before, wire_before = services.stats(), link.wire()
    server_before, cpu_before = services.server_seconds(), time.process_time()
    started = time.perf_counter()
    failure: Exception | None = None
    try:
        result = action()
    except Exception as exc:  # noqa: BLE001 - a cut link: the figures up to the cut are still printed
        result, failure = None, exc
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_before
    time.sleep(0.2)
    after, wire_after = services.stats(), link.wire()
    m = Measured(
        name,
        seconds,
        after["up"] - before["up"],
        after["down"] - before["down"],
        wire_after[0] - wire_before[0],
        wire_after[1] - wire_before[1],
        after["requests"] - before["requests"],
        after["connections"] - before["connections"],
        services.server_seconds() - server_before,
        cpu,
    )
    print(
        f"  {name:<28} {seconds:8.1f} s  up {m.app_up / 1024:9.1f} KiB  down {m.app_down / 1024:9.1f} KiB"
        f"  wire {(m.wire_up + m.wire_down) / 1024:9.1f} KiB  requests {m.requests:4d}"
        f"  minimum {m.minimum(link):7.1f} s  ratio {m.ratio(link):5.2f}"
        f"  (server {m.server_cpu:5.1f} s, desktop CPU {m.desktop_cpu:5.1f} s)",
        flush=True,
    )
    if failure is not None:
        raise failure
    return m, result


# -- the desktops -------------------------------------------------------------------------------------------------
def desktops(work: Path, url: str) -> tuple[Any, Any, str]:
    from eoffice_desktop.core.addresses.addressbook import EntryFields, add_organisation
    from eoffice_desktop.core.office import open_store, setup_office
    from eoffice_desktop.core.registry.numbering import assign_block, series_for
    from sync.client.session import enrol_pc
    from sync.server.admin import add_office, new_enrolment_code
    from sync.server.database import ServerDatabase

    database = ServerDatabase(f"sqlite:///{work / 'server' / 'server.sqlite'}")
    with database.write() as s:
        add_office(s, "ຊສຖ", "ເມືອງໄຊເສດຖາ", "Xaysetha")
        add_office(s, "ນວ", "ນະຄອນຫຼວງ", "Capital")
        codes = new_enrolment_code(s, "ຊສຖ"), new_enrolment_code(s, "ນວ")
    database.dispose()
    stores = []
    for name, code, enrolment in (("a", "ຊສຖ", codes[0]), ("b", "ນວ", codes[1])):
        store = open_store(work / name)
        actor = setup_office(store, code, f"ຫ້ອງການ {code}", code, "admin", "Admin", "password-1")
        with store.db.write() as s:
            for direction in ("in", "out"):
                assign_block(s, series_for(s, direction, date.today().year), 1, 99_999, "manual")
        enrol_pc(store, url, enrolment, name)
        stores.append((store, actor))
    (a, a_actor), (b, _) = stores
    with a.db.write() as s:
        to_b = add_organisation(s, a.log, a_actor, EntryFields("ຫ້ອງວ່າການນະຄອນຫຼວງ", office_id=b.office_id)).id
    return (a, a_actor), (b, _), to_b


def letters(a: Any, actor: Any, to_b: str, count: int, rng: random.Random, scans: list[Path] | None = None) -> None:
    from eoffice_desktop.core.registry.letterform import LetterForm
    from eoffice_desktop.core.registry.register import register_letter

    for n in range(count):
        form = LetterForm(
            direction="out",
            register_date=date.today(),
            recipients=[to_b],
            subject=" ".join(rng.choices(WORDS, k=rng.randint(6, 14))),
            summary=" ".join(rng.choices(WORDS, k=rng.randint(10, 30))),
            sender_ref=f"{rng.randint(1, 9999):04d}/ກຊ",
            keywords=" ".join(rng.choices(WORDS, k=3)),
            urgency=rng.choice(("normal", "normal", "normal", "urgent")),
            attachments=[scans[n]] if scans else [],
        )
        register_letter(a, actor, form)


def scan(work: Path, name: str, size: int, rng: random.Random) -> Path:
    from eoffice_desktop.core.demo.files import demo_pdf

    path = work / name
    path.write_bytes(demo_pdf(name) + rng.randbytes(size))  # scans are already compressed
    return path


class WholeFeed:
    """The desktop's transport, pulling as before the server left a PC's own events out (for the comparison)."""

    def __init__(self, transport: Any) -> None:
        self.transport = transport

    def __getattr__(self, name: str) -> Any:
        return getattr(self.transport, name)

    def pull(self, after: int, limit: int, own: int = 0) -> Any:
        return self.transport.pull(after, limit)


def run(args: argparse.Namespace) -> int:
    from eoffice_desktop.core.replication import cursor, set_cursor
    from sync.client import engine
    from sync.client.engine import SyncEngine, SyncPolicy
    from sync.client.errors import SyncError
    from sync.client.session import transport_for
    from sync.protocol.messages import CHUNK_SIZE

    engine.PULL_LIMIT = args.pull_limit

    link = Link(args.rate_kbit, args.delay_ms, args.loss_pct)
    work = Path(tempfile.mkdtemp(prefix="sync-link-"))
    link.down()
    link.up()
    services = Services(link, work)
    rng = random.Random(7)
    try:
        services.wait()
        print(
            f"link: {args.rate_kbit} kbit/s each way, {args.delay_ms} ms each way (RTT {link.rtt * 1000:.0f} ms), "
            f"{args.loss_pct}% loss each way; chunk {CHUNK_SIZE // 1024} KiB",
            flush=True,
        )
        (a, a_actor), (b, _), to_b = desktops(work, services.url)

        def sync(store: Any, phases: tuple[str, ...], transport: Any = None, **kwargs: Any) -> Any:
            transport = transport or transport_for(store)
            engine = SyncEngine(store, transport, SyncPolicy(big_transfers=True), **kwargs)
            return engine.run(phases)

        sync(a, ("push", "pull", "blobs"))
        sync(b, ("push", "pull", "blobs"))
        letters(a, a_actor, to_b, args.letters, rng)
        push, report = measure(f"push {args.letters} letters", link, services, lambda: sync(a, ("push",)))
        # The sender's next pull, the old way (the server sends its own events back) and as it is now, from the same
        # cursor: the first pull applies nothing (duplicates), so the second starts from the same state.
        with a.db.session() as s:
            start = cursor(s)
        whole = WholeFeed(transport_for(a))
        back_old, _ = measure("pull after push (old)", link, services, lambda: sync(a, ("pull",), whole))
        with a.db.write() as s:
            set_cursor(s, start)
        back, _ = measure("pull after push (own left out)", link, services, lambda: sync(a, ("pull",)))
        pull, report_b = measure(f"pull {args.letters} letters", link, services, lambda: sync(b, ("pull",)))
        assert report_b.pulled >= args.letters, report_b
        meta_ratio = (push.seconds + pull.seconds) / (push.minimum(link) + pull.minimum(link))
        bytes_per_letter = (push.wire_up + push.wire_down) / args.letters

        blob_ratio = float("nan")
        if args.blob_mb > 0:
            count = max(1, round(args.blob_mb / 2))
            size = int(args.blob_mb * 1024 * 1024 / count)
            files = [scan(work, f"scan{n}.pdf", size, rng) for n in range(count)]
            letters(a, a_actor, to_b, count, rng, files)
            sync(a, ("push",))
            blobs, _ = measure(f"upload {args.blob_mb} MB of scans", link, services, lambda: sync(a, ("blobs",)))
            blob_ratio = blobs.ratio(link)

        resent = -1
        if args.cut_mb > 0:
            big = scan(work, "cut.pdf", int(args.cut_mb * 1024 * 1024), rng)
            letters(a, a_actor, to_b, 1, rng, [big])
            sync(a, ("push",))
            puts_before = len(services.stats()["chunk_puts"])
            total = big.stat().st_size
            fired: list[bool] = []

            def progress(p: Any) -> None:
                if p.phase == "upload" and not fired and p.done >= 0.9 * total:
                    fired.append(True)
                    time.sleep(1.0)  # the next chunk is on its way when the link drops
                    services.cut()

            try:
                measure(
                    f"upload {args.cut_mb} MB, cut at 90%",
                    link,
                    services,
                    lambda: sync(a, ("blobs",), progress=progress),
                )
            except SyncError as exc:
                print(f"  the cut stopped the upload: {exc}", flush=True)
            measure("resume after the cut", link, services, lambda: sync(a, ("blobs",)))
            puts = services.stats()["chunk_puts"][puts_before:]
            resent = len(puts) - len(set(puts))
            expected = (total + CHUNK_SIZE - 1) // CHUNK_SIZE
            digest = "sha256:" + hashlib.sha256(big.read_bytes()).hexdigest()
            print(f"  chunk requests {len(puts)} for {expected} chunks of {digest[:19]}..; sent twice: {resent}")
        a.close()
        b.close()
        print(
            f"  metadata: {bytes_per_letter:.0f} bytes on the wire per letter pushed "
            f"({(pull.wire_up + pull.wire_down) / args.letters:.0f} pulled)"
        )
        print(
            f"  the sender's pull after its push: {back_old.app_up + back_old.app_down} bytes in "
            f"{back_old.seconds:.1f} s before, {back.app_up + back.app_down} bytes in {back.seconds:.1f} s now; "
            f"the receiver's pull ratio {pull.ratio(link):.2f} (limit {engine.PULL_LIMIT} events per request)"
        )
        print(
            f"letters={args.letters} meta_ratio={meta_ratio:.2f} blob_ratio={blob_ratio:.2f} "
            f"bytes_per_letter={bytes_per_letter:.0f} resent_chunks={resent} "
            f"pull_back_bytes={back_old.app_up + back_old.app_down}->{back.app_up + back.app_down} "
            f"pull_ratio={pull.ratio(link):.2f}"
        )
        return 0
    finally:
        services.stop()
        link.down()


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["relay"]:
        asyncio.run(_relay(argv[1], argv[2], int(argv[3]) / 1000, Path(argv[4])))
        return 0
    parser = argparse.ArgumentParser(
        description="Sync over a shaped 2G/EDGE link between network namespaces. Needs root (ip netns, tc, nft).",
        epilog="Run as root, e.g. `sudo .venv/bin/python benchmarks/sync_link.py`.",
    )
    parser.add_argument("--letters", type=int, default=1000, help="letters of metadata pushed and pulled")
    parser.add_argument("--blob-mb", type=float, default=20, help="MB of scans uploaded (0: skip)")
    parser.add_argument("--cut-mb", type=float, default=5, help="size of the scan cut at 90%% (0: skip)")
    parser.add_argument("--pull-limit", type=int, default=500, help="events per pull request (the desktop's: 500)")
    parser.add_argument("--rate-kbit", type=int, default=200, help="link rate each way")
    parser.add_argument("--delay-ms", type=int, default=300, help="one-way delay each way")
    parser.add_argument("--loss-pct", type=float, default=2, help="random packet loss each way")
    args = parser.parse_args(argv)
    if os.geteuid() != 0:
        parser.error("needs root: it creates network namespaces, a veth pair, tc and nftables rules")
    missing = missing_tools(args.loss_pct)
    if missing:
        parser.error(f"{missing}: run scripts/setup.sh (it installs iproute2 and nftables), or give --loss-pct 0")
    return run(args)


def missing_tools(loss_pct: float) -> str:
    """What this machine lacks to build the link, as one sentence ("" when nothing): `ip` and `tc` (iproute2) for
    the namespaces and the rate, `nft` (nftables) for random loss; the kernel has no netem and no tc drop action."""
    needed = {"ip": "iproute2", "tc": "iproute2"} | ({"nft": "nftables"} if loss_pct else {})
    absent = sorted({package for tool, package in needed.items() if shutil.which(tool) is None})
    return f"this machine lacks {' and '.join(absent)}" if absent else ""


if __name__ == "__main__":
    sys.exit(main())
