#!/bin/bash
# gpt-tiny training step, TrainScope (bench_gpt_step) against the PyTorch reference (pytorch_gpt.py), side by
# side in one run: for each thread count, ROUNDS alternating rounds of ours and PyTorch's (so machine noise
# hits both alike), the median ms/step of each and the median of the per-round ratios; the 1024x1024 GEMM rates
# measured in the same run (LibTorch's BLAS, and TrainScope's own matrix-product kernel) and the model FLOPs
# utilization (nanoGPT's 6N + 12*L*H*Q*T FLOPs per token) against the fastest of them; then 500 generated tokens
# with and without the key/value cache, and PyTorch's nanoGPT-style generate().
# Where the environment pins OpenBLAS's kernels (OPENBLAS_CORETYPE, as on the project's VM), each round also runs
# PyTorch and the BLAS GEMM without it, on the kernels OpenBLAS picks for this processor itself, and the ratio
# against that PyTorch is printed too.
# Usage: bench/gpt_step.sh [ROUNDS] [STEPS] [THREADS...]   (defaults: 3 rounds, 40 steps, threads 1 2)
# Needs a configured Release build in build/ (it builds bench_gpt_step and bench_gemm) and python3-torch.
set -euo pipefail
cd "$(dirname "$0")/.."
ROUNDS=${1:-3}
STEPS=${2:-40}
shift $(( $# > 2 ? 2 : $# )) || true
THREADS=("$@")
[ ${#THREADS[@]} -gt 0 ] || THREADS=(1 2)
DATA=${GPT_BENCH_DATA:-../shared/data/tinyshakespeare.txt}
[ -f "$DATA" ] || DATA=/work/shared/data/tinyshakespeare.txt
BIN=build/bench
PY=/usr/bin/python3
# The benchmark programs are not in the default build: build the two this script runs.
cmake --build build --target bench_gpt_step bench_gemm > /dev/null || { echo "cannot build bench_gpt_step and bench_gemm in build/" >&2; exit 1; }
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT

echo "machine: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "date: $(date -u '+%Y-%m-%d %H:%M UTC'); rounds $ROUNDS, $STEPS measured steps each; data $DATA"
PINNED=${OPENBLAS_CORETYPE:-}
if [ -n "$PINNED" ]; then echo "OpenBLAS kernels: pinned to $PINNED by OPENBLAS_CORETYPE; PyTorch also measured unpinned"
else echo "OpenBLAS kernels: its own choice for this processor"; fi
for t in "${THREADS[@]}"; do
  for r in $(seq "$ROUNDS"); do
    "$BIN/bench_gemm" "$t" 1024 --own | sed "s/^/gemm threads=$t /" >>"$LOG"
    [ -z "$PINNED" ] || env -u OPENBLAS_CORETYPE "$BIN/bench_gemm" "$t" 1024 | sed "s/^/gemm-unpinned threads=$t /" >>"$LOG"
    "$BIN/bench_gpt_step" "$DATA" "$t" --steps "$STEPS" --variants best --what steps | grep '^step' | sed "s/^/round=$r /" >>"$LOG"
    "$PY" bench/pytorch_gpt.py "$DATA" "$t" --steps "$STEPS" | sed "s/^/round=$r /" >>"$LOG"
    [ -z "$PINNED" ] || env -u OPENBLAS_CORETYPE "$PY" bench/pytorch_gpt.py "$DATA" "$t" --steps "$STEPS" |
      sed "s/^/round=$r unpinned /" >>"$LOG"
  done
done
"$BIN/bench_gpt_step" "$DATA" --what generate | grep -E '^(generate|gpt-tiny)' >>"$LOG"
"$PY" bench/pytorch_gpt.py "$DATA" --steps 0 --generate 2>/dev/null | grep '^generate' | sed 's/^/pytorch /' >>"$LOG" || true
FLOPS=$(sed -n 's/^gpt-tiny.*, \([0-9.]*\) GFLOP per step.*/\1/p' "$LOG")

"$PY" - "$LOG" "$FLOPS" <<'EOF'
import re, statistics, sys
lines = open(sys.argv[1]).read().splitlines()
flops = float(sys.argv[2])
def field(line, key):
    m = re.search(key + r"=(\S+)", line)
    return m.group(1) if m else None
threads = sorted({int(field(l, "threads")) for l in lines if l.startswith("round=")})
med = statistics.median
unpinned = any(" unpinned " in l for l in lines)
print("per thread count: medians over rounds of each round's median step; ratio = ours / PyTorch's, median of rounds")
print("(cpu = process CPU time per step: on 1 thread it is less disturbed by other jobs than wall time)")
print("GEMM: 1024x1024 rates in GFLOP/s: LibTorch's BLAS as configured, unpinned (if pinned), TrainScope's kernel;")
print("MFU against the fastest of them")
for t in threads:
    rows = {}
    for l in lines:
        if l.startswith("round=") and field(l, "threads") == str(t):
            side = "unpinned" if " unpinned " in l else "torch" if "pytorch" in l else "ours"
            rows.setdefault(field(l, "round"), {})[side] = (float(field(l, "ms")), float(field(l, "cpu_ms")))
    pairs = [r for r in rows.values() if "ours" in r and "torch" in r]
    ours, theirs = [p["ours"][0] for p in pairs], [p["torch"][0] for p in pairs]
    ourCpu, theirCpu = [p["ours"][1] for p in pairs], [p["torch"][1] for p in pairs]
    ratios = [o / p for o, p in zip(ours, theirs)]
    cpuRatios = [o / p for o, p in zip(ourCpu, theirCpu)]
    def rates(label, kind):  # lines "<label> threads=<t> <kind> 1024x1024, ...: median <rate> GFLOP/s, ..."
        found = [float(re.search(r"median ([0-9.]+) GFLOP", l).group(1)) for l in lines
                 if l.startswith(f"{label} threads={t} {kind} ")]
        return med(found) if found else None
    gemm = {"blas": rates("gemm", "gemm"), "unpinned": rates("gemm-unpinned", "gemm"), "own": rates("gemm", "gemm-own")}
    best = max(v for v in gemm.values() if v)
    mfu = lambda ms: flops / (ms / 1e3) / best
    print(f"\nthreads {t}: ours {med(ours):.1f} ms, PyTorch {med(theirs):.1f} ms, ratio {med(ratios):.2f}"
          f" (cpu {med(ourCpu):.1f} / {med(theirCpu):.1f} ms, ratio {med(cpuRatios):.2f})")
    print(f"  rounds: ours {', '.join(f'{x:.1f}' for x in ours)}; torch {', '.join(f'{x:.1f}' for x in theirs)};"
          f" wall ratios {', '.join(f'{x:.2f}' for x in ratios)}; cpu ratios {', '.join(f'{x:.2f}' for x in cpuRatios)}")
    if unpinned:
        free = [(p["ours"][0], p["unpinned"][0]) for p in rows.values() if "ours" in p and "unpinned" in p]
        freeRatios = [o / u for o, u in free]
        print(f"  PyTorch with OpenBLAS unpinned: {med([u for _, u in free]):.1f} ms, ratio {med(freeRatios):.2f}"
              f" (rounds {', '.join(f'{x:.2f}' for x in freeRatios)})")
    print("  GEMM " + ", ".join(f"{k} {v:.1f}" for k, v in gemm.items() if v) +
          f"; MFU ours {mfu(med(ours)):.2f}, PyTorch {mfu(med(theirs)):.2f}")
print()
for l in lines:
    if "generate" in l:
        print(l)
EOF
