#!/usr/bin/env python3
"""Writes the fuzz harnesses' seed corpus (fuzz/corpus/<harness>/contract-*) from the examples of the
portal contract, docs/api/openapi.yaml, and nothing else:
  - every response example goes to the decoder of its route (and to json_reader; error responses to
    decode_errorbody; the history page also to history_export);
  - every route, with its request body examples and parameters, becomes a raw HTTP request for
    sim_request and sim_routes (with @SESSION@ and @CSRF@ placeholders the sim_routes harness fills in);
  - the journal harnesses get a chain built from the trigger example (hashes computed as
    docs/records.md says), whole and with one changed byte.
Files are named after what they hold, so running it again rewrites the same files.
Needs python3 and python3-yaml.   scripts/fuzz-seeds.py [--check]   (--check: fail when a file would change)
"""
import hashlib
import json
import pathlib
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"

DECODER_OF = {
    "getHealth": ["decode_health"],
    "login": ["decode_session"],
    "getSession": ["decode_session"],
    "getConnectorHealth": ["decode_health"],
    "getProviderHealth": ["decode_health"],
    "probeProvider": ["decode_health"],
    "probeConnector": ["decode_health"],
    "listVersions": ["decode_upgrade"],
    "triggerUpgrade": ["decode_upgrade"],
    "getUpgrade": ["decode_upgrade"],
    "listUpgrades": ["decode_history", "history_export"],
}


def resolve(spec, node):
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        assert ref.startswith("#/"), ref
        target = spec
        for part in ref[2:].split("/"):
            target = target[part]
        node = target
    return node


def body_bytes(value):
    if isinstance(value, str):
        return value.encode()
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), default=str).encode()


def http_request(method, path, body=None, query=""):
    lines = [f"{method.upper()} {path}{query} HTTP/1.1", "Host: 127.0.0.1", "Cookie: portal_session=@SESSION@"]
    if method.lower() != "get":
        lines.append("X-CSRF-Token: @CSRF@")
    if body is not None:
        lines += ["Content-Type: application/json", f"Content-Length: {len(body)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + (body or b"")


def journal_rows():
    # A chain of three entries as RecordJournal::append writes them (canonical JSON: sorted keys, compact).
    payloads = [
        ("upg_01JDZK8V6X3M4N5P6Q7R8S9T0A", "upgrade.triggered", {"service": "all", "version": "latest",
                                                                  "force_new_deployment": True}),
        ("upg_01JDZK8V6X3M4N5P6Q7R8S9T0A", "upgrade.state", {"state": "IN_PROGRESS"}),
        ("upg_01JDZK8V6X3M4N5P6Q7R8S9T0A", "upgrade.state", {"state": "PARTIAL"}),
    ]
    rows, prev = [], ""
    for seq, (upgrade, kind, payload) in enumerate(payloads, start=1):
        at = f"2026-11-28T19:0{seq}:00.000Z"
        content = json.dumps({"seq": seq, "upgrade_id": upgrade, "kind": kind, "author": "operator", "at": at,
                              "payload": payload}, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        digest = hashlib.sha256((prev + content).encode()).hexdigest()
        rows.append({"seq": seq, "upgrade_id": upgrade, "kind": kind, "author": "operator", "at": at,
                     "content": content, "prev_hash": prev, "hash": digest})
        prev = digest
    return rows


def main():
    spec = yaml.safe_load((ROOT / "docs" / "api" / "openapi.yaml").read_text(encoding="utf-8"))
    files = {}

    def add(harness, name, data):
        # One file per distinct content in a harness (the error examples repeat across routes).
        if any(p.parent.name == harness and d == data for p, d in files.items()):
            return
        files[CORPUS / harness / name] = data

    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method not in ("get", "post", "put", "delete", "patch"):
                continue
            op_id = op.get("operationId", f"{method}{path.replace('/', '_')}")
            # Requests: one per request body example, or one without a body.
            concrete = path.replace("{upgradeID}", "upg_01JDZK8V6X3M4N5P6Q7R8S9T0A")
            query = "?limit=2&since=2026-11-01T00:00:00Z" if op_id == "listUpgrades" else ""
            bodies = []
            request_body = resolve(spec, op.get("requestBody", {}))
            for media in request_body.get("content", {}).values():
                for ex_name, ex in (media.get("examples") or {}).items():
                    bodies.append((ex_name, body_bytes(resolve(spec, ex)["value"])))
            if not bodies:
                bodies = [("nobody", b"{}" if method == "post" else None)]
            for ex_name, body in bodies:
                raw = http_request(method, concrete, body, query)
                add("sim_request", f"contract-{op_id}-{ex_name}.http", raw)
                add("sim_routes", f"contract-{op_id}-{ex_name}.http", raw)
            # Responses.
            for code, response in op.get("responses", {}).items():
                response = resolve(spec, response)
                for media_type, media in (response.get("content") or {}).items():
                    for ex_name, ex in (media.get("examples") or {}).items():
                        value = resolve(spec, ex)["value"]
                        data = body_bytes(value)
                        suffix = "txt" if media_type.startswith("text/") else "json"
                        name = f"contract-{op_id}-{code}-{ex_name}.{suffix}"
                        if code.startswith("2"):
                            for harness in DECODER_OF.get(op_id, []):
                                # decode_health: the first byte picks the HTTP status (0 => 200, 1 => 503).
                                prefix = b""
                                if harness == "decode_health":
                                    prefix = b"\x01" if code == "503" else b"\x00"
                                add(harness, name, prefix + data)
                        else:
                            add("decode_errorbody", name, data)
                            if op_id == "getHealth":
                                add("decode_health", name, b"\x01" + data)
                        if suffix == "json":
                            add("json_reader", name, data)

    rows = journal_rows()
    add("journal_chain", "chain-3.json", json.dumps(rows, indent=1).encode())
    changed = json.loads(json.dumps(rows))
    changed[1]["content"] = changed[1]["content"].replace("IN_PROGRESS", "IN_PROGRESS ")
    add("journal_chain", "chain-3-changed.json", json.dumps(changed, indent=1).encode())
    # The change record carries a segment (here from seq 2): entries without author and time.
    segment = [{k: r[k] for k in ("seq", "upgrade_id", "kind", "content", "prev_hash", "hash")} for r in rows[1:]]
    record = {"upgrade_id": rows[0]["upgrade_id"], "chain": {
        "first_seq": 2, "last_seq": 3, "head_seq_at_export": 3, "head_hash_at_export": rows[-1]["hash"],
        "upgrade_entry_seqs": [2, 3], "entries": segment}}
    add("changerecord_verify", "segment-2-3.json", json.dumps(record, indent=1).encode())
    broken = json.loads(json.dumps(record))
    broken["chain"]["entries"][1]["prev_hash"] = "0" * 64
    add("changerecord_verify", "segment-2-3-unlinked.json", json.dumps(broken, indent=1).encode())

    check = "--check" in sys.argv
    stale = []
    for path, data in sorted(files.items()):
        if path.exists() and path.read_bytes() == data:
            continue
        stale.append(path)
        if not check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
    for path in stale:
        print(("stale: " if check else "wrote: ") + str(path.relative_to(ROOT)))
    print(f"{len(files)} seed files, {len(stale)} {'stale' if check else 'written'}")
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main())
