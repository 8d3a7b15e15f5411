#!/usr/bin/env bash
# Issue 21's acceptance figures in one run: the fused MLP training step (core/train/fused) against the autograd
# path and against the best-practice PyTorch loop with the same model, optimizer, batch and threads, and both
# against the GEMM floor. Rounds alternate the programs, so a drift of the machine's speed hits all alike; each
# figure is the median over rounds of a run's median epoch (epochs 2..N: epoch 1 warms up).
#   seed preset (784-512-512-10 + ReLU on the logits, SGD, batch 64, 60,000 samples) on 1 thread;
#   mlp preset (784-512-512-10, AdamW, batch 256, 54,000 samples) on 1 and 2 threads.
# The floor is the issue's: 3 GEMMs of 2 FLOPs per weight and sample (forward, weight gradient, input gradient)
# at the GEMM rate of a 1024x1024 product (bench_gemm); the fused step skips the first layer's input gradient, so
# it needs 20% fewer FLOPs than that floor counts, and "needed" is the floor of those. The fused step runs twice:
# with TrainScope's AVX-512 matrix-product kernel (core/kernels, the default where the processor has AVX-512) and
# with LibTorch's BLAS products (TRAINSCOPE_PRODUCTS=blas); each path's floor is at its own products' 1024^2 rate.
# Where the environment pins OpenBLAS's kernels (OPENBLAS_CORETYPE), PyTorch also runs unpinned in each round.
# Usage: [CONFIGS="seed:1 mlp:1 mlp:2"] bench/fused_step.sh [ROUNDS] [EPOCHS]   (default 3 rounds of 3 epochs, all
# three configurations; CONFIGS="seed:1" times the tutorial's settings alone; needs build/ and python3-torch)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TRAINSCOPE_BUILD_DIR:-$root/build}
data=${DATA:-/usr/share/datasets/fashion-mnist}
rounds=${1:-3}
epochs=${2:-3}
configs=${CONFIGS:-seed:1 mlp:1 mlp:2}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cmake --build "$build" --target bench_gemm trainscope-cli > /dev/null || { echo "cannot build in $build" >&2; exit 1; }
median_epoch() {
  /usr/bin/python3 -c 'import json,statistics,sys; e=[x["seconds"] for x in json.load(open(sys.argv[1]))["epochs"]]; print("%.4f" % statistics.median(e[1:] or e))' "$1"
}
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
pinned=${OPENBLAS_CORETYPE:-}
[ -z "$pinned" ] || echo "OpenBLAS pinned to $pinned by OPENBLAS_CORETYPE; PyTorch also measured unpinned"
for r in $(seq "$rounds"); do
  for t in 1 2; do
    "$build/bench/bench_gemm" "$t" 1024 --own | sed -E 's/^(gemm|gemm-own) .*median ([0-9.]+) GFLOP.*/\1 '"$t"' \2/'
  done
  for cfg in $configs; do
    preset=${cfg%%:*}; threads=${cfg##*:}
    for path in fused fused-blas autograd; do
      flag=(); [ "$path" = autograd ] && flag=(--autograd)
      products=own; [ "$path" = fused ] || products=blas
      TRAINSCOPE_PRODUCTS=$products "$build/app/trainscope-cli" train --data "$data" --preset "$preset" --epochs "$epochs" --threads "$threads" \
        "${flag[@]}" --out "$tmp/$preset-$threads-$path-$r" --quiet > /dev/null
      echo "run $preset $threads $path $(median_epoch "$tmp/$preset-$threads-$path-$r/summary.json")"
    done
    batch=$([ "$preset" = seed ] && echo 64 || echo 256)
    echo "run $preset $threads pytorch $(/usr/bin/python3 "$root/bench/pytorch_mlp.py" --style preloaded --preset "$preset" \
      --epochs "$epochs" --threads "$threads" --batch-size "$batch" | awk '/^median/ {print $2}')"
    [ -z "$pinned" ] || echo "run $preset $threads pytorch-unpinned $(env -u OPENBLAS_CORETYPE /usr/bin/python3 \
      "$root/bench/pytorch_mlp.py" --style preloaded --preset "$preset" --epochs "$epochs" --threads "$threads" \
      --batch-size "$batch" | awk '/^median/ {print $2}')"
  done
done | tee "$tmp/log"
/usr/bin/python3 - "$tmp/log" <<'PY'
import collections, statistics, sys
gemm, own, runs = collections.defaultdict(list), collections.defaultdict(list), collections.defaultdict(list)
for line in open(sys.argv[1]):
    w = line.split()
    if w[0] == "gemm": gemm[int(w[1])].append(float(w[2]))
    if w[0] == "gemm-own": own[int(w[1])].append(float(w[2]))
    if w[0] == "run": runs[(w[1], int(w[2]), w[3])].append(float(w[4]))
med = statistics.median
weights, first = 668672, 784 * 512          # 784-512-512-10; the first layer needs no input gradient
samples = {"seed": 60000, "mlp": 54000}
unpinned = any(k[2] == "pytorch-unpinned" for k in runs)
print("\nfused: TrainScope's products; fused-BLAS: LibTorch's. Floors: fused against the 1024^2 rate of TrainScope's"
      " kernel, fused-BLAS against the BLAS's")
print("\n| preset, threads | fused epoch | fused-BLAS epoch | autograd epoch | PyTorch epoch |" +
      (" PyTorch unpinned |" if unpinned else "") + " fused / PyTorch |" + (" fused / unpinned |" if unpinned else "") +
      " fused-BLAS / PyTorch | autograd / PyTorch | BLAS rate | kernel rate | floor / fused | floor / fused-BLAS |"
      " needed-FLOP floor / fused |")
print("|---" * (12 + 2 * unpinned) + "|")
for (preset, threads) in [("seed", 1), ("mlp", 1), ("mlp", 2)]:
    if (preset, threads, "fused") not in runs: continue
    f, fb, a, p = (med(runs[(preset, threads, k)]) for k in ("fused", "fused-blas", "autograd", "pytorch"))
    u = med(runs[(preset, threads, "pytorch-unpinned")]) if unpinned else None
    rate = med(gemm[threads]) * 1e9
    ownRate = med(own[threads]) * 1e9 if own[threads] else rate
    flops = 3 * 2 * weights * samples[preset]
    needed = (2 * 2 * weights + 2 * (weights - first)) * samples[preset]
    print(f"| {preset}, {threads} | {f:.3f} s | {fb:.3f} s | {a:.3f} s | {p:.3f} s |" + (f" {u:.3f} s |" if u else "") +
          f" **{f / p:.2f}** |" + (f" **{f / u:.2f}** |" if u else "") + f" {fb / p:.2f} | {a / p:.2f} |"
          f" {rate / 1e9:.1f} GFLOP/s | {ownRate / 1e9:.1f} GFLOP/s | **{flops / ownRate / f:.2f}** |"
          f" {flops / rate / fb:.2f} | {needed / ownRate / f:.2f} |")
for side in ["pytorch"] + (["pytorch-unpinned"] if unpinned else []):
    per_round = [x / y for x, y in zip(runs[("seed", 1, "fused")], runs[("seed", 1, side)])]
    print(f"\nrounds {len(per_round)}; per-round fused/{side} (seed, 1 thread): " +
          ", ".join(f"{r:.2f}" for r in per_round) + (f" (median {med(per_round):.2f})" if per_round else ""))
PY
