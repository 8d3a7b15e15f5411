#!/usr/bin/python3
"""PyTorch baselines for the training-throughput benchmark: the same 784-512-512-10 MLP, batch size,
optimizer (AdamW, weight decay 1e-4, cosine decay), threads and BLAS as TrainScope's `mlp` preset (batch
256, lr 2e-3 by default; run_benchmarks.sh passes whatever the CLI run used).
With --preset seed, the reference tutorial's settings as TrainScope's `seed` preset has them: the ReLU on the
logits, SGD lr 1e-3, batch 64, all 60,000 training images in their file order, pixels scaled to [0, 1].

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


def model(relu_on_logits=False):
    layers = [nn.Flatten(), nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, 512), nn.ReLU(), nn.Linear(512, 10)]
    return nn.Sequential(*(layers + [nn.ReLU()] if relu_on_logits else layers))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/usr/share/datasets/fashion-mnist")
    ap.add_argument("--style", choices=["tutorial", "preloaded"], default="preloaded")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--batch-size", type=int, default=256)
    ap.add_argument("--lr", type=float, default=None)
    ap.add_argument("--preset", choices=["mlp", "seed"], default="mlp")
    args = ap.parse_args()
    seed = args.preset == "seed"
    if seed and args.style != "preloaded":
        ap.error("--preset seed runs the preloaded loop only")
    if args.lr is None:
        args.lr = 1e-3 if seed else 2e-3
    torch.set_num_threads(args.threads)
    torch.manual_seed(0)
    net = model(relu_on_logits=seed)
    if seed:
        opt = torch.optim.SGD(net.parameters(), lr=args.lr)
    else:
        opt = torch.optim.AdamW(net.parameters(), lr=args.lr, weight_decay=1e-4)
    loss_fn = nn.CrossEntropyLoss()
    n_train = 60000 if seed else 54000  # the mlp preset holds out 10% for validation
    steps_per_epoch = math.ceil(n_train / args.batch_size)
    total = steps_per_epoch * args.epochs
    times = []
    step = 0
    if args.style == "preloaded":
        images = torch.from_numpy(load(args.data, "train-images-idx3-ubyte").copy())[:n_train]
        labels = torch.from_numpy(load(args.data, "train-labels-idx1-ubyte").astype(np.int64))[:n_train]
        mean, std = images.float().div(255).mean().item(), images.float().div(255).std().item()
        if seed:
            mean, std = 0.0, 1.0  # ToTensor's scaling only, no standardization
        for epoch in range(args.epochs):
            t0 = time.perf_counter()
            order = torch.arange(n_train) if seed else torch.randperm(n_train)
            for b in range(0, n_train, args.batch_size):
                idx = order[b:b + args.batch_size]
                x = images.index_select(0, idx).float().mul_(1 / (255 * std)).add_(-mean / std)
                if not seed:  # the seed preset's rate is constant
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

        from tutorial_reference import stage  # same file staging as the tutorial script (needs torchvision)
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
    print(f"median {statistics.median(later):.3f} s/epoch ({args.style}, {args.preset}, {args.threads} thread(s))")


if __name__ == "__main__":
    main()
