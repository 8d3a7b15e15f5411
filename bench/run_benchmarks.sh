#!/usr/bin/env bash
# TrainScope's benchmark suite: every comparison measured in the same run, reported as ratios.
# Usage: bench/run_benchmarks.sh [THREADS]     (default: 2; needs a Release build in build/,
#        python3-torch and python3-torchvision for the PyTorch baselines, xvfb for the GUI rows)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TRAINSCOPE_BUILD_DIR:-$root/build}
data=${DATA:-/usr/share/datasets/fashion-mnist}
threads=${1:-2}
epochs=${EPOCHS:-3}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home; mkdir -p "$HOME"   # the GUI's settings stay out of the user's
median_epoch() {  # median of epochs 2..N of a run's summary.json (epoch 1 includes warm-up)
  /usr/bin/python3 -c 'import json,statistics,sys; e=[x["seconds"] for x in json.load(open(sys.argv[1]))["epochs"]]; print("%.3f" % statistics.median(e[1:] or e))' "$1"
}
ratio() { /usr/bin/python3 -c "print('%.2f' % ($1 / $2))"; }

# The benchmark programs are not in the default build: build the ones this script runs (chart_redraw needs the GUI).
bench_targets=(bench_gemm)
grep -q '^TRAINSCOPE_BUILD_GUI:BOOL=ON' "$build/CMakeCache.txt" && bench_targets+=(chart_redraw)
cmake --build "$build" --target "${bench_targets[@]}" > /dev/null || { echo "cannot build ${bench_targets[*]} in $build" >&2; exit 1; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), threads $threads"
echo "blas: $(update-alternatives --query libblas.so.3-x86_64-linux-gnu 2>/dev/null | awk '/^Value:/ {print $2}')"

# 1-2. Training throughput against PyTorch, and against the GEMM floor.
/usr/bin/time -f "%M" -o "$tmp/rss" "$build/app/trainscope-cli" train --data "$data" --preset mlp --epochs "$epochs" \
  --threads "$threads" --out "$tmp/cli" > "$tmp/cli.log"
cli=$(median_epoch "$tmp/cli/summary.json")
load=$(grep -o 'loaded in [0-9.]* s' "$tmp/cli.log" || true)
# The PyTorch loops use the batch size and learning rate the CLI's preset used.
read -r batch lr < <(/usr/bin/python3 -c 'import json,sys; c=json.load(open(sys.argv[1]))["config"]; print(c["batch_size"], c["lr"])' "$tmp/cli/summary.json")
pt=(--threads "$threads" --batch-size "$batch" --lr "$lr")
pre=$(/usr/bin/python3 "$root/bench/pytorch_mlp.py" --style preloaded --epochs "$epochs" "${pt[@]}" | awk '/^median/ {print $2}')
tut=$(/usr/bin/python3 "$root/bench/pytorch_mlp.py" --style tutorial --epochs 2 "${pt[@]}" | awk '/^median/ {print $2}')
gemm=$("$build/bench/bench_gemm" "$threads" 1024 | sed -E 's/.*median ([0-9.]+) GFLOP.*/\1/')
# One epoch of the 784-512-512-10 MLP: 3 x 2 x 668,672 FLOPs per sample (forward, two backward GEMMs), 54,000 samples.
floor=$(/usr/bin/python3 -c "print('%.3f' % (3 * 2 * 668672 * 54000 / ($gemm * 1e9)))")
echo "CLI epoch (mlp, AdamW, batch $batch, lr $lr): $cli s"
echo "PyTorch best-practice loop:              $pre s   ratio CLI/PyTorch $(ratio "$cli" "$pre")  (target <= 0.9)"
echo "PyTorch tutorial-style DataLoader:       $tut s   ratio CLI/tutorial $(ratio "$cli" "$tut")  (target <= 0.5)"
echo "GEMM rate: $gemm GFLOP/s; floor $floor s/epoch; floor/epoch $(ratio "$floor" "$cli")  (target >= 0.75)"
echo "FashionMNIST load (train+test .gz):      ${load:-?}  (target < 1 s)"
echo "peak RSS, $epochs-epoch CLI run:             $(( $(cat "$tmp/rss") / 1024 )) MB  (target < 700 MB)"

# 3-4. The dashboard's cost and the GUI's responsiveness.
if command -v xvfb-run >/dev/null; then
  xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/trainscope" --data "$data" --preset mlp --epochs "$epochs" \
    --threads "$threads" --start --quit-when-done --stall-report --runs-dir "$tmp/gui" 2> "$tmp/gui.log" >/dev/null
  gui=$(median_epoch "$(ls -d "$tmp"/gui/*/ | head -1)summary.json")
  echo "GUI epoch under Xvfb:                    $gui s   ratio GUI/CLI $(ratio "$gui" "$cli")  (target <= 1.05)"
  grep 'event-loop stall' "$tmp/gui.log" | sed 's/^/GUI /'
  # The same cost timed epoch against neighbouring epoch inside one GUI run (far less noisy on a shared VM).
  "$root/bench/dashboard_ab.sh" 1 "$threads" 4 | tail -1 | sed 's/^/dashboard A\/B: /'
  for i in 1 2 3; do xvfb-run -a "$build/app/trainscope" --startup-report 2>&1 | grep -o '[0-9]* ms'; done |
    sort -n | sed -n 2p | sed 's/^/launch to window shown (median of 3): /'
fi

# 5. Charts at scale.
[ -x "$build/bench/chart_redraw" ] && QT_QPA_PLATFORM=offscreen "$build/bench/chart_redraw" 7
