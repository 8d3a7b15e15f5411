"""Issue 7, acceptance 1: train the 784-512-512-10 MLP on FashionMNIST in PyTorch, save it with
torch.jit.save, and write what PyTorch computes for it on the test set, to compare with
`trainscope-cli evaluate`.

usage: /usr/bin/python3 bench/torchscript_fashion.py OUT_DIR [--epochs N] [--data DIR]

Writes OUT_DIR/fashion_mlp.pt (TorchScript, with a class_names attribute) and
OUT_DIR/pytorch_eval.json: accuracy, mean cross-entropy and the 10x10 confusion matrix
(rows = true class) over the 10,000 test images scaled to [0, 1] like torchvision's ToTensor.
"""
import argparse
import gzip
import json
import os
import struct
import time

import torch

CLASSES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]


def read_idx(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rb") as f:
        data = f.read()
    ndim = struct.unpack(">I", data[:4])[0] & 0xFF
    dims = struct.unpack(">" + "I" * ndim, data[4:4 + 4 * ndim])
    return torch.frombuffer(bytearray(data[4 + 4 * ndim:]), dtype=torch.uint8).reshape(dims)


def find(folder, stem):
    for name in (stem, stem + ".gz"):
        if os.path.exists(os.path.join(folder, name)):
            return os.path.join(folder, name)
    raise SystemExit(f"{stem} not found in {folder}")


class FashionMLP(torch.nn.Module):
    def __init__(self):
        super().__init__()
        self.class_names = CLASSES
        self.net = torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(784, 512), torch.nn.ReLU(),
                                       torch.nn.Linear(512, 512), torch.nn.ReLU(), torch.nn.Linear(512, 10))

    def forward(self, x):
        return self.net(x)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--epochs", type=int, default=3)
    ap.add_argument("--data", default="/usr/share/datasets/fashion-mnist")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    torch.manual_seed(0)
    torch.set_num_threads(os.cpu_count() or 1)
    xtr = read_idx(find(a.data, "train-images-idx3-ubyte")).float().div(255).unsqueeze(1)
    ytr = read_idx(find(a.data, "train-labels-idx1-ubyte")).long()
    xte = read_idx(find(a.data, "t10k-images-idx3-ubyte")).float().div(255).unsqueeze(1)
    yte = read_idx(find(a.data, "t10k-labels-idx1-ubyte")).long()

    model = FashionMLP()
    opt = torch.optim.AdamW(model.parameters(), lr=1e-3)
    t0 = time.time()
    for epoch in range(a.epochs):
        perm = torch.randperm(len(ytr))
        for i in range(0, len(ytr), 64):
            idx = perm[i:i + 64]
            opt.zero_grad()
            loss = torch.nn.functional.cross_entropy(model(xtr[idx]), ytr[idx])
            loss.backward()
            opt.step()
        print(f"epoch {epoch + 1}: last batch loss {loss.item():.4f} ({time.time() - t0:.1f} s)")
    model.eval()
    torch.jit.save(torch.jit.script(model), os.path.join(a.out, "fashion_mlp.pt"))

    with torch.no_grad():
        logits = model(xte)
    pred = logits.argmax(1)
    cm = torch.zeros(10, 10, dtype=torch.long)
    cm.index_put_((yte, pred), torch.ones_like(yte), accumulate=True)
    result = {"accuracy": (pred == yte).double().mean().item(),
              "loss": torch.nn.functional.cross_entropy(logits.double(), yte).item(),
              "confusion": cm.tolist(), "classes": CLASSES}
    with open(os.path.join(a.out, "pytorch_eval.json"), "w") as f:
        json.dump(result, f, indent=1)
    print(f"test accuracy {100 * result['accuracy']:.2f}%, loss {result['loss']:.4f}")


if __name__ == "__main__":
    main()
