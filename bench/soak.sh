#!/usr/bin/env bash
# Issue 18's soak: RUNS short trainings one after another in one GUI session (bench: the hidden --soak probe,
# offscreen), and RUNS trainings plus RUNS evaluations in one engine process (build/bench/soak_engine), on a
# small FashionMNIST subset it makes; prints resident memory, threads and open descriptors after runs 1, 10,
# 25 and RUNS. With --write, the figures go into bench/RESULTS.md as the section "Soak (issue 18)".
# Usage: bench/soak.sh [--write] [RUNS] [THREADS]    (needs a Release build in build/ with the GUI; it builds
#        soak_engine, which is not in the default build; SOAK_LOGS=DIR keeps the per-run tables as gui.log and engine.log)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${TRAINSCOPE_BUILD_DIR:-$root/build}
fashion=${DATA:-/usr/share/datasets/fashion-mnist}
write=0
if [ "${1:-}" = "--write" ]; then write=1; shift; fi
runs=${1:-50}
threads=${2:-2}
train_n=${TRAIN_SAMPLES:-5000}   # a run of one epoch takes about a second on 2 cores
test_n=${TEST_SAMPLES:-1000}
cmake --build "$build" --target soak_engine trainscope > /dev/null || { echo "cannot build soak_engine in $build" >&2; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp/home; mkdir -p "$HOME"   # the GUI's settings stay out of the user's

# The first train_n training and test_n test samples of FashionMNIST, as an IDX folder.
/usr/bin/python3 - "$fashion" "$tmp/data" "$train_n" "$test_n" <<'PY'
import gzip, os, struct, sys
src, out, n_train, n_test = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
os.makedirs(out)
for name, n in (("train-images-idx3-ubyte", n_train), ("train-labels-idx1-ubyte", n_train),
                ("t10k-images-idx3-ubyte", n_test), ("t10k-labels-idx1-ubyte", n_test)):
    with gzip.open(os.path.join(src, name + ".gz"), "rb") as f:
        data = f.read()
    ndim = data[3]
    dims = list(struct.unpack(">" + "I" * ndim, data[4:4 + 4 * ndim]))
    item = 1
    for d in dims[1:]:
        item *= d
    n = min(n, dims[0])
    body = data[4 + 4 * ndim:4 + 4 * ndim + n * item]
    with open(os.path.join(out, name), "wb") as f:
        f.write(data[:4] + struct.pack(">" + "I" * ndim, n, *dims[1:]) + body)
PY

engine_cmd=("$build/bench/soak_engine" "$tmp/data" "$tmp/engine-runs" "$runs" mlp 1 "$threads")
gui_cmd=("$build/app/trainscope" --data "$tmp/data" --preset mlp --epochs 1 --threads "$threads" --soak "$runs"
         --runs-dir "$tmp/gui-runs")
start=$(date +%s)
"${engine_cmd[@]}" > "$tmp/engine.log"
engine_s=$(( $(date +%s) - start )); start=$(date +%s)
QT_QPA_PLATFORM=offscreen "${gui_cmd[@]}" 2> "$tmp/gui.log" > /dev/null || { cat "$tmp/gui.log" >&2; exit 1; }
gui_s=$(( $(date +%s) - start ))
if [ -n "${SOAK_LOGS:-}" ]; then mkdir -p "$SOAK_LOGS"; cp "$tmp/gui.log" "$tmp/engine.log" "$SOAK_LOGS/"; fi

# The rows of runs 1, 10, 25 and RUNS of each table, as markdown rows "| what | run | rss | threads | fds |".
rows() {  # LOG TITLE-PREFIX LABEL
  awk -v want="$2" -v label="$3" -v last="$runs" '
    index($0, want) == 1 { on = 1; next }
    on && $1 ~ /^[0-9]+$/ { if ($1 == 1 || $1 == 10 || $1 == 25 || $1 == last) printf "| %s | %d | %s | %d | %d |\n", label, $1, $2, $3, $4; next }
    on && /^growth/ { growth = $0; on = 0 }
    END { if (growth != "") printf "| %s | %s | | | |\n", label, growth }' "$1"
}
table=$( {
  echo "| soak | run | RSS (MiB) | threads | open fds |"
  echo "|---|---|---|---|---|"
  rows "$tmp/gui.log" "soak (GUI)" "GUI: train, then open the run"
  rows "$tmp/engine.log" "soak (engine, training)" "engine: train (run + TensorBoard writers)"
  rows "$tmp/engine.log" "soak (engine, evaluation)" "engine: evaluate the last run"
} )
machine="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/^Mem:/ {print $2}') GiB"
section="## $(date +%Y-%m-%d), Soak (issue 18)

Command: \`bench/soak.sh --write $runs $threads\`: $runs one-epoch \`mlp\` runs on the first $train_n/$test_n
FashionMNIST training/test images, in one GUI window (offscreen, \`trainscope --soak $runs\`: Train pressed,
the run opened from its folder, figures read after each; ${gui_s} s) and in one engine process
(\`soak_engine\`: $runs trainings with the run and TensorBoard writers, then $runs evaluations; ${engine_s} s).
Machine: $machine. Growth is counted from run 10 (the first runs warm caches, allocator arenas and thread pools up).

$table
"
echo "$section"
if [ "$write" = 1 ]; then
  # Replaces an earlier soak section, else goes in before the first dated section.
  /usr/bin/python3 - "$root/bench/RESULTS.md" "$section" <<'PY'
import re, sys
path, section = sys.argv[1], sys.argv[2].rstrip("\n") + "\n\n"
text = open(path).read()
old = re.search(r"^## [^\n]*Soak \(issue 18\)\n.*?(?=^## |\Z)", text, re.M | re.S)
if old:
    text = text[:old.start()] + section + text[old.end():]
else:
    first = re.search(r"^## ", text, re.M)
    at = first.start() if first else len(text)
    text = text[:at] + section + text[at:]
open(path, "w").write(text)
PY
  echo "written to bench/RESULTS.md"
fi
