#!/usr/bin/env bash
# The dashboard's cost (issue 6, row 3): the same mlp training in the GUI under Xvfb and in the CLI,
# alternated ROUNDS times so that drift of this VM hits both alike; reports each pair's epoch times
# (median of epochs 2..N), the median ratio GUI/CLI, the GUI thread's CPU time (the noise-free part of
# the cost: this VM's epoch times drift by tens of percent between rounds), and the paint table. No
# stall probe here: its 100 timer wake-ups a second would be part of what is measured (row 4 has it).
# Usage: bench/gui_cost.sh [ROUNDS] [THREADS]     (needs a Release build in build/ and xvfb)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TRAINSCOPE_BUILD_DIR:-$root/build}
data=${DATA:-/usr/share/datasets/fashion-mnist}
rounds=${1:-3}
threads=${2:-2}
epochs=${EPOCHS:-3}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home; mkdir -p "$HOME"
median_epoch() {
  /usr/bin/python3 -c 'import json,statistics,sys; e=[x["seconds"] for x in json.load(open(sys.argv[1]))["epochs"]]; print("%.3f" % statistics.median(e[1:] or e))' "$1"
}
ratios=()
for r in $(seq "$rounds"); do
  "$build/app/trainscope-cli" train --data "$data" --preset mlp --epochs "$epochs" --threads "$threads" \
    --out "$tmp/cli$r" --quiet > /dev/null
  xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/trainscope" --data "$data" --preset mlp --epochs "$epochs" \
    --threads "$threads" --start --quit-when-done --paint-report --runs-dir "$tmp/gui$r" 2> "$tmp/gui$r.log" > /dev/null
  cli=$(median_epoch "$tmp/cli$r/summary.json")
  gui=$(median_epoch "$(ls -d "$tmp/gui$r"/*/ | head -1)summary.json")
  ratio=$(/usr/bin/python3 -c "print('%.3f' % ($gui / $cli))")
  ratios+=("$ratio")
  echo "round $r: CLI $cli s, GUI $gui s, GUI/CLI $ratio; $(grep -o 'GUI thread CPU.*' "$tmp/gui$r.log")"
done
median=$(printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.3f", NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
echo "median GUI/CLI over $rounds rounds: $median  (target <= 1.05)"
echo "paint table of round $rounds:"
grep -A8 '^paint events' "$tmp/gui$rounds.log"
