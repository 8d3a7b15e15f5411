#!/usr/bin/env bash
# Batch size against epoch time and accuracy for the mlp preset, over several seeds, in one sitting:
# every configuration runs once per seed, configurations interleaved so that drift hits them alike.
# Usage: bench/batch_sweep.sh [THREADS] [EPOCHS] [SEEDS] [BATCH:LR ...]
#   e.g. bench/batch_sweep.sh 2 5 "1 2 3" 64:1e-3 128:1.5e-3 256:2e-3
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
cli="${TRAINSCOPE_CLI:-$here/build/app/trainscope-cli}"
data="${FASHION_MNIST:-/usr/share/datasets/fashion-mnist}"
threads="${1:-2}"; epochs="${2:-5}"; seeds="${3:-1 2 3}"
shift $(( $# < 3 ? $# : 3 ))
configs=("$@")
[ ${#configs[@]} -gt 0 ] || configs=(64:1e-3 128:1.5e-3 256:2e-3)
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for seed in $seeds; do
    for c in "${configs[@]}"; do
        b="${c%%:*}"; lr="${c#*:}"
        "$cli" train --data "$data" --preset mlp --epochs "$epochs" --batch-size "$b" --lr "$lr" \
            --threads "$threads" --seed "$seed" --quiet --out "$out/b${b}_lr${lr}_s${seed}" >/dev/null
    done
done
/usr/bin/python3 - "$out" "$threads" "$epochs" <<'PY'
import json, pathlib, statistics, sys
root, threads, epochs = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3]
rows = {}
for run in sorted(root.iterdir()):
    s = json.loads((run / "summary.json").read_text())
    cfg = s["config"]
    key = (cfg["batch_size"], cfg["lr"])
    secs = [e["seconds"] for e in s["epochs"][1:]] or [s["epochs"][0]["seconds"]]
    r = rows.setdefault(key, {"epoch": [], "test": [], "val": []})
    r["epoch"].append(statistics.median(secs))
    r["test"].append(100 * s["test"]["accuracy"])
    r["val"].append(100 * max(e["val_accuracy"] for e in s["epochs"]))
def spread(v):
    return f"{statistics.mean(v):.2f} ± {statistics.stdev(v):.2f}" if len(v) > 1 else f"{v[0]:.2f}"
print(f"mlp preset, {epochs} epochs, {threads} threads, seeds per row: {len(next(iter(rows.values()))['test'])}")
print("| batch | lr | median epoch (s) | test accuracy % (mean ± sd) | best val accuracy % |")
print("|---|---|---|---|---|")
for (b, lr), r in sorted(rows.items()):
    print(f"| {b} | {lr:g} | {statistics.median(r['epoch']):.2f} | {spread(r['test'])} | {spread(r['val'])} |")
PY
