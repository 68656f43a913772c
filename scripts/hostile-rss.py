#!/usr/bin/env python3
"""Peak memory of `deployctl health` against hostile /health answers (issue 14: bounded client memory).

Starts a small hostile HTTP server on loopback, runs deployctl against it once per answer and prints, for
each: deployctl's exit code, peak RSS (the kernel's ru_maxrss of that child), wall time, the bytes the
server managed to send, and the first line deployctl printed on stderr. The answers:

  chunked   200, Transfer-Encoding: chunked, 64 KiB chunks for ever
  length    200, Content-Length: 8 GiB, then bytes for ever
  trickle   200, Content-Length: 10000, one byte every 5 s (ends at the read deadline: 120 s by default)

Usage: scripts/hostile-rss.py [--deployctl build/dev/app/deployctl/deployctl] [--kill-after S] [answer ...]
(default answers: chunked length). The target for issue 14 is a peak under 100 MB for chunked and length.
--kill-after ends a deployctl that is still running after S seconds (for measuring a build without the
bounds, which never ends by itself); its exit is then shown as -9.
"""

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time

SENT = {"bytes": 0}


def serve(conn, answer):
    try:
        conn.settimeout(5)
        data = b""
        while b"\r\n\r\n" not in data:
            more = conn.recv(65536)
            if not more:
                return
            data += more
        conn.settimeout(None)
        if answer == "chunked":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
            chunk = b"10000\r\n" + b"x" * 0x10000 + b"\r\n"
            while True:
                conn.sendall(chunk)
                SENT["bytes"] += len(chunk)
        elif answer == "length":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 8589934592\r\n\r\n")
            piece = b"y" * 0x10000
            while True:
                conn.sendall(piece)
                SENT["bytes"] += len(piece)
        elif answer == "trickle":
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 10000\r\n\r\n")
            while True:
                conn.sendall(b" ")
                SENT["bytes"] += 1
                time.sleep(5)
    except OSError:
        pass  # the client went away: that is the point
    finally:
        conn.close()


def listen(answer):
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", 0))
    server.listen(16)

    def accept():
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            threading.Thread(target=serve, args=(conn, answer), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    return server


def measure(deployctl, answer, kill_after):
    SENT["bytes"] = 0
    server = listen(answer)
    port = server.getsockname()[1]
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, XDG_CONFIG_HOME=os.path.join(home, "config"), QT_LOGGING_RULES="console.*=false")
        started = time.monotonic()
        proc = subprocess.Popen(
            [deployctl, "--portal", f"http://127.0.0.1:{port}", "--user", "operator", "--store",
             os.path.join(home, "records.sqlite3"), "health"],
            env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        stderr_lines = []
        reader = threading.Thread(target=lambda: stderr_lines.extend(proc.stderr.read().decode(errors="replace")
                                                                     .splitlines()), daemon=True)
        reader.start()
        killer = threading.Timer(kill_after, proc.kill) if kill_after > 0 else None
        if killer:
            killer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        elapsed = time.monotonic() - started
        reader.join(5)
        if killer:
            killer.cancel()
    server.close()
    first = next((l for l in stderr_lines if l.startswith("error")), stderr_lines[0] if stderr_lines else "")
    print(f"{answer:8s} exit {proc.returncode}  peak RSS {usage.ru_maxrss / 1024:7.1f} MB  "
          f"time {elapsed:6.2f} s  server sent {SENT['bytes'] / 2**20:8.1f} MiB  | {first}")
    sys.stdout.flush()


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--deployctl", default=os.path.join(here, "..", "build", "dev", "app", "deployctl",
                                                            "deployctl"))
    parser.add_argument("--kill-after", type=float, default=0, help="seconds; 0 = never")
    parser.add_argument("answers", nargs="*", default=["chunked", "length"],
                        choices=["chunked", "length", "trickle"])
    args = parser.parse_args()
    for answer in args.answers:
        measure(args.deployctl, answer, args.kill_after)


if __name__ == "__main__":
    main()
