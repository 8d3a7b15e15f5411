#!/usr/bin/env bash
# Acceptance check: TrainScope's `seed` preset against the reference tutorial's PyTorch script,
# both for 5 epochs on one thread, over several seeds (the result depends on the initial weights).
# Usage: bench/seed_vs_tutorial.sh [SEEDS...]   (default seeds: 1 2 3; needs python3-torch, python3-torchvision)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
data=${DATA:-/usr/share/datasets/fashion-mnist}
cli=${CLI:-$root/build/app/trainscope-cli}
seeds=("$@"); [ ${#seeds[@]} -gt 0 ] || seeds=(1 2 3)
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
printf "%-6s %-22s %-22s\n" seed "TrainScope seed preset" "PyTorch tutorial script"
for s in "${seeds[@]}"; do
  ts=$("$cli" train --data "$data" --preset seed --epochs 5 --threads 1 --seed "$s" --out "$tmp/run$s" --quiet |
       awk '/^test accuracy/ {print $3}')
  py=$(/usr/bin/python3 "$root/bench/tutorial_reference.py" --data "$data" --threads 1 --seed "$s" |
       awk '/^epoch 5:/ {print $5}')
  printf "%-6s %-22s %-22s\n" "$s" "$ts" "$py"
done
