#!/usr/bin/env python3
"""End-to-end tests of the rehope CLI, run by CTest (tests/cli/CMakeLists.txt).

  cli_test.py --cli BUILD/rehope --data tests/cli/data --golden tests/cli/golden \
              --source-dir . CASE

CASE is "golden:NAME" (compare stdout byte for byte with golden/NAME.out and
the exit code with the table below) or the name of a check function below.
`--update` rewrites the goldens instead (see update-goldens.sh): the analysis
is still changing, so goldens are regenerated, then reviewed with git diff.

Commands run with the data directory as working directory so that file ids
(the path as given) are the same on every machine.
"""
import argparse
import csv
import gzip
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading

# name -> (arguments, stdin file or None, expected exit code)
GOLDEN = {
    "txt_jsonl": (["analyze", "--format", "jsonl", "article.txt"], None, 0),
    "txt_json": (["analyze", "--format", "json", "article.txt"], None, 0),
    "txt_csv": (["analyze", "--format", "csv", "article.txt"], None, 0),
    "txt_text": (["analyze", "--format", "text", "article.txt"], None, 0),
    "html_jsonl": (["analyze", "--format", "jsonl", "article.html"], None, 0),
    "html_text": (["analyze", "--format", "text", "article.html"], None, 0),
    "jsonl_jsonl": (["analyze", "records.jsonl"], None, 0),
    "jsonl_json": (["analyze", "--format", "json", "records.jsonl"], None, 0),
    "jsonl_csv": (["analyze", "--format", "csv", "records.jsonl"], None, 0),
    "jsonl_text": (["analyze", "--format", "text", "records.jsonl"], None, 0),
    "dir_jsonl": (["analyze", "corpus"], None, 0),
    "files_csv": (["analyze", "-f", "csv", "article.txt", "article.html", "empty.txt"], None, 0),
    "stdin_text": (["analyze"], "article.txt", 0),
    "stdin_jsonl": (["analyze", "-"], "records.jsonl", 0),
    "broken_jsonl": (["analyze", "broken.jsonl"], None, 1),
    "invalid_utf8_txt": (["analyze", "invalid_utf8.txt"], None, 0),
    "invalid_utf8_jsonl": (["analyze", "invalid_utf8.jsonl"], None, 0),
    "empty_txt": (["analyze", "empty.txt"], None, 0),
    "empty_jsonl": (["analyze", "empty.jsonl"], None, 0),
    "csv_quoting": (["analyze", "--format", "csv", "quoting.jsonl"], None, 1),
    "missing_file": (["analyze", "no-such-file.txt", "article.txt"], None, 1),
    "explain": (["explain", "article.txt"], None, 0),
    "explain_html": (["explain", "--no-color", "article.html"], None, 0),
    "eval": (["eval", "cases.jsonl", "--articles", "eval-articles", "--show", "3"], None, 0),
}


def run(cli, args, cwd, stdin_bytes=None, timeout=120):
    proc = subprocess.run([cli] + args, cwd=cwd, input=stdin_bytes if stdin_bytes is not None else b"",
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    return proc.returncode, proc.stdout, proc.stderr


def fail(msg):
    print("FAIL: " + msg)
    sys.exit(1)


def check(cond, msg):
    if not cond:
        fail(msg)


def records(out):
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


# ---------------------------------------------------------------------------
# Goldens

def golden(a, name, update):
    args, stdin_file, want_rc = GOLDEN[name]
    stdin = open(os.path.join(a.data, stdin_file), "rb").read() if stdin_file else b""
    rc, out, err = run(a.cli, args, a.data, stdin)
    path = os.path.join(a.golden, name + ".out")
    if update:
        with open(path, "wb") as f:
            f.write(out)
        print(f"updated {path} ({len(out)} bytes, exit {rc})")
        return
    check(rc == want_rc, f"{name}: exit {rc}, expected {want_rc}; stderr: {err.decode()}")
    want = open(path, "rb").read()
    if out != want:
        sys.stdout.write(f"{name}: output differs from {path}\n--- expected\n")
        sys.stdout.write(want.decode("utf-8", "replace"))
        sys.stdout.write("--- got\n" + out.decode("utf-8", "replace"))
        fail(f"{name}: golden mismatch (tests/cli/update-goldens.sh regenerates)")


# ---------------------------------------------------------------------------
# Checks

def check_broken_lines(a):
    """Every non-blank line gives one record, in order, errors in place."""
    src = open(os.path.join(a.data, "broken.jsonl"), "rb").read().decode("utf-8").split("\n")
    nonblank = [i + 1 for i, line in enumerate(src) if line.strip()]
    rc, out, err = run(a.cli, ["analyze", "broken.jsonl", "-j", "3"], a.data)
    check(rc == 1, f"exit {rc}, expected 1")
    recs = records(out)
    check(len(recs) == len(nonblank), f"{len(nonblank)} records in, {len(recs)} out")
    want = [("b1", None), ("broken.jsonl:2", "invalid_json"), ("b3", None),
            ("broken.jsonl:5", "invalid_json"), ("b6", "missing_text"), ("b7", "missing_text"),
            ("broken.jsonl:8", "invalid_record"), ("b9", "invalid_record"),
            ("broken.jsonl:10", "invalid_record"), ("b11", "invalid_record"),
            ("broken.jsonl:12", "invalid_json"), ("broken.jsonl:13", None), ("b14", None),
            ("b15", None)]
    got = [(r["id"], r["error"]["code"] if "error" in r else None) for r in recs]
    check(got == want, f"records {got}")
    for r in recs:
        check(("summary" in r) != ("error" in r), f"record {r['id']}: summary xor error")
        if "error" in r and r["error"]["code"] == "invalid_json":
            check(re.search(r"line \d+", r["error"]["message"]), "invalid_json names its line")
    check(recs[5].get("url") == "https://example.com/7", "passthrough kept on error records")
    check(b"records gave errors" in err, "a closing note on stderr")


def check_jobs_identical(a):
    """--jobs 1 and --jobs 4 give byte-identical output over many records."""
    texts = [json.loads(l).get("text") for l in open(os.path.join(a.data, "records.jsonl"), encoding="utf-8") if l.strip()]
    texts = [t for t in texts if t] + [open(os.path.join(a.data, "article.txt"), encoding="utf-8").read()]
    lines = []
    for i in range(400):
        if i % 37 == 5:
            lines.append('{"id": "broken %d"' % i)
        elif i % 53 == 7:
            lines.append("")
        else:
            lines.append(json.dumps({"id": f"n{i}", "seq": i, "text": texts[i % len(texts)] * (1 + i % 7)}))
    feed = ("\n".join(lines) + "\n").encode()
    outs = []
    for jobs in ("1", "4"):
        rc, out, _ = run(a.cli, ["analyze", "--jobs", jobs, "--format", "jsonl"], a.data, feed)
        check(rc == 1, f"--jobs {jobs}: exit {rc}")
        outs.append(out)
    check(outs[0] == outs[1], "--jobs 1 and --jobs 4 differ")
    recs = records(outs[0])
    check(len(recs) == sum(1 for l in lines if l.strip()), f"{len(recs)} records out")
    seqs = [r["seq"] for r in recs if "seq" in r]
    check(seqs == sorted(seqs), "input order kept")
    # Workers analyze runs of records in one library call: a record's output
    # is the same as when it is the only record.
    out_lines = [l for l in outs[0].split(b"\n") if l.strip()]
    fed = [l for l in lines if l.strip()]
    for i in range(3, len(fed), 31):
        if "broken" in fed[i]:
            continue  # an error names its line number, which differs alone
        rc, alone, _ = run(a.cli, ["analyze", "--format", "jsonl"], a.data, (fed[i] + "\n").encode())
        check(alone.strip() == out_lines[i], f"record {i} alone differs from record {i} in a run")
    for fmt in ("csv", "text"):
        a1 = run(a.cli, ["analyze", "-j", "1", "-f", fmt], a.data, feed)[1]
        a4 = run(a.cli, ["analyze", "-j", "4", "-f", fmt], a.data, feed)[1]
        check(a1 == a4, f"--format {fmt}: --jobs 1 and 4 differ")


def check_too_large(a):
    """A 50 MB document: too_large by default, a summary with --max-bytes 64M."""
    tmp = tempfile.mkdtemp(prefix="rehope-cli-")
    try:
        path = os.path.join(tmp, "huge.txt")
        para = ("Deputies arrested 12 men for soliciting prostitution at a motel. "
                "The weather was mild and the roads were quiet that week.\n")
        with open(path, "w") as f:
            f.write(para * (50 * 1024 * 1024 // len(para) + 1))
        check(os.path.getsize(path) > 50 * 1024 * 1024, "generated file is over 50 MB")
        rc, out, _ = run(a.cli, ["analyze", "-f", "jsonl", path], a.data)
        check(rc == 1, f"default limit: exit {rc}")
        recs = records(out)
        check(len(recs) == 1 and recs[0]["error"]["code"] == "too_large", f"got {out[:300]!r}")
        check(recs[0]["id"] == path, "id is the path as given")
        rc, out, err = run(a.cli, ["analyze", "-f", "jsonl", "--max-bytes", "64M", path], a.data,
                           timeout=1200)
        check(rc == 0, f"--max-bytes 64M: exit {rc}: {err.decode()}")
        recs = records(out)
        check(len(recs) == 1 and "summary" in recs[0], "a summary with --max-bytes 64M")
        # JSON Lines: a record over the limit, and a line too long to even read.
        feed = (json.dumps({"id": "small", "text": "Police arrested 2 men."}) + "\n" +
                json.dumps({"id": "big", "text": "x" * 5000, "url": "u"}) + "\n" +
                json.dumps({"id": "huge", "text": "y" * 1200000}) + "\n" +
                json.dumps({"id": "after", "text": "ok"}) + "\n").encode()
        rc, out, _ = run(a.cli, ["analyze", "--max-bytes", "2K"], a.data, feed)
        got = [(r["id"], r.get("error", {}).get("code")) for r in records(out)]
        check(rc == 1, f"jsonl: exit {rc}")
        check(got == [("small", None), ("big", "too_large"), ("<stdin>:3", "too_large"),
                      ("after", None)], f"jsonl records {got}")
    finally:
        shutil.rmtree(tmp)


def check_gzip(a):
    """.jsonl.gz gives the same records as the plain .jsonl."""
    tmp = tempfile.mkdtemp(prefix="rehope-cli-")
    try:
        raw = open(os.path.join(a.data, "records.jsonl"), "rb").read()
        gz = os.path.join(tmp, "records.jsonl.gz")
        with gzip.open(gz, "wb") as f:
            f.write(raw)
        rc1, plain, _ = run(a.cli, ["analyze", "records.jsonl"], a.data)
        rc2, zipped, err = run(a.cli, ["analyze", gz], a.data)
        check(rc1 == 0 and rc2 == 0, f"exit {rc1} {rc2}: {err.decode()}")
        check(plain == zipped, ".jsonl.gz and .jsonl output differ")
        # A truncated gzip stream: the records read so far, then one error.
        with open(gz, "rb") as f:
            data = f.read()
        bad = os.path.join(tmp, "cut.jsonl.gz")
        with open(bad, "wb") as f:
            f.write(data[: len(data) * 2 // 3])
        rc, out, _ = run(a.cli, ["analyze", bad], a.data)
        recs = records(out)
        check(rc == 1, f"truncated gz: exit {rc}")
        check(recs and recs[-1].get("error", {}).get("code") == "unreadable",
              f"truncated gz ends in an unreadable record: {out[-300:]!r}")
    finally:
        shutil.rmtree(tmp)


def check_head(a):
    """`rehope analyze big | head -n 1`: quiet, no hang."""
    tmp = tempfile.mkdtemp(prefix="rehope-cli-")
    try:
        big = os.path.join(tmp, "big.jsonl")
        with open(big, "w") as f:
            for i in range(20000):
                f.write(json.dumps({"id": f"h{i}", "text": "Police arrested %d men for soliciting." % i}) + "\n")
        # Through a shell pipeline, as a user types it.
        proc = subprocess.run(["sh", "-c", f'"{a.cli}" analyze "{big}" | head -n 1'],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
        check(proc.stdout.count(b"\n") == 1, f"one line: {proc.stdout[:200]!r}")
        check(proc.stderr == b"", f"no error output: {proc.stderr!r}")
        # Stdout closed by the reader while stdin is still being fed.
        p = subprocess.Popen([a.cli, "analyze", "-j", "2"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)

        def feed():
            try:
                with open(big, "rb") as f:
                    for _ in range(50):
                        f.seek(0)
                        p.stdin.write(f.read())
                p.stdin.close()
            except (BrokenPipeError, ValueError, OSError):
                pass
        t = threading.Thread(target=feed, daemon=True)
        t.start()
        first = p.stdout.readline()
        check(first.startswith(b'{"id":"h0"'), f"first record: {first[:80]!r}")
        p.stdout.close()
        try:
            rc = p.wait(timeout=60)
        except subprocess.TimeoutExpired:
            p.kill()
            fail("rehope did not stop after stdout was closed")
        err = p.stderr.read()
        check(err == b"", f"no error output: {err!r}")
        check(rc in (0, 141, -13), f"exit {rc}")
    finally:
        shutil.rmtree(tmp)


def check_broken_patterns(a):
    """A broken pattern file: exit 2 and a message with file and line."""
    tmp = tempfile.mkdtemp(prefix="rehope-cli-")
    try:
        pdir = os.path.join(tmp, "patterns")
        shutil.copytree(os.path.join(a.source_dir, "data", "patterns"), pdir)
        target = os.path.join(pdir, "en", "buyers.toml")
        with open(target, "a") as f:
            f.write('\n[[pattern]]\nid = "buyers/broken"\nkind = "act"\n'
                    "regex = '''solicit(ing'''\nmatch = [\"soliciting\"]\n")
        rc, out, err = run(a.cli, ["analyze", "--patterns", pdir], a.data, b"Police arrested 2 men.")
        text = err.decode()
        check(rc == 2, f"analyze --patterns: exit {rc}, expected 2; stderr: {text}")
        check(out == b"", "no records when patterns fail")
        check(re.search(r"buyers\.toml:\d+", text), f"file and line in: {text}")
        check("buyers/broken" in text, f"pattern id in: {text}")
        rc, out, err = run(a.cli, ["patterns", "check", pdir], a.data)
        check(rc == 1, f"patterns check: exit {rc}, expected 1")
        check(re.search(rb"buyers\.toml:\d+: pattern 'buyers/broken'", out), f"check output: {out!r}")
    finally:
        shutil.rmtree(tmp)


def check_patterns_ok(a):
    rc, out, err = run(a.cli, ["patterns", "check"], a.data)
    check(rc == 0, f"exit {rc}: {out.decode()} {err.decode()}")
    check(out.startswith(b"OK") and out.count(b"\n") == 1, f"one OK line: {out!r}")
    rc, out, err = run(a.cli, ["patterns", "check", os.path.join(a.source_dir, "data", "patterns")],
                       a.data)
    check(rc == 0, f"data/patterns: exit {rc}: {out.decode()} {err.decode()}")


def check_exit_codes(a):
    def usage(args, what):
        rc, out, err = run(a.cli, args, a.data)
        check(rc == 2, f"{what}: exit {rc}, expected 2")
        check(err.count(b"\n") == 1 and err.startswith(b"rehope: "), f"{what}: one line: {err!r}")
        check(out == b"", f"{what}: nothing on stdout")
    usage([], "no command")
    usage(["frobnicate"], "unknown command")
    usage(["analyze", "--format", "xml"], "bad format")
    usage(["analyze", "--jobs", "0"], "bad jobs")
    usage(["analyze", "--no-such-flag"], "unknown flag")
    usage(["analyze", "--max-bytes", "lots"], "bad size")
    usage(["explain"], "explain without FILE")
    usage(["eval"], "eval without cases")
    usage(["eval", "no-such-cases.jsonl"], "unreadable cases")
    usage(["patterns"], "patterns without subcommand")
    for args in (["--help"], ["analyze", "--help"], ["explain", "--help"], ["patterns", "--help"],
                 ["patterns", "check", "--help"], ["eval", "--help"]):
        rc, out, _ = run(a.cli, args, a.data)
        check(rc == 0 and b"Usage" in out, f"{args}: exit {rc}")
    for args in (["--version"], ["analyze", "--version"], ["explain", "--version"],
                 ["eval", "--version"], ["patterns", "check", "--version"]):
        rc, out, _ = run(a.cli, args, a.data)
        check(rc == 0 and re.match(rb"rehope \d+\.\d+\.\d+\n$", out), f"{args}: {rc} {out!r}")
    rc, _, _ = run(a.cli, ["analyze", "article.txt"], a.data)
    check(rc == 0, f"all analyzed: exit {rc}")
    rc, out, err = run(a.cli, ["analyze", "article.txt", "missing.txt"], a.data)
    check(rc == 1, f"unreadable file: exit {rc}")
    check(records(out)[1]["error"]["code"] == "unreadable", "unreadable record")
    rc, _, err = run(a.cli, ["analyze", "-q", "broken.jsonl"], a.data)
    check(rc == 1 and err == b"", f"--quiet: exit {rc}, stderr {err!r}")
    rc, out, _ = run(a.cli, ["eval", "cases.jsonl", "--min-exact", "1.0"], a.data)
    exact = float(re.search(rb"mean_exact=([0-9.]+)", out).group(1))
    check(rc == (0 if exact >= 1.0 else 1), f"eval --min-exact 1.0: exit {rc} at {exact}")
    rc, _, _ = run(a.cli, ["eval", "cases.jsonl", "--min-exact", "0"], a.data)
    check(rc == 0, f"eval --min-exact 0: exit {rc}")


def check_csv_quoting(a):
    """CSV parses back (RFC 4180) with ids and messages intact."""
    rc, out, _ = run(a.cli, ["analyze", "-f", "csv", "quoting.jsonl"], a.data)
    rows = list(csv.reader(io.StringIO(out.decode("utf-8"), newline="")))
    header, body = rows[0], rows[1:]
    check(len(header) == 15 and header[0] == "id" and header[-1] == "error", f"header {header}")
    want = [json.loads(l)["id"] for l in open(os.path.join(a.data, "quoting.jsonl"))]
    check([r[0] for r in body] == [str(w) for w in want], f"ids {[r[0] for r in body]}")
    check(all(len(r) == 15 for r in body), "15 columns per row")
    check(body[6][-1].startswith("missing_text: "), f"error column {body[6][-1]!r}")
    check(out.endswith(b"\r\n"), "rows end in CRLF")


def check_empty(a):
    rc, out, _ = run(a.cli, ["analyze", "empty.txt"], a.data)
    check(rc == 0 and len(records(out)) == 1, "an empty file is one (empty) article")
    rc, out, _ = run(a.cli, ["analyze", "empty.jsonl"], a.data)
    check(rc == 0 and out == b"", "an empty .jsonl holds no records")
    rc, out, _ = run(a.cli, ["analyze"], a.data, b"")
    check(rc == 0 and out == b"", "empty stdin holds no records")
    rc, out, _ = run(a.cli, ["analyze"], a.data, b"  \n\n ")
    check(rc == 0 and out == b"", "blank stdin holds no records")


def check_stdin_sniff(a):
    rc, out, _ = run(a.cli, ["analyze"], a.data, b'\n  {"id": "x", "text": "hi"}\n{"id": "y", "text": "yo"}\n')
    check([r["id"] for r in records(out)] == ["x", "y"], "JSON Lines on stdin")
    rc, out, _ = run(a.cli, ["analyze"], a.data, b"Police arrested 3 men.\n{not json}\n")
    recs = records(out)
    check(len(recs) == 1 and recs[0]["id"] == "<stdin>", "plain text on stdin is one article")
    rc, out, _ = run(a.cli, ["explain", "-"], a.data, b"Police arrested 3 men.")
    check(rc == 0 and out.startswith(b"# <stdin>\n"), f"explain -: {out[:60]!r}")


CHECKS = {name[len("check_"):]: fn for name, fn in globals().items() if name.startswith("check_")
          and callable(fn) and name != "check"}


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--data", required=True)
    ap.add_argument("--golden", required=True)
    ap.add_argument("--source-dir", required=True)
    ap.add_argument("--update", action="store_true", help="rewrite every golden")
    ap.add_argument("case", nargs="?")
    a = ap.parse_args()
    a.cli = os.path.abspath(a.cli)
    if a.update:
        for name in GOLDEN:
            golden(a, name, True)
        return 0
    if a.case is None:
        print("cases: " + " ".join(["golden:" + n for n in GOLDEN] + sorted(CHECKS)))
        return 0
    if a.case.startswith("golden:"):
        golden(a, a.case[len("golden:"):], False)
    else:
        CHECKS[a.case](a)
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
