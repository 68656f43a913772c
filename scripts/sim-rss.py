#!/usr/bin/env python3
"""Peak memory of a built portal-sim against costly clients (issue 14: bounded portal-sim memory).

Starts the given portal-sim (`--port 0 --quiet`, as the tests and `deploy-console --demo` do) once per
case, drives it, and prints the sim's peak resident memory (VmHWM from /proc/PID/status) with what the
client saw. The cases:

  upload    one POST of a 256 MiB body with Content-Length to the login route, sent as fast as loopback takes it
  chunked   the same 256 MiB as a chunked body (64 KiB chunks), so no length is known up front
  idle      2,000 connections opened and left idle for a few seconds

The goal for issue 14 is a peak under 64 MB in every case. A sim without the bounds may take a while (it
buffers the whole upload before it answers).

Usage: scripts/sim-rss.py [--sim build/dev/app/console/portal-sim] [--mib 256] [--connections 2000] [case ...]
(default cases: upload chunked idle). Standard library only.
"""

import argparse
import os
import re
import resource
import socket
import subprocess
import sys
import time


def vm_field(pid, field):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    return 0


def start_sim(path):
    proc = subprocess.Popen([path, "--port", "0", "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    line = proc.stdout.readline().decode()
    match = re.search(r"listening on \"?(http://127\.0\.0\.1:(\d+))", line)
    if not match:
        proc.kill()
        sys.exit(f"portal-sim did not start: {line!r}")
    return proc, int(match.group(2))


def read_status(sock, timeout):
    sock.settimeout(timeout)
    data = b""
    try:
        while b"\r\n" not in data:
            more = sock.recv(4096)
            if not more:
                break
            data += more
    except OSError as e:
        return f"no answer ({e.__class__.__name__})" if not data else data.split(b"\r\n")[0].decode()
    return data.split(b"\r\n")[0].decode() if data else "connection closed without an answer"


def upload(port, mib, chunked):
    total = mib * 1024 * 1024
    sock = socket.create_connection(("127.0.0.1", port))
    head = b"POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1:%d\r\nContent-Type: application/json\r\n" % port
    head += b"Transfer-Encoding: chunked\r\n\r\n" if chunked else b"Content-Length: %d\r\n\r\n" % total
    sent = 0
    started = time.monotonic()
    try:
        sock.sendall(head)
        piece = b"x" * 65536
        frame = (b"10000\r\n" + piece + b"\r\n") if chunked else piece
        while sent < total:
            sock.sendall(frame)
            sent += len(piece)
        if chunked:
            sock.sendall(b"0\r\n\r\n")
        note = "whole body sent"
    except OSError as e:
        note = f"sending stopped after {sent // (1024 * 1024)} MiB ({e.__class__.__name__})"
    answer = read_status(sock, 60)
    sock.close()
    return f"{answer}; {note}; {time.monotonic() - started:.1f} s"


def idle(port, count):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft < count + 64:
        resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, count + 1024), hard))
    socks, refused = [], 0
    started = time.monotonic()
    for _ in range(count):
        try:
            socks.append(socket.create_connection(("127.0.0.1", port), timeout=5))
        except OSError:
            refused += 1
    opening = time.monotonic() - started
    time.sleep(3)
    answered_503 = closed = 0
    for s in socks:
        s.setblocking(False)
        try:
            data = s.recv(4096)
            if data.startswith(b"HTTP/1.1 503"):
                answered_503 += 1
            elif not data:
                closed += 1
        except BlockingIOError:
            pass
        except OSError:
            closed += 1
    for s in socks:
        s.close()
    return (f"{len(socks)} connected in {opening:.1f} s, {refused} refused; 3 s later: {answered_503} answered 503, "
            f"{closed} closed without an answer (the header timeout), {len(socks) - answered_503 - closed} open")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sim", default="build/dev/app/console/portal-sim")
    parser.add_argument("--mib", type=int, default=256)
    parser.add_argument("--connections", type=int, default=2000)
    parser.add_argument("cases", nargs="*", default=["upload", "chunked", "idle"])
    args = parser.parse_args()
    if not os.access(args.sim, os.X_OK):
        sys.exit(f"no portal-sim at {args.sim} (build it: cmake --build build/dev --target portal-sim)")
    print(f"portal-sim: {args.sim}")
    print(f"{'case':8} {'start MB':>9} {'peak MB':>8}  what the client saw")
    for case in args.cases:
        proc, port = start_sim(args.sim)
        try:
            base = vm_field(proc.pid, "VmHWM")
            if case == "upload":
                seen = upload(port, args.mib, False)
            elif case == "chunked":
                seen = upload(port, args.mib, True)
            elif case == "idle":
                seen = idle(port, args.connections)
            else:
                sys.exit(f"unknown case {case} (upload, chunked, idle)")
            time.sleep(0.5)
            peak = vm_field(proc.pid, "VmHWM")
            print(f"{case:8} {base / 1e6:9.1f} {peak / 1e6:8.1f}  {seen}")
        finally:
            proc.kill()
            proc.wait()


if __name__ == "__main__":
    main()
