#!/usr/bin/python3
"""Recomputes a TrainScope language model's test figures in PyTorch, from its checkpoint and its corpus (issue 14,
acceptance 5), and compares them with the run's summary.json.

    /usr/bin/python3 bench/lm_recompute.py --checkpoint RUN_DIR/checkpoint-last.pt --data corpus.txt \
        [--summary RUN_DIR/summary.json] [--test-fraction 0.05] [--tolerance 1e-4] [--threads N]

--checkpoint may also be the run folder: then its checkpoint is chosen as TrainScope does (checkpoint-best.pt when
status.json says the run stopped early, else checkpoint-last.pt) and --summary defaults to its summary.json.
Exit status: 0 when every figure agrees (or nothing to compare), 1 on a mismatch, 2 when the inputs are unusable.

Reading the checkpoint. TrainScope writes it with LibTorch's torch::serialize::OutputArchive, which is a TorchScript
module archive (a zip with data.pkl and the tensors): torch.jit.load opens it. Each entry is an attribute of the
loaded module: "model" is a submodule whose own submodules mirror the GPT (wte, wpe, h0.ln_1, h0.attn.c_attn, ...,
ln_f) and whose parameters are the weights; "model_info" is a string attribute holding the JSON with the GPT's
shape and the tokenizer. The optimizer, RNG state and history entries are not read.

The model, as core/lm/Gpt.cpp computes it: x = wte[ids] + wpe[0..T); per block x += c_proj(attention(ln_1(x))),
then x += mlp_proj(gelu(mlp_fc(ln_2(x)))), with LayerNorm eps 1e-5 (bias only when the model has biases), GELU
exact (erf, LibTorch's default, not the tanh form), causal softmax attention with scale 1/sqrt(head size) and
q, k, v the three consecutive thirds of c_attn's output, each split into heads; logits = ln_f(x) @ wte^T (tied).

The test split, as core/text/TextSplit.cpp cuts it: the corpus is its documents in order (one .txt file; a folder's
.txt files sorted by path, recursively, dot-names skipped; a .jsonl file's "text" fields), each without a UTF-8
byte-order mark, empty documents dropped. With fewer than 20 documents the test split is the corpus's bytes from
floor(total * (1 - test_fraction)), moved forward to a character boundary, to the end; with 20 or more, whole
documents are taken from the end until test_fraction of the bytes is reached (at least one; summary.json's
config gives test_fraction and val_fraction, else 0.05 each, or --test-fraction). Each piece is
tokenized on its own and the ids concatenated. Char tokenizer only: one id per code point from model_info's
"code_points" list, code points it lacks -> the unknown id (the last one).

The scoring (what the trainer's test evaluation computes): with T the context length and n test tokens, windows of
T + 1 tokens start at 0, T, 2T, ... while start + T + 1 <= n; each window's first T tokens predict its last T
(targets ids[start+1 .. start+T]); the tail that does not fill a window is not scored. loss = mean cross-entropy
over all targets (nats); perplexity = exp(loss); bits per byte = total nats / ln 2 / UTF-8 bytes of the target
tokens (a char token's code point length; the unknown token counts 3 bytes, U+FFFD, what it decodes to);
token_accuracy = share of targets that are the argmax; top5_accuracy = share among the 5 most likely.
"""

import argparse
import json
import math
import os
import sys

import torch
import torch.nn.functional as F

LAYER_NORM_EPS = 1e-5
TOP_K = 5
MIN_DOCUMENTS_FOR_DOCUMENT_SPLIT = 20
UNKNOWN_TOKEN_BYTES = 3  # U+FFFD in UTF-8
BOM = b"\xef\xbb\xbf"
WINDOWS_PER_BATCH = 64
FIGURES = ("loss", "perplexity", "bits_per_byte", "token_accuracy", "top5_accuracy")


class Unusable(Exception):
    """The inputs cannot be used; the message says why (exit status 2)."""


def checkpoint_of(path):
    """The checkpoint file and the run folder (or None) that `path` stands for."""
    if not os.path.isdir(path):
        parent = os.path.dirname(os.path.abspath(path))
        return path, parent if os.path.isfile(os.path.join(parent, "run.json")) else None
    message = ""
    try:
        with open(os.path.join(path, "status.json"), encoding="utf-8") as f:
            message = json.load(f).get("message", "")
    except (OSError, ValueError):
        pass
    names = ["checkpoint-best.pt", "checkpoint-last.pt"]
    if "early stopping" not in message:
        names.reverse()
    for name in names:
        if os.path.isfile(os.path.join(path, name)):
            return os.path.join(path, name), path
    raise Unusable(f"{path} holds no checkpoint")


def load_checkpoint(path):
    """(model_info dict, {parameter name: tensor}) from a TrainScope checkpoint."""
    try:
        archive = torch.jit.load(path, map_location="cpu")
    except Exception as e:  # torch raises RuntimeError and others for a damaged zip
        raise Unusable(f"cannot read {path} as a TorchScript archive: {e}")
    if not hasattr(archive, "model_info") or not hasattr(archive, "model"):
        raise Unusable(f"{path} is not a TrainScope checkpoint with model_info")
    info = json.loads(archive.model_info)
    if info.get("task") != "language-model":
        raise Unusable(f"{path} is not a language model's checkpoint")
    weights = {name: p.detach().float() for name, p in archive.model.named_parameters()}
    return info, weights


def gpt_logits(weights, gpt, ids):
    """Logits [B, T, V] of the GPT for ids [B, T]."""
    b, t = ids.shape
    c, heads, hs = gpt["embedding"], gpt["heads"], gpt["embedding"] // gpt["heads"]
    mask = torch.full((t, t), float("-inf")).triu(1)

    def norm(x, prefix):
        return F.layer_norm(x, (c,), weights[prefix + ".weight"], weights.get(prefix + ".bias"), LAYER_NORM_EPS)

    def linear(x, prefix):
        return F.linear(x, weights[prefix + ".weight"], weights.get(prefix + ".bias"))

    x = weights["wte.weight"][ids] + weights["wpe.weight"][:t]
    for layer in range(gpt["layers"]):
        h = f"h{layer}"
        qkv = linear(norm(x, h + ".ln_1"), h + ".attn.c_attn").view(b, t, 3, heads, hs).permute(2, 0, 3, 1, 4)
        q, k, v = qkv[0], qkv[1], qkv[2]
        att = torch.softmax(q @ k.transpose(-2, -1) / math.sqrt(hs) + mask, dim=-1)
        y = (att @ v).transpose(1, 2).reshape(b, t, c)
        x = x + linear(y, h + ".attn.c_proj")
        x = x + linear(F.gelu(linear(norm(x, h + ".ln_2"), h + ".mlp_fc")), h + ".mlp_proj")
    return F.linear(norm(x, "ln_f"), weights["wte.weight"])


def read_documents(path):
    """The corpus's documents as bytes, in TrainScope's order."""
    def strip(data):
        return data[len(BOM):] if data.startswith(BOM) else data

    if os.path.isdir(path):
        files = []
        for root, dirs, names in os.walk(path):
            dirs[:] = [d for d in dirs if not d.startswith(".")]
            files += [os.path.join(root, n) for n in names if not n.startswith(".") and n.lower().endswith(".txt")]
        docs = []
        for f in sorted(files, key=lambda p: p.encode("utf-8")):
            with open(f, "rb") as fh:
                docs.append(strip(fh.read()))
    elif path.lower().endswith(".jsonl"):
        with open(path, "rb") as fh:
            lines = strip(fh.read()).split(b"\n")
        docs = [json.loads(line)["text"].encode("utf-8") for line in lines if line.strip()]
    else:
        with open(path, "rb") as fh:
            docs = [strip(fh.read())]
    return [d for d in docs if d]


def test_split(docs, test_fraction, validation_fraction):
    """The test split: a list of byte strings (views of the documents)."""
    total = sum(len(d) for d in docs)
    if len(docs) >= MIN_DOCUMENTS_FOR_DOCUMENT_SPLIT:
        first, taken, keep = len(docs), 0, 2 if validation_fraction > 0 else 1  # training and validation keep one
        while first > keep and (first == len(docs) or taken < test_fraction * total):
            first -= 1
            taken += len(docs[first])
        return docs[first:]
    target = int(float(total) * (1.0 - test_fraction))
    before = 0
    for i, d in enumerate(docs):
        if target < before + len(d):
            pos = target - before
            while pos < len(d) and (d[pos] & 0xC0) == 0x80:
                pos += 1
            return [d[pos:]] + docs[i + 1:]
        before += len(d)
    return []


def char_tokens(tokenizer, pieces):
    """(ids, UTF-8 byte length of each id) of the pieces under a char tokenizer."""
    if tokenizer.get("kind") != "char":
        raise Unusable(f"only char tokenizers are recomputed here (this model's is {tokenizer.get('kind')!r})")
    points = tokenizer["code_points"]
    unknown = len(points)
    index = {cp: i for i, cp in enumerate(points)}
    ids = [index.get(ord(ch), unknown) for piece in pieces for ch in piece.decode("utf-8")]
    lengths = [len(chr(cp).encode("utf-8", "surrogatepass")) for cp in points] + [UNKNOWN_TOKEN_BYTES]
    return ids, lengths


def score(weights, gpt, ids, byte_lengths):
    """The test figures of `ids` (see the module's docstring for the windowing)."""
    t, n = gpt["context_length"], len(ids)
    starts = list(range(0, n - t, t)) if n >= t + 1 else []
    all_ids = torch.tensor(ids, dtype=torch.long)
    lengths = torch.tensor(byte_lengths, dtype=torch.float64)
    nats, top1, top5, target_bytes, tokens = 0.0, 0, 0, 0.0, 0
    with torch.no_grad():
        for i in range(0, len(starts), WINDOWS_PER_BATCH):
            batch = torch.stack([all_ids[s:s + t + 1] for s in starts[i:i + WINDOWS_PER_BATCH]])
            x, y = batch[:, :-1], batch[:, 1:]
            logits = gpt_logits(weights, gpt, x).reshape(-1, gpt["vocab_size"])
            y = y.reshape(-1)
            nats += F.cross_entropy(logits, y, reduction="none").double().sum().item()
            top1 += (logits.argmax(-1) == y).sum().item()
            top5 += (logits.topk(TOP_K, -1).indices == y.unsqueeze(1)).any(1).sum().item()
            target_bytes += lengths[y].sum().item()
            tokens += y.numel()
    if tokens == 0:
        raise Unusable(f"the test split has {n} tokens, fewer than one window of {t + 1}")
    loss = nats / tokens
    return {"loss": loss, "perplexity": math.exp(loss), "bits_per_byte": nats / math.log(2) / target_bytes,
            "token_accuracy": top1 / tokens, "top5_accuracy": top5 / tokens, "tokens": tokens}


def compare(ours, summary_path, tolerance):
    """Prints the comparison with summary.json's "test"; True when every figure agrees."""
    with open(summary_path, encoding="utf-8") as f:
        theirs = json.load(f).get("test") or {}
    agree = True
    for key in FIGURES:
        if key not in theirs:
            print(f"  {key:15s} missing in {summary_path}")
            agree = False
            continue
        # perplexity = exp(loss): its tolerance is relative, the others' absolute
        diff = abs(ours[key] - theirs[key]) / (max(1.0, abs(theirs[key])) if key == "perplexity" else 1.0)
        ok = diff <= tolerance
        agree &= ok
        print(f"  {key:15s} summary {theirs[key]:.6f}  PyTorch {ours[key]:.6f}  {'ok' if ok else 'DIFFERS'}")
    if theirs.get("tokens") != ours["tokens"]:
        print(f"  tokens          summary {theirs.get('tokens')}  PyTorch {ours['tokens']}  DIFFERS")
        agree = False
    print(f"{'agrees with' if agree else 'does NOT agree with'} summary.json to {tolerance:g}")
    return agree


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--checkpoint", required=True, help="checkpoint-*.pt, or the run folder")
    parser.add_argument("--data", required=True, help="the corpus the run trained on (.txt, folder, .jsonl)")
    parser.add_argument("--summary", help="summary.json to compare with (default: the run folder's)")
    parser.add_argument("--test-fraction", type=float, help="default: summary.json's config, else 0.05")
    parser.add_argument("--tolerance", type=float, default=1e-4)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    try:
        checkpoint, run_dir = checkpoint_of(args.checkpoint)
        summary = args.summary or (os.path.join(run_dir, "summary.json") if run_dir else None)
        if summary and not os.path.isfile(summary):
            summary = None if not args.summary else summary
        config = {}
        if summary:
            with open(summary, encoding="utf-8") as f:
                config = json.load(f).get("config") or {}
        fraction = args.test_fraction if args.test_fraction is not None else config.get("test_fraction", 0.05)
        info, weights = load_checkpoint(checkpoint)
        pieces = test_split(read_documents(args.data), fraction, config.get("val_fraction", 0.05))
        ids, byte_lengths = char_tokens(info["tokenizer"], pieces)
        ours = score(weights, info["gpt"], ids, byte_lengths)
    except (Unusable, OSError, ValueError, KeyError) as e:
        print(f"lm_recompute: {e}", file=sys.stderr)
        return 2
    print(f"checkpoint {checkpoint}; test split {sum(len(p) for p in pieces)} bytes, {len(ids)} tokens, "
          f"test fraction {fraction:g}")
    for key in FIGURES + ("tokens",):
        print(f"  {key:15s} {ours[key]:.6f}" if key != "tokens" else f"  {key:15s} {ours[key]}")
    if not summary:
        return 0
    return 0 if compare(ours, summary, args.tolerance) else 1


if __name__ == "__main__":
    sys.exit(main())
