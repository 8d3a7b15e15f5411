#!/usr/bin/python3
"""Acceptance 3 of issue 15: a character language model trained in PyTorch, exported with torch.jit.save (with
`vocab` and `block_size` attributes), evaluated by `trainscope-cli evaluate`; its loss must match PyTorch's on the
same text to 1e-4.

The model: a small causal transformer (token and position embeddings, pre-LayerNorm blocks with masked-softmax
attention and a GELU MLP, output layer), trained with AdamW on random windows of the first --train-bytes of a text
for --seconds. PyTorch then scores --eval-text with the README's rule (one text; windows of block_size tokens
starting at 0, stride, 2 stride, ..., the last moved back to end at the last token; the first window scores all its
targets, each later one only those not scored yet), prints the mean loss in nats, runs the CLI on the same text and
compares.

Usage: torchscript_char_lm.py TEXT [--cli build/app/trainscope-cli] [--out DIR] [--seconds 90] [--stride N]
"""
import argparse
import json
import math
import os
import subprocess
import sys
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

BLOCK, LAYERS, HEADS, WIDTH, BATCH = 64, 2, 4, 96, 32


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.width = WIDTH
        self.heads = HEADS
        self.norm1 = nn.LayerNorm(WIDTH)
        self.qkv = nn.Linear(WIDTH, 3 * WIDTH)
        self.proj = nn.Linear(WIDTH, WIDTH)
        self.norm2 = nn.LayerNorm(WIDTH)
        self.mlp_in = nn.Linear(WIDTH, 4 * WIDTH)
        self.mlp_out = nn.Linear(4 * WIDTH, WIDTH)

    def forward(self, x):
        b, t, c = x.shape
        q, k, v = self.qkv(self.norm1(x)).split(self.width, dim=2)
        q = q.view(b, t, self.heads, c // self.heads).transpose(1, 2)
        k = k.view(b, t, self.heads, c // self.heads).transpose(1, 2)
        v = v.view(b, t, self.heads, c // self.heads).transpose(1, 2)
        att = (q @ k.transpose(-2, -1)) / math.sqrt(c // self.heads)
        mask = torch.ones(t, t, dtype=torch.bool, device=x.device).tril()
        att = att.masked_fill(~mask, float("-inf")).softmax(dim=-1)
        y = (att @ v).transpose(1, 2).contiguous().view(b, t, c)
        x = x + self.proj(y)
        return x + self.mlp_out(F.gelu(self.mlp_in(self.norm2(x))))


class CharLM(nn.Module):
    """Token ids [B, T] -> next-token logits [B, T, V]; `vocab` lists each id's character."""

    def __init__(self, vocab):
        super().__init__()
        self.vocab = vocab
        self.block_size = BLOCK
        self.tokens = nn.Embedding(len(vocab), WIDTH)
        self.positions = nn.Embedding(BLOCK, WIDTH)
        self.blocks = nn.ModuleList([Block() for _ in range(LAYERS)])
        self.norm = nn.LayerNorm(WIDTH)
        self.head = nn.Linear(WIDTH, len(vocab))

    def forward(self, idx):
        t = idx.size(1)
        x = self.tokens(idx) + self.positions(torch.arange(t, device=idx.device))
        for block in self.blocks:
            x = block(x)
        return self.head(self.norm(x))


def windows(n, context, stride):
    """The README's rule: (start, length, first scored target) of each window of a text of n tokens."""
    out, last, covered, start = [], n - 1, 0, 0
    if n < 2:
        return out
    while True:
        if start + context >= last:
            s = max(0, last - context)
            out.append((s, last - s, covered + 1))
            return out
        out.append((start, context, covered + 1))
        covered = start + context
        start += stride


def pytorch_loss(model, ids, context, stride):
    """Mean nats per predicted token over the text, every target scored once."""
    total, count, seen = 0.0, 0, set()
    with torch.no_grad():
        for s, length, first in windows(len(ids), context, stride):
            x = torch.tensor(ids[s:s + length]).unsqueeze(0)
            y = torch.tensor(ids[s + 1:s + length + 1])
            logp = F.log_softmax(model(x)[0].double(), dim=-1)
            for k in range(max(0, first - s - 1), length):
                assert s + k + 1 not in seen
                seen.add(s + k + 1)
                total -= logp[k, y[k]].item()
                count += 1
    assert seen == set(range(1, len(ids))), "every token after the first is scored once"
    return total / count, count


def train(model, data, seconds):
    opt = torch.optim.AdamW(model.parameters(), lr=2e-3, weight_decay=0.01)
    t0, step = time.time(), 0
    while time.time() - t0 < seconds:
        starts = torch.randint(len(data) - BLOCK - 1, (BATCH,))
        x = torch.stack([data[s:s + BLOCK] for s in starts])
        y = torch.stack([data[s + 1:s + BLOCK + 1] for s in starts])
        loss = F.cross_entropy(model(x).reshape(-1, model.head.out_features), y.reshape(-1))
        opt.zero_grad(set_to_none=True)
        loss.backward()
        opt.step()
        step += 1
    return step, loss.item()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("text")
    ap.add_argument("--cli", default="build/app/trainscope-cli")
    ap.add_argument("--out", default="/tmp/torchscript_char_lm")
    ap.add_argument("--seconds", type=float, default=90.0)
    ap.add_argument("--train-bytes", type=int, default=200_000)
    ap.add_argument("--eval-offset", type=int, default=1_000_000)
    ap.add_argument("--eval-bytes", type=int, default=30_000)
    ap.add_argument("--stride", type=int, default=0)
    args = ap.parse_args()
    torch.manual_seed(1337)
    torch.set_num_threads(2)
    os.makedirs(args.out, exist_ok=True)
    text = open(args.text, encoding="utf-8").read()
    train_text = text[:args.train_bytes]
    eval_text = text[args.eval_offset:args.eval_offset + args.eval_bytes]
    vocab = sorted(set(train_text))
    index = {ch: i for i, ch in enumerate(vocab)}
    model = CharLM(vocab)
    steps, last = train(model, torch.tensor([index[c] for c in train_text]), args.seconds)
    model.eval()
    module_path = os.path.join(args.out, "char_lm.pt")
    torch.jit.save(torch.jit.script(model), module_path)
    eval_path = os.path.join(args.out, "eval.txt")
    with open(eval_path, "w", encoding="utf-8") as f:
        f.write(eval_text)
    # Characters the vocabulary lacks are left out, as TrainScope does for a module without an unknown token.
    ids = [index[c] for c in eval_text if c in index]
    stride = args.stride or BLOCK // 2
    t0 = time.time()
    reference, count = pytorch_loss(model, ids, BLOCK, stride)  # the eager module the file was scripted from
    print(f"trained {steps} steps in {args.seconds:.0f} s (last batch loss {last:.4f}); vocab {len(vocab)}")
    print(f"pytorch    loss {reference:.6f} nats over {count} tokens ({time.time() - t0:.1f} s)")
    out_dir = os.path.join(args.out, "evaluation")
    cmd = [args.cli, "evaluate", "--model", module_path, "--data", eval_path, "--out", out_dir, "--prompts", "2",
           "--sample-tokens", "60"]
    if args.stride:
        cmd += ["--stride", str(args.stride)]
    t0 = time.time()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    seconds = time.time() - t0
    metrics = json.load(open(os.path.join(out_dir, "evaluation.json")))["metrics"]
    diff = abs(metrics["loss"] - reference)
    print(f"trainscope loss {metrics['loss']:.6f} nats over {metrics['tokens']} tokens ({seconds:.1f} s); "
          f"perplexity {metrics['perplexity']:.4f}, bits/byte {metrics['bits_per_byte']:.4f}")
    print(f"|difference| {diff:.2e} -> {'PASS' if diff <= 1e-4 and metrics['tokens'] == count else 'FAIL'} (limit 1e-4)")
    return 0 if diff <= 1e-4 and metrics["tokens"] == count else 1


if __name__ == "__main__":
    sys.exit(main())
