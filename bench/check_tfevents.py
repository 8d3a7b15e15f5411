#!/usr/bin/env python3
"""Checks a TrainScope run folder's TensorBoard event file against its metrics.csv and epochs.jsonl.

Independent of TrainScope's C++ code: CRC32C, TFRecord framing and the protobuf messages are decoded
here from the format description. Every record's two masked CRCs must be valid, the first record must be
the "brain.Event:2" file version, and every scalar must equal (as float32, within one float32 step of the CSV's decimal text) the value in metrics.csv:
train/loss and train/lr per batch row; train/epoch_loss, train/accuracy, val/loss, val/accuracy and
val/macro_f1 per epoch row; val/f1/<class> from epochs.jsonl.

Usage: bench/check_tfevents.py RUN_DIR        (exit status 0 when everything matches)
"""
import csv
import glob
import json
import math
import os
import re
import struct
import sys

POLY = 0x82F63B78


def _table():
    t = []
    for i in range(256):
        c = i
        for _ in range(8):
            c = (c >> 1) ^ POLY if c & 1 else c >> 1
        t.append(c)
    return t


TABLE = _table()


def crc32c(data):
    crc = 0xFFFFFFFF
    for b in data:
        crc = TABLE[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def masked(data):
    c = crc32c(data)
    return ((((c >> 15) | (c << 17)) & 0xFFFFFFFF) + 0xA282EAD8) & 0xFFFFFFFF


def varint(buf, i):
    v = shift = 0
    while True:
        b = buf[i]
        i += 1
        v |= (b & 0x7F) << shift
        if not b & 0x80:
            return v, i
        shift += 7


def fields(msg):
    i = 0
    while i < len(msg):
        key, i = varint(msg, i)
        field, wire = key >> 3, key & 7
        if wire == 0:
            v, i = varint(msg, i)
        elif wire == 1:
            v, i = msg[i:i + 8], i + 8
        elif wire == 2:
            n, i = varint(msg, i)
            v, i = msg[i:i + n], i + n
        elif wire == 5:
            v, i = msg[i:i + 4], i + 4
        else:
            raise ValueError("unsupported wire type %d" % wire)
        yield field, wire, v


def read_events(path):
    data = open(path, "rb").read()
    i, records, bad_crc, version, scalars = 0, 0, 0, None, []
    while i < len(data):
        if len(data) - i < 12:
            raise ValueError("torn record header at byte %d" % i)
        header = data[i:i + 8]
        (length,) = struct.unpack("<Q", header)
        (hcrc,) = struct.unpack("<I", data[i + 8:i + 12])
        body = data[i + 12:i + 12 + length]
        (dcrc,) = struct.unpack("<I", data[i + 12 + length:i + 16 + length])
        bad_crc += (hcrc != masked(header)) + (dcrc != masked(body))
        i += 16 + length
        records += 1
        step, wall = 0, None
        values = []
        for f, w, v in fields(body):
            if f == 1 and w == 1:
                (wall,) = struct.unpack("<d", v)
            elif f == 2 and w == 0:
                step = v
            elif f == 3 and w == 2:
                version = v.decode()
            elif f == 5 and w == 2:
                for sf, sw, sv in fields(v):
                    if sf == 1 and sw == 2:
                        tag, val = None, None
                        for vf, vw, vv in fields(sv):
                            if vf == 1 and vw == 2:
                                tag = vv.decode()
                            elif vf == 2 and vw == 5:
                                (val,) = struct.unpack("<f", vv)
                        values.append((tag, val))
        for tag, val in values:
            scalars.append((step, tag, val, wall))
    return records, bad_crc, version, scalars


def f32(x):
    return struct.unpack("<f", struct.pack("<f", float(x)))[0]


def f32_ulp(x):
    """Spacing of float32 values around x."""
    x = abs(float(x))
    if x == 0:
        return 2.0 ** -149
    return 2.0 ** (math.floor(math.log2(x)) - 23)


def tag_safe(name):
    return re.sub(r"[^A-Za-z0-9_.-]", "_", name) or "_"


def main(run_dir):
    files = sorted(glob.glob(os.path.join(run_dir, "events.out.tfevents.*")))
    if not files:
        print("no event file in", run_dir)
        return 1
    by_tag = {}
    total_records = total_bad = 0
    for path in files:
        records, bad, version, scalars = read_events(path)
        total_records += records
        total_bad += bad
        print("%s: %d records, %d bad CRCs, file_version %r" % (os.path.basename(path), records, bad, version))
        if version != "brain.Event:2":
            print("  FAIL: first record is not the brain.Event:2 file version")
            total_bad += 1
        for step, tag, val, _ in scalars:
            by_tag.setdefault(tag, {})[step] = val

    expected = {}
    with open(os.path.join(run_dir, "metrics.csv")) as fh:
        for row in csv.DictReader(fh):
            step = int(row["step"])
            if row["kind"] == "batch":
                expected.setdefault("train/loss", {})[step] = row["loss"]
                expected.setdefault("train/lr", {})[step] = row["lr"]
            elif row["kind"] == "epoch":
                for tag, col in (("train/epoch_loss", "train_loss"), ("train/accuracy", "train_accuracy"),
                                 ("val/loss", "val_loss"), ("val/accuracy", "val_accuracy"),
                                 ("val/macro_f1", "val_macro_f1")):
                    if row.get(col):
                        expected.setdefault(tag, {})[step] = row[col]
    epochs_path = os.path.join(run_dir, "epochs.jsonl")
    if os.path.exists(epochs_path):
        for line in open(epochs_path):
            if not line.strip():
                continue
            e = json.loads(line)
            val = e.get("val") or {}
            for name, pc in zip(val.get("class_names", []), val.get("per_class", [])):
                expected.setdefault("val/f1/" + tag_safe(name), {})[e["step"]] = pc["f1"]

    compared = exact = mismatches = missing = 0
    for tag, points in sorted(expected.items()):
        got = by_tag.get(tag, {})
        for step, want in points.items():
            if step not in got:
                missing += 1
                continue
            compared += 1
            if got[step] == f32(want):
                exact += 1
            # metrics.csv keeps 10 significant digits, so float32(csv) may sit one float32 step away from the
            # float32 of the exact value that was logged; more than one step is a real mismatch.
            elif abs(got[step] - float(want)) > f32_ulp(want):
                mismatches += 1
                if mismatches <= 5:
                    print("  mismatch %s step %d: event %r, csv %r" % (tag, step, got[step], want))
        print("  %-22s %6d values in metrics, %6d in events" % (tag, len(points), len(got)))
    print("records %d, bad CRCs %d, scalars compared %d (%d bit-exact as float32, the rest within one float32 step "
          "of the 10-digit CSV text), mismatches %d, missing %d"
          % (total_records, total_bad, compared, exact, mismatches, missing))
    return 0 if total_bad == 0 and mismatches == 0 and missing == 0 and compared > 0 else 1


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
