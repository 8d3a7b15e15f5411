#!/usr/bin/python3
"""PyTorch baselines for the training-throughput benchmark: the same 784-512-512-10 MLP, batch size,
optimizer (AdamW, weight decay 1e-4, cosine decay), threads and BLAS as TrainScope's `mlp` preset (batch
256, lr 2e-3 by default; run_benchmarks.sh passes whatever the CLI run used).

  --style tutorial   the reference tutorial's way: torchvision FashionMNIST + DataLoader + per-sample ToTensor
  --style preloaded  best practice: the whole set as one uint8 tensor, batches gathered and converted per step,
                     gradients set to None rather than zeroed (as TrainScope does)

Prints one line per epoch ("epoch N: S s") and the median of epochs 2..N (epoch 1 includes warm-up).
Usage: /usr/bin/python3 bench/pytorch_mlp.py --style preloaded --epochs 3 --threads 2
"""
import argparse
import gzip
import math
import os
import statistics
import tempfile
import time

import numpy as np
import torch
from torch import nn

from tutorial_reference import stage  # same file staging as the tutorial script


def read_idx(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    ndim = data[3]
    dims = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def load(data_dir, name):
    for suffix in ("", ".gz"):
        p = os.path.join(data_dir, name + suffix)
        if os.path.exists(p):
            return read_idx(p)
    raise FileNotFoundError(name)


def model():
    return nn.Sequential(nn.Flatten(), nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, 512), nn.ReLU(),
                         nn.Linear(512, 10))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/usr/share/datasets/fashion-mnist")
    ap.add_argument("--style", choices=["tutorial", "preloaded"], default="preloaded")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=256)
    ap.add_argument("--lr", type=float, default=2e-3)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    net = model()
    opt = torch.optim.AdamW(net.parameters(), lr=args.lr, weight_decay=1e-4)
    loss_fn = nn.CrossEntropyLoss()
    n_train = 54000  # TrainScope holds out 10% for validation
    steps_per_epoch = math.ceil(n_train / args.batch_size)
    total = steps_per_epoch * args.epochs
    times = []
    step = 0
    if args.style == "preloaded":
        images = torch.from_numpy(load(args.data, "train-images-idx3-ubyte").copy())[:n_train]
        labels = torch.from_numpy(load(args.data, "train-labels-idx1-ubyte").astype(np.int64))[:n_train]
        mean, std = images.float().div(255).mean().item(), images.float().div(255).std().item()
        for epoch in range(args.epochs):
            t0 = time.perf_counter()
            order = torch.randperm(n_train)
            for b in range(0, n_train, args.batch_size):
                idx = order[b:b + args.batch_size]
                x = images.index_select(0, idx).float().mul_(1 / (255 * std)).add_(-mean / std)
                for g in opt.param_groups:
                    g["lr"] = args.lr * 0.5 * (1 + math.cos(math.pi * step / total))
                opt.zero_grad(set_to_none=True)
                loss = loss_fn(net(x), labels.index_select(0, idx))
                loss.backward()
                opt.step()
                loss.item()  # TrainScope reads every batch's loss too
                step += 1
            times.append(time.perf_counter() - t0)
            print(f"epoch {epoch + 1}: {times[-1]:.2f} s", flush=True)
    else:
        from torch.utils.data import DataLoader, Subset
        from torchvision import datasets
        from torchvision.transforms import Compose, Normalize, ToTensor
        with tempfile.TemporaryDirectory() as tmp:
            root = stage(args.data, tmp)
            full = datasets.FashionMNIST(root=root, train=True, download=False,
                                         transform=Compose([ToTensor(), Normalize((0.2860,), (0.3530,))]))
            loader = DataLoader(Subset(full, range(n_train)), batch_size=args.batch_size, shuffle=True)
            for epoch in range(args.epochs):
                t0 = time.perf_counter()
                for x, y in loader:
                    for g in opt.param_groups:
                        g["lr"] = args.lr * 0.5 * (1 + math.cos(math.pi * step / total))
                    opt.zero_grad()
                    loss = loss_fn(net(x), y)
                    loss.backward()
                    opt.step()
                    loss.item()
                    step += 1
                times.append(time.perf_counter() - t0)
                print(f"epoch {epoch + 1}: {times[-1]:.2f} s", flush=True)
    later = times[1:] if len(times) > 1 else times
    print(f"median {statistics.median(later):.3f} s/epoch ({args.style}, {args.threads} thread(s))")


if __name__ == "__main__":
    main()
