"""Writes a small TorchScript classifier and what PyTorch predicts with it, for test_evaluate.

usage: torchscript_fixture.py IDX_FOLDER OUT_DIR

Reads the test split of IDX_FOLDER (t10k-images-idx3-ubyte, t10k-labels-idx1-ubyte), builds two
seeded linear models over 8x8 images scaled to [0, 1] (one takes [B,1,8,8], one takes flat [B,64]),
saves them with torch.jit.save, and writes PyTorch's confusion matrix and loss for each to
OUT_DIR/expected.json.
"""
import json
import struct
import sys

import torch


def read_idx(path):
    with open(path, "rb") as f:
        data = f.read()
    magic, = struct.unpack(">I", data[:4])
    ndim = magic & 0xFF
    dims = struct.unpack(">" + "I" * ndim, data[4:4 + 4 * ndim])
    return torch.frombuffer(bytearray(data[4 + 4 * ndim:]), dtype=torch.uint8).reshape(dims)


class Images(torch.nn.Module):
    def __init__(self, classes):
        super().__init__()
        self.class_names = classes
        self.flatten = torch.nn.Flatten()
        self.fc = torch.nn.Linear(64, len(classes))

    def forward(self, x):
        return self.fc(self.flatten(x))


def main():
    folder, out = sys.argv[1], sys.argv[2]
    images = read_idx(folder + "/t10k-images-idx3-ubyte").float().div(255.0)
    labels = read_idx(folder + "/t10k-labels-idx1-ubyte").long()
    classes = ["north-west", "north-east", "south-west", "south-east"]
    torch.manual_seed(3)
    shaped = Images(classes)
    with torch.no_grad():  # a readable, not random, classifier: each class scores its quadrant's brightness
        w = torch.zeros(4, 8, 8)
        w[0, :4, :4] = w[1, :4, 4:] = w[2, 4:, :4] = w[3, 4:, 4:] = 0.25
        shaped.fc.weight.copy_(w.reshape(4, 64) + 0.05 * torch.randn(4, 64))
        shaped.fc.bias.copy_(0.1 * torch.randn(4))
    flat = torch.nn.Sequential(torch.nn.Linear(64, 4))
    with torch.no_grad():
        flat[0].weight.copy_(shaped.fc.weight)
        flat[0].bias.copy_(shaped.fc.bias)
    torch.jit.save(torch.jit.script(shaped), out + "/shaped.pt")
    torch.jit.save(torch.jit.script(flat), out + "/flat.pt")

    expected = {}
    for name, model, x in (("shaped", shaped, images.unsqueeze(1)), ("flat", flat, images.reshape(-1, 64))):
        with torch.no_grad():
            logits = model(x)
        pred = logits.argmax(1)
        cm = torch.zeros(4, 4, dtype=torch.long)
        for t, p in zip(labels.tolist(), pred.tolist()):
            cm[t, p] += 1
        expected[name] = {
            "confusion": cm.reshape(-1).tolist(),
            "loss": torch.nn.functional.cross_entropy(logits, labels).item(),
            "accuracy": (pred == labels).float().mean().item(),
        }
    with open(out + "/expected.json", "w") as f:
        json.dump(expected, f)


if __name__ == "__main__":
    main()
