#!/usr/bin/env python3
"""Checks a sweep folder's TensorBoard HParams summaries, decoded here from the format description (TFRecord
framing with masked CRC32C, Event, Summary.Value, SummaryMetadata.plugin_data and the hparams plugin's
HParamsPluginData, Experiment, HParamInfo, SessionStartInfo and SessionEndInfo messages), independently of
TrainScope's C++ writer:

- SWEEP_DIR's event file holds one "_hparams_/experiment" whose options and domains match sweep.json's params
  and whose metrics are scalar tags the trials write;
- every trial folder in trials.csv has a "_hparams_/session_start_info" whose values equal the trial's row, and
  a finished trial a "_hparams_/session_end_info" with status SUCCESS;
- every record's CRCs are valid.

Usage: bench/check_hparams.py SWEEP_DIR        (prints what it read; exit status 0 when everything matches)
"""
import csv
import glob
import json
import os
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from check_tfevents import fields, masked  # noqa: E402

STATUS = {0: "UNKNOWN", 1: "SUCCESS", 2: "FAILURE", 3: "RUNNING"}
TYPES = {0: "UNSET", 1: "STRING", 2: "BOOL", 3: "FLOAT64"}


def records(path):
    data = open(path, "rb").read()
    i = 0
    while i < len(data):
        header = data[i:i + 8]
        (length,) = struct.unpack("<Q", header)
        (hcrc,) = struct.unpack("<I", data[i + 8:i + 12])
        body = data[i + 12:i + 12 + length]
        (dcrc,) = struct.unpack("<I", data[i + 12 + length:i + 16 + length])
        if hcrc != masked(header) or dcrc != masked(body):
            raise ValueError("%s: bad CRC at byte %d" % (path, i))
        i += 16 + length
        yield body


def hparams_summaries(folder):
    """(tag, HParamsPluginData bytes) of every hparams summary in the folder's event files."""
    out = []
    for path in sorted(glob.glob(os.path.join(folder, "events.out.tfevents.*"))):
        for event in records(path):
            for f, _, v in fields(event):
                if f != 5:
                    continue
                for vf, _, value in fields(v):
                    if vf != 1:
                        continue
                    tag, plugin, content = None, None, None
                    for xf, _, x in fields(value):
                        if xf == 1:
                            tag = x.decode()
                        elif xf == 9:
                            for mf, _, m in fields(x):
                                if mf == 1:
                                    for pf, _, p in fields(m):
                                        if pf == 1:
                                            plugin = p.decode()
                                        elif pf == 2:
                                            content = p
                    if plugin == "hparams":
                        out.append((tag, content))
    return out


def proto_value(buf):
    for f, _, v in fields(buf):
        if f == 2:
            return struct.unpack("<d", v)[0]
        if f == 3:
            return v.decode()
        if f == 4:
            return bool(v)
    return None


def experiment(content):
    infos, metrics = [], []
    for f, _, v in fields(content):
        if f != 2:
            continue
        for ef, _, e in fields(v):
            if ef == 4:
                info = {"domain": None}
                for hf, _, h in fields(e):
                    if hf == 1:
                        info["name"] = h.decode()
                    elif hf == 4:
                        info["type"] = TYPES[h]
                    elif hf == 5:
                        info["domain"] = [proto_value(x) for lf, _, x in fields(h) if lf == 1]
                    elif hf == 6:
                        iv = {1: None, 2: None}
                        for kf, _, k in fields(h):
                            iv[kf] = struct.unpack("<d", k)[0]
                        info["domain"] = (iv[1], iv[2])
                infos.append(info)
            elif ef == 5:
                for mf, _, m in fields(e):
                    if mf == 1:
                        metrics += [n.decode() for nf, _, n in fields(m) if nf == 2]
    return infos, metrics


def session_start(content):
    values, group = {}, None
    for f, _, v in fields(content):
        if f != 3:
            continue
        for sf, _, s in fields(v):
            if sf == 1:
                key, val = None, None
                for mf, _, m in fields(s):
                    if mf == 1:
                        key = m.decode()
                    elif mf == 2:
                        val = proto_value(m)
                values[key] = val
            elif sf == 4:
                group = s.decode()
    return values, group


def session_end(content):
    for f, _, v in fields(content):
        if f == 4:
            for sf, _, s in fields(v):
                if sf == 1:
                    return STATUS[s]
    return None


def same(a, b):
    if isinstance(a, float):
        return abs(a - float(b)) <= 1e-12 * max(1.0, abs(a))
    return str(a) == str(b)


def main(sweep_dir):
    sweep = json.load(open(os.path.join(sweep_dir, "sweep.json")))
    problems = []
    exps = [c for t, c in hparams_summaries(sweep_dir) if t == "_hparams_/experiment"]
    if len(exps) != 1:
        problems.append("expected one experiment summary, found %d" % len(exps))
    else:
        infos, metrics = experiment(exps[0])
        print("experiment: metrics %s" % metrics)
        for info in infos:
            print("  %-14s %-8s %s" % (info["name"], info["type"], info["domain"]))
        names = [p.split("=")[0] for p in sweep["params"]]
        if [i["name"] for i in infos] != names:
            problems.append("experiment options %s != sweep params %s" % ([i["name"] for i in infos], names))
    rows = list(csv.DictReader(open(os.path.join(sweep_dir, "trials.csv"))))
    names = [p.split("=")[0] for p in sweep["params"]]
    for row in rows:
        folder = os.path.join(sweep_dir, row["run_dir"])
        summaries = hparams_summaries(folder)
        starts = [session_start(c) for t, c in summaries if t == "_hparams_/session_start_info"]
        ends = [session_end(c) for t, c in summaries if t == "_hparams_/session_end_info"]
        if not starts:
            problems.append("%s: no session start" % row["run_dir"])
            continue
        values, group = starts[-1]
        for n in names:
            if n not in values or not same(values[n], row[n]):
                problems.append("%s: %s = %r, trials.csv %r" % (row["run_dir"], n, values.get(n), row[n]))
        if row["status"] == "finished" and ends[-1:] != ["SUCCESS"]:
            problems.append("%s: finished but session end %s" % (row["run_dir"], ends))
        print("%s (group %s): %s, end %s" % (row["run_dir"], group, values, ends[-1] if ends else "-"))
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else "%d problems" % len(problems))
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
