#!/usr/bin/env bash
# The dashboard's cost (issue 6, row 3), timed epoch against neighbouring epoch inside one GUI run under
# Xvfb: `trainscope --dashboard-ab` follows the batches live in some epochs and not at all in others
# (muted: the same process, worker and run files, the window just does not take the batches), in groups of
# four epochs ordered live, muted, muted, live, so that a steady drift of this VM's speed cancels within a
# group. Each group gives (live epochs) / (muted epochs); the script prints them and their median.
# bench/gui_cost.sh compares whole GUI and CLI runs instead, which this VM's drift makes far noisier.
# Usage: [PRESET=seed] bench/dashboard_ab.sh [RUNS] [THREADS] [GROUPS]   (preset mlp by default; needs a Release
# build in build/ and xvfb)
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TRAINSCOPE_BUILD_DIR:-$root/build}
data=${DATA:-/usr/share/datasets/fashion-mnist}
preset=${PRESET:-mlp}
runs=${1:-2}
threads=${2:-2}
groups=${3:-4}
epochs=$((1 + 4 * groups))   # epoch 1 warms up, then the groups
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home; mkdir -p "$HOME"
for r in $(seq "$runs"); do
  xvfb-run -a -s "-screen 0 1600x1000x24" "$build/app/trainscope" --data "$data" --preset "$preset" --epochs "$epochs" \
    --threads "$threads" --start --quit-when-done --dashboard-ab --paint-report --runs-dir "$tmp/run$r" \
    2> "$tmp/run$r.log" > /dev/null
  echo "run $r: $(grep -o 'GUI thread CPU.*' "$tmp/run$r.log")"
done
/usr/bin/python3 - "$tmp" "$runs" <<'PY'
import json, pathlib, re, statistics, sys
tmp, runs = pathlib.Path(sys.argv[1]), int(sys.argv[2])
ratios, live_total, muted_total = [], 0.0, 0.0
for r in range(1, runs + 1):
    modes = dict((int(e), m) for e, m in re.findall(r"dashboard-ab: epoch (\d+) (live|muted)", (tmp / f"run{r}.log").read_text()))
    summary = json.loads(next((tmp / f"run{r}").glob("*/summary.json")).read_text())
    secs = {e["epoch"]: e["seconds"] for e in summary["epochs"]}
    for start in range(2, max(secs) + 1, 4):
        group = [start + i for i in range(4)]
        if not all(e in secs and e in modes for e in group):
            break
        live = sum(secs[e] for e in group if modes[e] == "live")
        muted = sum(secs[e] for e in group if modes[e] == "muted")
        live_total += live
        muted_total += muted
        ratios.append(live / muted)
        print(f"run {r}, epochs {group[0]}-{group[-1]}: live {live / 2:.3f} s, muted {muted / 2:.3f} s, ratio {live / muted:.3f}")
print(f"median live/muted over {len(ratios)} groups: {statistics.median(ratios):.3f}; "
      f"all live epochs / all muted epochs: {live_total / muted_total:.3f}  (target <= 1.05)")
PY
