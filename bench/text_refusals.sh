#!/usr/bin/env bash
# Issue 14: how long trainscope-cli takes to refuse bad text corpora (invalid UTF-8, binary, empty, shorter than one
# context window), and what it says. Each message should come in well under a second (the process start, which
# loads LibTorch, included). Usage: bench/text_refusals.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
cli="$build/app/trainscope-cli"
[ -x "$cli" ] || ninja -C "$build" trainscope-cli >/dev/null
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
{ for i in $(seq 200); do echo "a line of plain text, number $i"; done; printf 'caf\xe9 au lait\n'; } > "$dir/invalid-utf8.txt"
head -c 4096 /bin/ls > "$dir/binary.txt"
: > "$dir/empty.txt"
echo "To be, or not to be." > "$dir/too-short.txt"
printf '| file | seconds | message |\n|---|---|---|\n'
start=$(date +%s.%N); "$cli" --version >/dev/null; end=$(date +%s.%N)
printf '| (start-up only: --version) | %.3f | |\n' "$(echo "$end - $start" | bc -l)"
for f in invalid-utf8 binary empty too-short; do
    start=$(date +%s.%N)
    msg=$("$cli" train --data "$dir/$f.txt" --preset gpt-tiny --out "$dir/run-$f" 2>&1 >/dev/null || true)
    end=$(date +%s.%N)
    printf '| %s.txt | %.3f | %s |\n' "$f" "$(echo "$end - $start" | bc -l)" "${msg//$dir\//}"
done
