#!/usr/bin/env bash
# Builds the libFuzzer harnesses with clang (ASan + UBSan) into build-fuzz/ at the repository root.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
out="${1:-$root/build-fuzz}"
mkdir -p "$out"
flags=(-std=c++17 -O1 -g -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -I"$root")
clang++ "${flags[@]}" "$root/tests/fuzz/fuzz_csv.cpp" "$root/core/data/Csv.cpp" -o "$out/fuzz_csv"
clang++ "${flags[@]}" "$root/tests/fuzz/fuzz_idx.cpp" "$root/core/data/Idx.cpp" "$root/core/common/Numbers.cpp" -lz -o "$out/fuzz_idx"
echo "built $out/fuzz_csv and $out/fuzz_idx"
