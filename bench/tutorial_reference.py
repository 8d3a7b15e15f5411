#!/usr/bin/python3
"""The reference tutorial's PyTorch FashionMNIST script, for comparison with TrainScope's `seed` preset.

It follows the tutorial: ToTensor scaling, a non-shuffling DataLoader with batch 64, the 784-512-512-10 MLP
with a ReLU on the logits, cross-entropy, SGD lr 1e-3, 5 epochs, test evaluation after every epoch.
It prints both the tutorial's "avg loss" (a sum of batch means divided by the number of samples,
about 64x too small) and the true mean loss.

Usage: /usr/bin/python3 bench/tutorial_reference.py [--data /usr/share/datasets/fashion-mnist] [--epochs 5]
       [--threads 1] [--seed 0]      (needs Debian's python3-torch and python3-torchvision)
"""
import argparse
import gzip
import os
import shutil
import tempfile
import time

import torch
from torch import nn
from torch.utils.data import DataLoader
from torchvision import datasets
from torchvision.transforms import ToTensor

FILES = ["train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"]


def stage(data_dir, tmp):
    """torchvision wants <root>/FashionMNIST/raw/<file> uncompressed; copy the system files there."""
    raw = os.path.join(tmp, "FashionMNIST", "raw")
    os.makedirs(raw)
    for name in FILES:
        src = os.path.join(data_dir, name)
        if os.path.exists(src):
            shutil.copy(src, os.path.join(raw, name))
        else:
            with gzip.open(src + ".gz", "rb") as fin, open(os.path.join(raw, name), "wb") as fout:
                shutil.copyfileobj(fin, fout)
    return tmp


class NeuralNetwork(nn.Module):
    def __init__(self):
        super().__init__()
        self.flatten = nn.Flatten()
        self.linear_relu_stack = nn.Sequential(
            nn.Linear(28 * 28, 512), nn.ReLU(),
            nn.Linear(512, 512), nn.ReLU(),
            nn.Linear(512, 10), nn.ReLU())

    def forward(self, x):
        return self.linear_relu_stack(self.flatten(x))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="/usr/share/datasets/fashion-mnist")
    ap.add_argument("--epochs", type=int, default=5)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        root = stage(args.data, tmp)
        training_data = datasets.FashionMNIST(root=root, train=True, download=False, transform=ToTensor())
        test_data = datasets.FashionMNIST(root=root, train=False, download=False, transform=ToTensor())
        train_dataloader = DataLoader(training_data, batch_size=64)
        test_dataloader = DataLoader(test_data, batch_size=64)
        model = NeuralNetwork()
        loss_fn = nn.CrossEntropyLoss()
        optimizer = torch.optim.SGD(model.parameters(), lr=1e-3)
        for epoch in range(1, args.epochs + 1):
            start = time.perf_counter()
            model.train()
            for X, y in train_dataloader:
                loss = loss_fn(model(X), y)
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
            seconds = time.perf_counter() - start
            model.eval()
            size, batch_means, true_sum, correct = len(test_dataloader.dataset), 0.0, 0.0, 0
            with torch.no_grad():
                for X, y in test_dataloader:
                    pred = model(X)
                    batch_loss = loss_fn(pred, y).item()
                    batch_means += batch_loss
                    true_sum += batch_loss * len(y)
                    correct += (pred.argmax(1) == y).type(torch.float).sum().item()
            print(f"epoch {epoch}: test accuracy {100 * correct / size:.2f}%  true mean loss {true_sum / size:.4f}  "
                  f"tutorial's 'avg loss' {batch_means / size:.6f}  train {seconds:.2f} s")


if __name__ == "__main__":
    main()
