"""Issue 7, acceptance 2: a deliberately shifted FashionMNIST test set, and an independent check of
what `trainscope-cli evaluate` reports for it.

  /usr/bin/python3 bench/shifted_fashion.py make SHIFT_DIR
      writes SHIFT_DIR/shifted-{images-idx3,labels-idx1}-ubyte: the test set without class 1 (Trouser),
      every pixel halved (darkened)
  trainscope-cli train --data /usr/share/datasets/fashion-mnist --epochs 3 --out RUN_DIR
  trainscope-cli evaluate --model RUN_DIR --data SHIFT_DIR/shifted-images-idx3-ubyte --out EVAL_DIR
  /usr/bin/python3 bench/shifted_fashion.py verify RUN_DIR EVAL_DIR SHIFT_DIR
      runs the checkpoint's weights in PyTorch on the shifted set and compares the confusion matrix;
      recomputes the class chi-square and PSI and the mean-brightness KS statistic with numpy
"""
import gzip
import json
import os
import struct
import sys

import numpy as np
import torch

FASHION = "/usr/share/datasets/fashion-mnist"


def read(path):
    data = gzip.open(path).read() if path.endswith(".gz") else open(path, "rb").read()
    nd = struct.unpack(">I", data[:4])[0] & 0xFF
    dims = struct.unpack(">" + "I" * nd, data[4:4 + 4 * nd])
    return np.frombuffer(data[4 + 4 * nd:], dtype=np.uint8).reshape(dims)


def write(path, arr, magic):
    with open(path, "wb") as f:
        f.write(struct.pack(">I", magic) + struct.pack(">" + "I" * arr.ndim, *arr.shape) + arr.tobytes())


def make(out):
    os.makedirs(out, exist_ok=True)
    x = read(FASHION + "/t10k-images-idx3-ubyte.gz")
    y = read(FASHION + "/t10k-labels-idx1-ubyte.gz")
    keep = y != 1
    write(out + "/shifted-images-idx3-ubyte", (x[keep] // 2).astype(np.uint8), 0x0803)
    write(out + "/shifted-labels-idx1-ubyte", y[keep], 0x0801)
    print(f"{keep.sum()} images, class counts {np.bincount(y[keep], minlength=10).tolist()}")


def ks(a, b):
    grid = np.sort(np.concatenate([a, b]))
    fa = np.searchsorted(np.sort(a), grid, "right") / len(a)
    fb = np.searchsorted(np.sort(b), grid, "right") / len(b)
    return np.abs(fa - fb).max()


def verify(run, ev_dir, shift):
    ck = torch.jit.load(run + "/checkpoint-last.pt")
    p = dict(ck.named_parameters())
    info = json.loads(ck.model_info)
    x = read(shift + "/shifted-images-idx3-ubyte")
    y = read(shift + "/shifted-labels-idx1-ubyte").astype(np.int64)
    h = torch.from_numpy(x.copy()).float().reshape(len(x), -1) * info["input_scale"] + info["input_shift"]
    with torch.no_grad():
        for i in (1, 3, 5):  # the mlp preset: Flatten, Linear, ReLU, Linear, ReLU, Linear
            h = h @ p[f"model.{i}.weight"].T + p[f"model.{i}.bias"]
            if i != 5:
                h = torch.relu(h)
    pred = h.argmax(1).numpy()
    cm = np.zeros((10, 10), dtype=np.int64)
    np.add.at(cm, (y, pred), 1)
    ev = json.load(open(ev_dir + "/evaluation.json"))
    print("confusion matrix equal to PyTorch's:", bool((np.array(ev["metrics"]["confusion_matrix"]) == cm).all()))
    base = json.load(open(run + "/summary.json"))["test"]
    for k, name in enumerate(base["class_names"]):
        now = cm[k, k] / cm[k].sum() if cm[k].sum() else float("nan")
        print(f"  {name:12s} recall {base['per_class'][k]['recall']:.3f} -> {now:.3f}")
    r = np.bincount(read(FASHION + "/train-labels-idx1-ubyte.gz"), minlength=10).astype(float)
    c = np.bincount(y, minlength=10).astype(float)
    keep = (r + c) > 0
    t = np.vstack([r[keep], c[keep]])
    expected = t.sum(1, keepdims=True) * t.sum(0, keepdims=True) / t.sum()
    chi = ((t - expected) ** 2 / expected).sum()
    rs, cs = np.maximum(r / r.sum(), 1e-4), np.maximum(c / c.sum(), 1e-4)
    psi = ((cs - rs) * np.log(cs / rs)).sum()
    d = ev["drift"]
    print(f"class chi-square {chi:.2f} (TrainScope {d['class_chi_square']['statistic']:.2f}), "
          f"PSI {psi:.4f} (TrainScope {d['class_psi']:.4f})")
    a = read(FASHION + "/train-images-idx3-ubyte.gz").reshape(60000, -1).mean(1) / 255
    b = x.reshape(len(x), -1).mean(1) / 255
    f = {g["name"]: g for g in d["features"]}["mean brightness"]
    print(f"mean brightness KS {ks(a, b):.4f} on all samples (TrainScope {f['ks']:.4f} on a subsample), "
          f"mean {a.mean():.4f} -> {b.mean():.4f} (TrainScope {f['reference_mean']:.4f} -> {f['current_mean']:.4f})")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "make":
        make(sys.argv[2])
    elif len(sys.argv) == 5 and sys.argv[1] == "verify":
        verify(*sys.argv[2:])
    else:
        sys.exit(__doc__)
