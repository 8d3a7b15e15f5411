#!/usr/bin/python3
"""Makes the data sets used to check TrainScope's loaders end to end, plus a classical baseline.

  bench/make_datasets.py OUT_DIR

writes into OUT_DIR:
  fashion.csv            FashionMNIST (train + test, 70,000 rows) as a table: 784 pixel columns + label (text)
  fashion-png/<class>/   a class-folder PNG/JPEG copy of the first N FashionMNIST training images
                         (plus a text file and a broken PNG, which the loader must skip and report)
  blobs-3.csv            300 rows, 4 features, 3 classes with text labels (small, Iris-like)
  blobs-10.tsv           100,000 rows, 50 features, 10 integer classes (tab-separated)
  blobs-imbalanced.csv   5,000 rows, 20 features, 2 classes at 95:5
and prints, for each table, the test accuracy of a nearest-centroid and a softmax-regression
baseline on a stratified 80/10/10 split (numpy only).
"""
import gzip
import os
import struct
import sys

import numpy as np
from PIL import Image

FASHION = "/usr/share/datasets/fashion-mnist"
NAMES = ["T-shirt_top", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]
PNG_PER_CLASS = 1000
SEED = 7


def read_idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    ndim = data[3]
    dims = struct.unpack(">" + "I" * ndim, data[4:4 + 4 * ndim])
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def blobs(rng, n, features, classes, spread, weights=None):
    centres = rng.normal(0.0, 1.0, size=(classes, features)) * 3.0
    y = rng.choice(classes, size=n, p=weights)
    x = centres[y] + rng.normal(0.0, spread, size=(n, features))
    # Unequal feature scales, so standardization matters.
    x *= rng.uniform(0.1, 50.0, size=features)
    x += rng.uniform(-100.0, 100.0, size=features)
    return x.astype(np.float32), y


def stratified(y, rng, val=0.1, test=0.1):
    tr, va, te = [], [], []
    for c in np.unique(y):
        idx = rng.permutation(np.where(y == c)[0])
        nt, nv = int(round(test * len(idx))), int(round(val * len(idx)))
        te += list(idx[:nt]); va += list(idx[nt:nt + nv]); tr += list(idx[nt + nv:])
    return np.array(tr), np.array(va), np.array(te)


def baselines(x, y, name):
    rng = np.random.default_rng(SEED)
    tr, _, te = stratified(y, rng)
    mu, sd = x[tr].mean(0), x[tr].std(0) + 1e-12
    xs = (x - mu) / sd
    classes = np.unique(y)
    centroids = np.stack([xs[tr][y[tr] == c].mean(0) for c in classes])
    d = ((xs[te][:, None, :] - centroids[None]) ** 2).sum(-1)
    nc = (classes[d.argmin(1)] == y[te]).mean()
    # Softmax regression, full-batch gradient descent with a little L2.
    k, f = len(classes), x.shape[1]
    w, b = np.zeros((f, k)), np.zeros(k)
    yi = np.searchsorted(classes, y[tr])
    onehot = np.eye(k)[yi]
    lr, l2 = 0.5, 1e-4
    for _ in range(300):
        z = xs[tr] @ w + b
        z -= z.max(1, keepdims=True)
        p = np.exp(z); p /= p.sum(1, keepdims=True)
        g = (p - onehot) / len(tr)
        w -= lr * (xs[tr].T @ g + l2 * w); b -= lr * g.sum(0)
    lr_acc = (classes[(xs[te] @ w + b).argmax(1)] == y[te]).mean()
    print(f"{name}: {len(y)} rows, {f} features, {k} classes: nearest centroid {100 * nc:.2f}%, "
          f"softmax regression {100 * lr_acc:.2f}% test accuracy")


def write_table(path, x, y, header, sep=","):
    with open(path, "w") as f:
        f.write(sep.join(header) + "\n")
        for row, label in zip(x, y):
            f.write(sep.join(f"{v:.6g}" for v in row) + sep + str(label) + "\n")


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "datasets"
    os.makedirs(out, exist_ok=True)
    rng = np.random.default_rng(SEED)

    xtr = read_idx(f"{FASHION}/train-images-idx3-ubyte.gz")
    ytr = read_idx(f"{FASHION}/train-labels-idx1-ubyte.gz")
    xte = read_idx(f"{FASHION}/t10k-images-idx3-ubyte.gz")
    yte = read_idx(f"{FASHION}/t10k-labels-idx1-ubyte.gz")
    xall = np.concatenate([xtr, xte]).reshape(-1, 784)
    yall = np.concatenate([ytr, yte])
    with open(f"{out}/fashion.csv", "w") as f:
        f.write(",".join(f"px{i}" for i in range(784)) + ",label\n")
        for row, label in zip(xall, yall):
            f.write(",".join(map(str, row)) + "," + NAMES[label] + "\n")
    baselines(xall.astype(np.float32), yall, "fashion.csv")

    png = f"{out}/fashion-png"
    counts = [0] * 10
    for img, label in zip(xtr, ytr):
        if counts[label] >= PNG_PER_CLASS:
            continue
        d = f"{png}/{NAMES[label]}"
        os.makedirs(d, exist_ok=True)
        ext = "jpg" if counts[label] % 10 == 9 else "png"   # a few JPEGs too
        Image.fromarray(img, mode="L").save(f"{d}/{counts[label]:05d}.{ext}", quality=95)
        counts[label] += 1
    with open(f"{png}/Bag/notes.txt", "w") as f:
        f.write("not an image\n")
    with open(f"{png}/Coat/broken.png", "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + b"\x00" * 40)

    x, y = blobs(rng, 300, 4, 3, 1.5)
    names = np.array(["setosa", "versicolor", "virginica"])
    write_table(f"{out}/blobs-3.csv", x, names[y], ["f1", "f2", "f3", "f4", "species"])
    baselines(x, y, "blobs-3.csv")
    x, y = blobs(rng, 100000, 50, 10, 6.0)
    write_table(f"{out}/blobs-10.tsv", x, y, [f"x{i}" for i in range(50)] + ["class"], sep="\t")
    baselines(x, y, "blobs-10.tsv")
    x, y = blobs(rng, 5000, 20, 2, 4.0, weights=[0.95, 0.05])
    write_table(f"{out}/blobs-imbalanced.csv", x, y, [f"v{i}" for i in range(20)] + ["target"])
    baselines(x, y, "blobs-imbalanced.csv")


if __name__ == "__main__":
    main()
