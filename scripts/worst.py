#!/usr/bin/env python3
"""The reader's worst cases, timed: each generated file (tests/worst/mod.rs)
read by the release `lich validate`, best of three runs, with the peak
resident memory of the process (from the kernel's accounting of the child,
os.wait4). The issue's bounds: under 1 s natively, under 100 MB. Prints a
table; exits 0 whatever the figures (measure.sh reports, it does not fail).

    python3 scripts/worst.py            (after `cargo build --release --bin lich`)
"""
import os, subprocess, sys, tempfile, time

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
lich = os.path.join(os.environ.get("CARGO_TARGET_DIR", os.path.join(root, "target")), "release", "lich")
with tempfile.TemporaryDirectory() as tmp:
    files = subprocess.run(["cargo", "run", "--quiet", "--release", "--example", "worst_cases", "--", tmp],
                           cwd=root, check=True, capture_output=True, text=True).stdout.split()
    files.append(os.path.join(root, "tests/data/hostile/number-100000-digits.json"))
    print(f"  {'file':<32} {'bytes':>9} {'time':>9} {'peak memory':>12} {'report':>10}")
    for f in files:
        best, peak, out_len = None, 0, 0
        for _ in range(3):
            start = time.perf_counter()
            p = subprocess.Popen([lich, "validate", f], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
            out = p.stdout.read()
            _, _, usage = os.wait4(p.pid, 0)
            elapsed = time.perf_counter() - start
            best = elapsed if best is None else min(best, elapsed)
            peak = max(peak, usage.ru_maxrss)
            out_len = len(out)
        print(f"  {os.path.basename(f):<32} {os.path.getsize(f):>9} {best * 1000:>7.1f} ms {peak / 1024:>9.1f} MB {out_len:>8} B")
