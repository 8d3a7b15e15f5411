#!/usr/bin/env python3
"""Data-parallel throughput on this machine (issue 17), in one run: for mlp and cnn on FashionMNIST, one epoch
as 1 process x 1 thread, 1 process x 2 threads and 2 processes x 1 thread (trainscope-cli train --nproc 2), then
where the 2-process step time goes: compute, the gradient all-reduce itself (bench_dist_allreduce: the same
number of floats averaged with no training around it) and waiting for the other process (the rest of the time
spent in collectives). Prints a Markdown table for bench/RESULTS.md.

    python3 bench/data_parallel.py --cli build/app/trainscope-cli --allreduce build/bench/bench_dist_allreduce
"""
import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile

# Trainable parameters of the presets on 1x28x28 images and 10 classes (core/train/Models.cpp).
PARAMETERS = {
    "mlp": 784 * 512 + 512 + 512 * 512 + 512 + 512 * 10 + 10,
    "cnn": 9 * 32 + 2 * 32 + 32 * 9 * 64 + 2 * 64 + 64 * 7 * 7 * 128 + 128 + 128 * 10 + 10,
}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def allreduce_ms(binary, floats):
    port = str(free_port())
    procs = []
    for rank in range(2):
        env = dict(os.environ, RANK=str(rank), WORLD_SIZE="2", MASTER_ADDR="127.0.0.1", MASTER_PORT=port)
        procs.append(subprocess.Popen([binary, str(floats), "200"], env=env, stdout=subprocess.PIPE, text=True))
    out = [p.communicate()[0] for p in procs]
    return float(out[0].strip())


def train(cli, data, preset, processes, threads, epochs, root):
    out = os.path.join(root, f"{preset}-{processes}x{threads}")
    cmd = [cli, "train", "--data", data, "--preset", preset, "--epochs", str(epochs), "--threads", str(threads),
           "--nproc", str(processes), "--out", out, "--quiet", "--no-health"]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    with open(os.path.join(out, "summary.json")) as f:
        summary = json.load(f)
    epoch = summary["epochs"][-1]
    rate = epoch.get("samples_per_second") or epoch.get("samples_per_sec")
    procs = summary.get("distributed", {}).get("processes", [])
    sync = sum(p["sync_share"] for p in procs) / len(procs) if procs else 0.0
    steps_per_epoch = epoch["step"] / epoch["epoch"]
    return {"rate": rate, "seconds": epoch["seconds"], "sync": sync, "steps": steps_per_epoch,
            "accuracy": summary["test"]["accuracy"]}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--cli", default="build/app/trainscope-cli")
    ap.add_argument("--allreduce", default="build/bench/bench_dist_allreduce")
    ap.add_argument("--data", default="/usr/share/datasets/fashion-mnist")
    ap.add_argument("--epochs", type=int, default=1)
    args = ap.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as root:
        for preset in ("mlp", "cnn"):
            one = train(args.cli, args.data, preset, 1, 1, args.epochs, root)
            wide = train(args.cli, args.data, preset, 1, 2, args.epochs, root)
            two = train(args.cli, args.data, preset, 2, 1, args.epochs, root)
            reduce_ms = allreduce_ms(args.allreduce, PARAMETERS[preset])
            step_ms = 1000.0 * two["seconds"] / two["steps"]
            sync_ms = two["sync"] * step_ms
            rows.append((preset, one, wide, two, reduce_ms, step_ms, sync_ms))
            print(f"{preset}: done", file=sys.stderr)
    print("| preset | 1 proc x 1 thread | 1 proc x 2 threads | 2 procs x 1 thread | scaling efficiency (2x1 vs 1x1) "
          "| 2x1 vs 1x2 | 2-proc step: compute / all-reduce / waiting (ms) | test accuracy 1x1 / 2x1 |")
    print("|---|---|---|---|---|---|---|---|")
    for preset, one, wide, two, reduce_ms, step_ms, sync_ms in rows:
        eff = two["rate"] / (2 * one["rate"])
        compute = step_ms - sync_ms
        waiting = max(sync_ms - reduce_ms, 0.0)
        print(f"| {preset} | {one['rate']:.0f}/s | {wide['rate']:.0f}/s | {two['rate']:.0f}/s | {100 * eff:.0f}% "
              f"| {two['rate'] / wide['rate']:.2f}x | {compute:.1f} / {min(reduce_ms, sync_ms):.1f} / {waiting:.1f} "
              f"(step {step_ms:.1f}) | {100 * one['accuracy']:.2f}% / {100 * two['accuracy']:.2f}% |")


if __name__ == "__main__":
    main()
