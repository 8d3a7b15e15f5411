#!/usr/bin/python3
"""TrainScope's text classifiers next to a classical baseline (TF-IDF + logistic regression) on the same split.

  bench/text_baseline.py TABLE.csv WORK_DIR [--presets text-bow,text-transformer] [--cli build/app/trainscope-cli]
                         [--seed 1] [--threads N] [--extra "--epochs 8"]

1. Splits TABLE.csv (columns text,label, as bench/make_fortunes_csv.py writes them) stratified by label, seeded,
   80/10/10, and writes it as a text folder WORK_DIR/data/{train,val,test}/<label>/<n>.txt, the layout in which a
   data set brings its own split. TrainScope and the baseline therefore see exactly the same texts in each split.
2. Baseline (scikit-learn, python3-sklearn): TF-IDF of word 1-2-grams and character 2-5-grams within word
   boundaries (sublinear term frequency), then multinomial logistic regression; C is chosen on the validation split
   from a small grid, the model refitted on the training split, scored once on the test split.
3. Trains each preset with `trainscope-cli train --data WORK_DIR/data --preset P` and reads the test accuracy, macro
   F1 and run time from the run's summary.json.
Prints one Markdown table (accuracy, macro F1, seconds) for bench/RESULTS.md.
"""
import argparse
import csv
import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections import defaultdict

SPLITS = ("train", "val", "test")
C_GRID = (1.0, 3.0, 10.0, 30.0)


def read_table(path):
    with open(path, encoding="utf-8", newline="") as f:
        return [(r["text"], r["label"]) for r in csv.DictReader(f)]


def stratified_split(rows, seed, val=0.1, test=0.1):
    """{split: [(text, label)]}: each class shuffled with its own seeded generator, then cut 80/10/10."""
    by_label = defaultdict(list)
    for text, label in rows:
        by_label[label].append(text)
    out = {s: [] for s in SPLITS}
    for label in sorted(by_label):
        texts = by_label[label]
        random.Random(f"{seed}:{label}").shuffle(texts)
        n_val, n_test = round(len(texts) * val), round(len(texts) * test)
        out["test"] += [(t, label) for t in texts[:n_test]]
        out["val"] += [(t, label) for t in texts[n_test:n_test + n_val]]
        out["train"] += [(t, label) for t in texts[n_test + n_val:]]
    return out


def write_folder(split, root):
    if os.path.isdir(root):
        shutil.rmtree(root)
    for name, rows in split.items():
        for i, (text, label) in enumerate(rows):
            d = os.path.join(root, name, label)
            os.makedirs(d, exist_ok=True)
            with open(os.path.join(d, f"{i:05d}.txt"), "w", encoding="utf-8") as f:
                f.write(text)


def baseline(split):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import accuracy_score, f1_score
    from sklearn.pipeline import FeatureUnion

    start = time.time()
    features = FeatureUnion([
        ("words", TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1)),
        ("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2)),
    ])
    texts = {s: [t for t, _ in split[s]] for s in SPLITS}
    labels = {s: [l for _, l in split[s]] for s in SPLITS}
    x_train = features.fit_transform(texts["train"])
    x_val, x_test = features.transform(texts["val"]), features.transform(texts["test"])
    best_c, best_val = None, -1.0
    for c in C_GRID:
        model = LogisticRegression(C=c, max_iter=2000).fit(x_train, labels["train"])
        acc = accuracy_score(labels["val"], model.predict(x_val))
        if acc > best_val:
            best_c, best_val = c, acc
    model = LogisticRegression(C=best_c, max_iter=2000).fit(x_train, labels["train"])
    predicted = model.predict(x_test)
    return {
        "accuracy": accuracy_score(labels["test"], predicted),
        "macro_f1": f1_score(labels["test"], predicted, average="macro"),
        "seconds": time.time() - start,
        "note": f"C={best_c:g} (validation accuracy {best_val:.3f})",
    }


def trainscope(cli, data, preset, out, threads, extra):
    cmd = [cli, "train", "--data", data, "--preset", preset, "--out", out, "--overwrite", "--quiet"] + extra
    if threads > 0:
        cmd += ["--threads", str(threads)]
    start = time.time()
    done = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.time() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    with open(os.path.join(out, "summary.json"), encoding="utf-8") as f:
        summary = json.load(f)
    test = summary["test"]
    return {"accuracy": test["accuracy"], "macro_f1": test["macro_f1"], "seconds": wall,
            "note": f"{len(summary.get('epochs', []))} epochs"}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("table")
    parser.add_argument("work")
    parser.add_argument("--presets", default="text-bow,text-transformer")
    parser.add_argument("--cli", default="build/app/trainscope-cli")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--threads", type=int, default=0, help="training threads (0: each preset's default)")
    parser.add_argument("--extra", default="", help="more trainscope-cli train options, e.g. \"--epochs 8\"")
    args = parser.parse_args()

    split = stratified_split(read_table(args.table), args.seed)
    data = os.path.join(args.work, "data")
    write_folder(split, data)
    counts = ", ".join(f"{s} {len(split[s])}" for s in SPLITS)
    classes = len({l for _, l in split["train"]})
    print(f"{args.table}: {classes} classes; {counts}")

    results = [("TF-IDF + logistic regression (scikit-learn)", baseline(split))]
    for preset in [p for p in args.presets.split(",") if p]:
        run = os.path.join(args.work, "runs", preset)
        results.append((f"TrainScope {preset}", trainscope(args.cli, data, preset, run, args.threads,
                                                           args.extra.split())))
    print()
    print("| model | test accuracy | macro F1 | seconds | note |")
    print("|---|---|---|---|---|")
    for name, r in results:
        print(f"| {name} | {r['accuracy'] * 100:.1f}% | {r['macro_f1']:.3f} | {r['seconds']:.1f} | {r['note']} |")


if __name__ == "__main__":
    main()
