#!/usr/bin/env python3
"""Writes the expected outcome of the conformance programs from CPython (the oracle).

Usage (from anywhere; paths are files or folders, relative to the cwd or the repo root):
    python3 tests/regen_expected.py                 # every program
    python3 tests/regen_expected.py PATH...         # only these programs / folders
    python3 tests/regen_expected.py --check [PATH...]   # re-run, report differences, write nothing

Programs: every `tests/programs/**/*.py` and `examples/*.py` whose file name does not start
with `_` (those are helper modules imported by a program beside them).

Each program runs as `python3 -X utf8 <path relative to the repo root>` with the repo root as
cwd (so argv[0] and traceback paths are that relative path) and stdin from `NAME.in` if it
exists, else empty. Beside the program it writes:
  NAME.out  the exact stdout bytes;
  NAME.err  only when the exit code is non-zero or stderr is non-empty:
                exit: N
                last: <the last non-empty line of stderr>
                line: N    (only for SyntaxError/IndentationError/TabError: the N of the last
                            `File "…", line N` line of stderr)
A stale NAME.err is removed when the program now exits 0 with an empty stderr.
"""

import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TIMEOUT = 60
# Helper modules imported by programs must not leave __pycache__ folders in the repository.
ENV = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
SYNTAX_KINDS = ("SyntaxError", "IndentationError", "TabError")
FILE_LINE = re.compile(r'^\s*File "[^"]*", line (\d+)')


def is_program(path):
    return path.endswith(".py") and not os.path.basename(path).startswith("_")


def programs_in(folder, recursive=True):
    out = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
        for name in filenames:
            p = os.path.join(dirpath, name)
            if is_program(p):
                out.append(p)
        if not recursive:
            break
    return out


def all_programs():
    progs = programs_in(os.path.join(ROOT, "tests", "programs"))
    progs += programs_in(os.path.join(ROOT, "examples"), recursive=False)
    return sorted(progs)


def resolve(arg):
    for base in (os.getcwd(), ROOT):
        p = os.path.abspath(os.path.join(base, arg))
        if os.path.isdir(p):
            return programs_in(p)
        if os.path.isfile(p):
            if is_program(p):
                return [p]
            sys.exit(f"not a test program (helper modules start with '_'): {arg}")
    sys.exit(f"no such file or folder: {arg}")


def expected_err(code, stderr):
    """The text of NAME.err for an outcome, or None when none is due."""
    if code == 0 and stderr == "":
        return None
    lines = [l for l in stderr.splitlines() if l.strip()]
    last = lines[-1] if lines else ""
    text = f"exit: {code}\nlast: {last}\n"
    if last.startswith(SYNTAX_KINDS):
        line = None
        for l in stderr.splitlines():
            m = FILE_LINE.match(l)
            if m:
                line = m.group(1)
        if line is not None:
            text += f"line: {line}\n"
    return text


def run(path):
    rel = os.path.relpath(path, ROOT)
    stdin_path = path[:-3] + ".in"
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    start = time.perf_counter()
    try:
        proc = subprocess.run(
            ["python3", "-X", "utf8", rel],
            cwd=ROOT,
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=TIMEOUT,
            env=ENV,
        )
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    elapsed = time.perf_counter() - start
    stderr = proc.stderr.decode("utf-8", errors="replace")
    return path, proc.stdout, expected_err(proc.returncode, stderr), elapsed


def read(path, mode="rb"):
    try:
        with open(path, mode) as f:
            return f.read()
    except FileNotFoundError:
        return None


def main(argv):
    check = "--check" in argv
    args = [a for a in argv if a != "--check"]
    if args:
        progs = sorted({p for a in args for p in resolve(a)})
    else:
        progs = all_programs()
    if not progs:
        sys.exit("no programs found")
    workers = min(8, os.cpu_count() or 2)
    with ThreadPoolExecutor(max_workers=workers) as ex:
        results = list(ex.map(run, progs))
    differing = 0
    slow = []
    for path, out, err, elapsed in results:
        rel = os.path.relpath(path, ROOT)
        out_path, err_path = path[:-3] + ".out", path[:-3] + ".err"
        if elapsed > 1.0:
            slow.append((elapsed, rel))
        if check:
            problems = []
            if read(out_path) != out:
                problems.append("stdout" if read(out_path) is not None else "no .out committed")
            if read(err_path, "r") != err:
                problems.append(".err")
            if problems:
                differing += 1
                print(f"DIFF {rel}: {', '.join(problems)}")
        else:
            with open(out_path, "wb") as f:
                f.write(out)
            if err is None:
                if os.path.exists(err_path):
                    os.remove(err_path)
            else:
                with open(err_path, "w") as f:
                    f.write(err)
    for elapsed, rel in sorted(slow, reverse=True):
        print(f"slow: {rel} took {elapsed:.2f}s")
    if check:
        print(f"{len(progs)} programs checked, {differing} differ")
        return 1 if differing else 0
    print(f"{len(progs)} programs written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
