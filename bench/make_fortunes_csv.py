#!/usr/bin/python3
"""Turns Debian's fortunes (packages `fortunes`, `fortunes-min`) into a labelled text table for text classification.

  bench/make_fortunes_csv.py OUT.csv [--dir /usr/share/games/fortunes] [--min-entries 100] [--categories a,b,...]
                               [--max-entries N] [--seed S]

Each fortune file is one category (its file name is the label); entries are separated by lines holding only `%`.
Writes a CSV with the columns text,label: most entries span several lines and many hold commas and quotes, so the
file exercises RFC 4180 quoting (quoted fields with line breaks and doubled quotes). Categories with fewer than
--min-entries entries are left out; categories with more than --max-entries keep a seeded random sample of that many
(the German fortunes' `zitate` alone has 11,618). Prints the per-category counts.
"""
import argparse
import csv
import os
import random
import sys

DEFAULT_DIR = "/usr/share/games/fortunes"
SKIPPED_SUFFIXES = (".dat", ".u8")


def read_entries(path):
    """The fortunes of one file, as text, without the `%` separators and surrounding blank lines."""
    raw = open(path, "rb").read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    entries, current = [], []
    for line in text.splitlines():
        if line.strip() == "%":
            entries.append("\n".join(current).strip("\n"))
            current = []
        else:
            current.append(line.rstrip())
    entries.append("\n".join(current).strip("\n"))
    return [e for e in entries if e.strip()]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--dir", default=DEFAULT_DIR)
    parser.add_argument("--min-entries", type=int, default=100)
    parser.add_argument("--categories", default="", help="comma-separated file names (default: every file)")
    parser.add_argument("--max-entries", type=int, default=0, help="keep at most this many per category (0: all)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    if not os.path.isdir(args.dir):
        sys.exit(f"{args.dir} does not exist: apt-get install fortunes fortunes-min")
    wanted = [c for c in args.categories.split(",") if c]
    names = wanted or sorted(n for n in os.listdir(args.dir)
                             if not n.endswith(SKIPPED_SUFFIXES) and os.path.isfile(os.path.join(args.dir, n)))
    rows = []
    for name in names:
        entries = read_entries(os.path.join(args.dir, name))
        if len(entries) < args.min_entries:
            print(f"  {name}: {len(entries)} entries, left out (fewer than {args.min_entries})")
            continue
        if args.max_entries and len(entries) > args.max_entries:
            entries = random.Random(f"{args.seed}:{name}").sample(entries, args.max_entries)
        print(f"  {name}: {len(entries)} entries")
        rows += [(e, name) for e in entries]
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["text", "label"])
        writer.writerows(rows)
    print(f"{args.out}: {len(rows)} texts, {len({r[1] for r in rows})} categories")


if __name__ == "__main__":
    main()
