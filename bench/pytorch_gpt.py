#!/usr/bin/python3
"""PyTorch reference for bench_gpt_step: the same gpt-tiny model and training step as nanoGPT's train.py on the
CPU with PyTorch 1.13 (float32, no torch.compile): token and learned position embeddings, pre-LayerNorm blocks
with masked-softmax causal attention (nanoGPT's path without flash attention) and a GELU MLP, tied output
layer, init std 0.02 (residual projections 0.02/sqrt(2*layers)); batch 12 of random 64-character windows,
cross-entropy, backward, clip_grad_norm_(1.0), AdamW (beta2 0.99, weight decay 0.1 on matrices only),
gradients set to None. Prints one "step ..." line per thread count (median ms of the measured steps) and,
with --generate, the time of 500 generated tokens (nanoGPT's generate: the last window re-read per token).

Usage: pytorch_gpt.py TEXT_FILE [threads ...] [--steps N] [--warmup N] [--foreach] [--generate]
"""
import argparse
import math
import statistics
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

BATCH, CONTEXT, LAYERS, HEADS, WIDTH = 12, 64, 4, 4, 128


class LayerNorm(nn.Module):
    """LayerNorm with a gain and no bias (PyTorch 1.13's nn.LayerNorm always has one)."""

    def __init__(self, width):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(width))

    def forward(self, x):
        return F.layer_norm(x, self.weight.shape, self.weight, None, 1e-5)


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.ln_1, self.ln_2 = LayerNorm(WIDTH), LayerNorm(WIDTH)
        self.c_attn = nn.Linear(WIDTH, 3 * WIDTH, bias=False)
        self.c_proj = nn.Linear(WIDTH, WIDTH, bias=False)
        self.mlp_fc = nn.Linear(WIDTH, 4 * WIDTH, bias=False)
        self.mlp_proj = nn.Linear(4 * WIDTH, WIDTH, bias=False)
        self.register_buffer("mask", torch.tril(torch.ones(CONTEXT, CONTEXT)).view(1, 1, CONTEXT, CONTEXT))

    def attention(self, x):
        b, t, c = x.size()
        q, k, v = self.c_attn(x).split(c, dim=2)
        q, k, v = (z.view(b, t, HEADS, c // HEADS).transpose(1, 2) for z in (q, k, v))
        att = (q @ k.transpose(-2, -1)) * (1.0 / math.sqrt(k.size(-1)))
        att = att.masked_fill(self.mask[:, :, :t, :t] == 0, float("-inf"))
        y = F.softmax(att, dim=-1) @ v
        return self.c_proj(y.transpose(1, 2).contiguous().view(b, t, c))

    def forward(self, x):
        x = x + self.attention(self.ln_1(x))
        return x + self.mlp_proj(F.gelu(self.mlp_fc(self.ln_2(x))))


class Gpt(nn.Module):
    def __init__(self, vocab):
        super().__init__()
        self.wte, self.wpe = nn.Embedding(vocab, WIDTH), nn.Embedding(CONTEXT, WIDTH)
        self.blocks = nn.ModuleList(Block() for _ in range(LAYERS))
        self.ln_f = LayerNorm(WIDTH)
        for m in self.modules():
            if isinstance(m, (nn.Linear, nn.Embedding)):
                nn.init.normal_(m.weight, 0.0, 0.02)
        for b in self.blocks:
            for w in (b.c_proj.weight, b.mlp_proj.weight):
                nn.init.normal_(w, 0.0, 0.02 / math.sqrt(2 * LAYERS))

    def forward(self, idx):
        t = idx.size(1)
        x = self.wte(idx) + self.wpe(torch.arange(t, dtype=torch.long))
        for b in self.blocks:
            x = b(x)
        return F.linear(self.ln_f(x), self.wte.weight)


def load(path):
    text = open(path, encoding="utf-8").read()
    chars = sorted(set(text))
    ids = {c: i for i, c in enumerate(chars)}
    return torch.tensor([ids[c] for c in text], dtype=torch.long), len(chars)


def time_steps(data, vocab, warmup, steps, foreach):
    torch.manual_seed(0)
    model = Gpt(vocab)
    params = list(model.parameters())
    groups = [{"params": [p for p in params if p.dim() >= 2], "weight_decay": 0.1},
              {"params": [p for p in params if p.dim() < 2], "weight_decay": 0.0}]
    extra = {"foreach": True} if foreach else {}
    optimizer = torch.optim.AdamW(groups, lr=1e-3, betas=(0.9, 0.99), **extra)
    times, cpu = [], []
    for step in range(warmup + steps):
        ix = torch.randint(len(data) - CONTEXT - 1, (BATCH,))
        x = torch.stack([data[i:i + CONTEXT] for i in ix])
        y = torch.stack([data[i + 1:i + 1 + CONTEXT] for i in ix])
        t0, c0 = time.perf_counter(), time.process_time()
        logits = model(x)
        loss = F.cross_entropy(logits.view(-1, logits.size(-1)), y.view(-1))
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        if step >= warmup:
            times.append(time.perf_counter() - t0)
            cpu.append(time.process_time() - c0)
    return statistics.median(times), statistics.median(cpu)


@torch.no_grad()
def time_generation(vocab, tokens=500):
    torch.manual_seed(0)
    model = Gpt(vocab).eval()
    idx = torch.zeros((1, 1), dtype=torch.long)
    t0 = time.perf_counter()
    for _ in range(tokens):
        logits = model(idx[:, -CONTEXT:])[:, -1, :]
        v, _ = torch.topk(logits, 10)
        logits[logits < v[:, [-1]]] = -float("inf")
        idx = torch.cat((idx, torch.multinomial(F.softmax(logits, dim=-1), 1)), dim=1)
    return time.perf_counter() - t0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("text")
    parser.add_argument("threads", nargs="*", type=int, default=[1, 2])
    parser.add_argument("--steps", type=int, default=50)
    parser.add_argument("--warmup", type=int, default=10)
    parser.add_argument("--foreach", action="store_true", help="AdamW(foreach=True) instead of 1.13's default loop")
    parser.add_argument("--generate", action="store_true")
    args = parser.parse_args()
    data, vocab = load(args.text)
    variant = "torch-adamw-foreach" if args.foreach else "torch-adamw"
    for n in args.threads if args.steps > 0 else []:
        torch.set_num_threads(n)
        wall, cpu = time_steps(data, vocab, args.warmup, args.steps, args.foreach)
        print(f"step threads={n} variant=pytorch-{variant} ms={wall * 1e3:.2f} cpu_ms={cpu * 1e3:.2f}", flush=True)
    if args.generate:
        torch.set_num_threads(1)
        print(f"generate threads=1 tokens=500 cache=no ms={time_generation(vocab) * 1e3:.1f}", flush=True)


if __name__ == "__main__":
    main()
