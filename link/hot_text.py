#!/usr/bin/env python3
"""Writes link/hot-text.ld: a linker script that places the functions a run of `hyper`
executes, hot first, at the start of .text, before the rest. build.rs hands it to the
linker for the `hyper` binary.

Why: the kernel maps a binary's code 64 KiB at a time around each page fault
("fault-around", or a whole large folio of the page cache), so the resident size of
`hyper` is set by how many 64 KiB chunks of its 7.7 MB .text the executed functions are
scattered over, not by how much code runs. Packed together, a run touches about the size
of the functions it executes (numbers in build.rs).

Usage (from anywhere; needs valgrind and nm; takes about a minute):
    python3 link/hot_text.py               # cargo build --release, profile, write the script
    python3 link/hot_text.py --binary PATH [--no-build] [--out FILE] [--keep DIR]
    python3 link/hot_text.py --check [--binary PATH]   # how many entries still match

Method: every program in link/train/ runs under `valgrind --tool=callgrind --dump-instr=yes`
with `--no-jit` and with the JIT; each instruction address executed in the hyper binary is
mapped to the function that contains it (`nm -S` of the same binary: callgrind prints
unrelocated addresses for a PIE). The script lists them in this order:
  1. functions the interpreter runs (`--no-jit` runs), the ones more programs need first
     (start-up and the evaluation loop lead, as every program runs them);
  2. functions only JIT runs need (recorder, optimizer, Cranelift, regalloc2), same rule.
Ties are broken by name, so regenerating without code changes rewrites the same file.

Each function is matched by its input section, `.text.NAME` (rustc emits one section per
function) or `.text.unlikely.NAME` (#[cold] ones). Names are mangled: the legacy `17h…E`
hash and v0 crate hashes depend on the crate's metadata (version, dependencies, profile;
not the checkout path), so they stay valid across code edits and clones. A function that
ThinLTO promoted across codegen units carries a `.llvm.<module hash>` suffix that changes
with the checkout path and with any edit to its codegen unit; the script matches those
with `.llvm.*`. A symbol ordering file (`--symbol-ordering-file`) cannot: in a clone at
another path 172 of its 2759 names were promoted ones that no longer matched, and peak RSS
of a JIT run went from 6.3 to 7.8 MB.

The script describes `.text` itself, with INSERT so that everything else keeps the default
layout, rather than a separate `.text.hot` output section: valgrind attributes code outside
`.text` to no object at all, which hid 2.9 MB of hot code from callgrind (and from this
script, which profiles whatever binary the build made).

When to regenerate: after changes that move much code in or out of the hot path, and after
dependency, profile or Rust upgrades (they change every crate hash). A stale entry costs
nothing but the benefit: a pattern that matches no section places nothing.

link/train/ holds small versions of the benchmark programs of shared/bench/py (N scaled
down so that each runs in seconds under valgrind, yet every loop and function the full
program compiles still gets hot), hello.py, and features.py for what the benchmarks do not
cover.
"""

import argparse
import bisect
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRAIN = ROOT / "link" / "train"
OUT = ROOT / "link" / "hot-text.ld"
MODES = {"interp": ["--no-jit"], "jit": []}
PROMOTED = re.compile(r"\.llvm\.[0-9]+$")


def default_binary():
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    if not target.is_absolute():
        target = ROOT / target
    return target / "release" / "hyper"


def text_symbols(binary):
    """Sorted (start, end, [names]) of the binary's functions, from `nm -S`."""
    out = subprocess.run(["nm", "-S", "--defined-only", str(binary)], check=True,
                         capture_output=True, text=True).stdout
    by_start = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) != 4 or parts[2] not in "tTwW":
            continue
        start, size = int(parts[0], 16), int(parts[1], 16)
        if size == 0:
            continue
        entry = by_start.setdefault(start, [start + size, []])
        entry[0] = max(entry[0], start + size)
        entry[1].append(parts[3])
    return [(s, e, sorted(names)) for s, (e, names) in sorted(by_start.items())]


def executed_addresses(callgrind_out, binary):
    """Instruction addresses callgrind saw executed inside `binary`."""
    addrs = set()
    in_binary = False
    target = os.path.realpath(binary)
    with open(callgrind_out) as f:
        for line in f:
            if line.startswith("ob="):
                in_binary = os.path.realpath(line[3:].strip()) == target
            elif in_binary and line.startswith("0x"):
                addrs.add(int(line.split(None, 1)[0], 16))
    return addrs


def functions_of(addrs, symbols):
    """Indices into `symbols` of the functions that contain any of `addrs`."""
    starts = [s for s, _, _ in symbols]
    hit = set()
    for a in addrs:
        i = bisect.bisect_right(starts, a) - 1
        if i >= 0 and a < symbols[i][1]:
            hit.add(i)
    return hit


def profile(binary, program, flags, out_file):
    cmd = ["valgrind", "--tool=callgrind", "--dump-instr=yes", "--compress-pos=no",
           "--compress-strings=no", f"--callgrind-out-file={out_file}",
           str(binary), "run", *flags, str(program)]
    r = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed:\n{r.stderr[-2000:]}")


def pattern(name):
    """The input sections that hold function `name`, as a linker script pattern."""
    name = PROMOTED.sub(".llvm.*", name)
    return f".text.{name} .text.unlikely.{name}"


def entries(script):
    """The function names (`.llvm.*` for promoted ones) a script lists."""
    return re.findall(r"^\s*\*\(\.text\.(\S+) ", open(script).read(), re.M)


def check(binary, script):
    """How many of the script's entries name a function of the binary."""
    names = {PROMOTED.sub(".llvm.*", n) for _, _, ns in text_symbols(binary) for n in ns}
    wanted = entries(script)
    found = sum(n in names for n in wanted)
    print(f"{found} of {len(wanted)} entries of {script} match a function of {binary}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--binary", type=Path, default=None)
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--keep", type=Path, help="keep the callgrind outputs in this folder")
    ap.add_argument("--check", action="store_true",
                    help="only count how many entries of --out name a function of the binary")
    args = ap.parse_args()
    binary = args.binary or default_binary()
    if args.binary is None and not args.no_build:
        subprocess.run(["cargo", "build", "--release", "-q"], cwd=ROOT, check=True)
    if args.check:
        return check(binary, args.out)

    symbols = text_symbols(binary)
    programs = sorted(TRAIN.glob("*.py"))
    # runs[mode][i]: in how many of that mode's runs function i executed.
    runs = {mode: {} for mode in MODES}
    with tempfile.TemporaryDirectory() as tmp:
        outdir = args.keep or Path(tmp)
        outdir.mkdir(parents=True, exist_ok=True)
        for program in programs:
            for mode, flags in MODES.items():
                out_file = outdir / f"{program.stem}.{mode}.callgrind"
                print(f"profiling {program.name} ({mode})", file=sys.stderr)
                profile(binary, program, flags, out_file)
                for i in functions_of(executed_addresses(out_file, binary), symbols):
                    runs[mode][i] = runs[mode].get(i, 0) + 1

    interp = sorted(runs["interp"], key=lambda i: (-runs["interp"][i], symbols[i][2][0]))
    jit_only = [i for i in runs["jit"] if i not in runs["interp"]]
    jit_only.sort(key=lambda i: (-runs["jit"][i], symbols[i][2][0]))

    def size(indices):
        return sum(symbols[i][1] - symbols[i][0] for i in indices)

    # Several functions can share a name (local copies, one per codegen unit) and a promoted
    # name stands for itself in other builds: one entry each.
    written = set()

    def lines(indices):
        for i in indices:
            for name in symbols[i][2]:
                p = pattern(name)
                if p not in written:
                    written.add(p)
                    yield f"    *({p})\n"

    with open(args.out, "w") as f:
        f.write(
            "/* Generated by link/hot_text.py (see there how and why; do not edit): the functions\n"
            "   `hyper run` executes, packed before the rest of .text so that a run touches few\n"
            f"   pages of code. {len(interp)} interpreter functions ({size(interp)} bytes), then\n"
            f"   {len(jit_only)} that only the JIT runs ({size(jit_only)} bytes). */\n"
            "SECTIONS\n{\n  .text :\n  {\n"
        )
        f.writelines(lines(interp))
        f.write("    /* Only the JIT runs these. */\n")
        f.writelines(lines(jit_only))
        # The rest of .text follows: LLD (and GNU ld) append sections that no rule places to
        # the output section of their name. INSERT keeps the default layout for the rest.
        f.write("  }\n}\nINSERT BEFORE .init;\n")
    print(f"wrote {args.out}: {len(interp)} interpreter functions ({size(interp)} bytes), "
          f"{len(jit_only)} JIT-only ({size(jit_only)} bytes)", file=sys.stderr)

if __name__ == "__main__":
    main()
