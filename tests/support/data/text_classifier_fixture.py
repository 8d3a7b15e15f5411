"""Writes a small TorchScript character-level text classifier and what PyTorch predicts with it, for
test_text_classifier_eval.

usage: text_classifier_fixture.py CLASS_FOLDER OUT_DIR

CLASS_FOLDER has train/<class>/*.txt and test/<class>/*.txt. The module maps token ids [B, T] to logits [B, C]
(an embedding, a mean over the tokens, a linear layer), carries `vocab` (one character per id, from the training
texts), `class_names` and `block_size`, and is trained for a few steps so that it classifies better than chance.
PyTorch's confusion matrix (rows: true class in class_names order) and mean loss on the test texts, each cut to its
first block_size characters, go to OUT_DIR/expected.json. OUT_DIR/bare.pt is the same kind of module without a
vocab attribute (its tokenizer must be given).
"""
import json
import os
import sys

import torch

BLOCK_SIZE = 48
STEPS = 60


class CharClassifier(torch.nn.Module):
    def __init__(self, vocab, classes):
        super().__init__()
        self.vocab = vocab
        self.class_names = classes
        self.block_size = BLOCK_SIZE
        self.embed = torch.nn.Embedding(len(vocab), 16)
        self.head = torch.nn.Linear(16, len(classes))

    def forward(self, ids):
        return self.head(self.embed(ids).mean(1))


class Bare(torch.nn.Module):
    def __init__(self, vocab_size, classes):
        super().__init__()
        self.embed = torch.nn.Embedding(vocab_size, classes)

    def forward(self, ids):
        return self.embed(ids).mean(1)


def read_split(folder, classes):
    texts, labels = [], []
    for k, name in enumerate(classes):
        for file in sorted(os.listdir(os.path.join(folder, name))):
            with open(os.path.join(folder, name, file), encoding="utf-8") as f:
                texts.append(f.read())
            labels.append(k)
    return texts, labels


def encode(text, ids):
    return torch.tensor([ids[c] for c in text[:BLOCK_SIZE]], dtype=torch.long).view(1, -1)


def main():
    root, out = sys.argv[1], sys.argv[2]
    classes = sorted(os.listdir(os.path.join(root, "train")))
    train_texts, train_labels = read_split(os.path.join(root, "train"), classes)
    test_texts, test_labels = read_split(os.path.join(root, "test"), classes)
    vocab = sorted({c for t in train_texts + test_texts for c in t})
    ids = {c: i for i, c in enumerate(vocab)}
    torch.manual_seed(5)
    model = CharClassifier(vocab, classes)
    opt = torch.optim.Adam(model.parameters(), lr=0.05)
    for step in range(STEPS):
        batch = torch.randperm(len(train_texts))[:32].tolist()
        logits = torch.cat([model(encode(train_texts[j], ids)) for j in batch])
        loss = torch.nn.functional.cross_entropy(logits, torch.tensor([train_labels[j] for j in batch]))
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    torch.jit.save(torch.jit.script(model), os.path.join(out, "text_classifier.pt"))
    torch.jit.save(torch.jit.script(Bare(len(vocab), len(classes))), os.path.join(out, "bare.pt"))
    with torch.no_grad():
        logits = torch.cat([model(encode(t, ids)) for t in test_texts])
    labels = torch.tensor(test_labels)
    pred = logits.argmax(1)
    cm = torch.zeros(len(classes), len(classes), dtype=torch.long)
    for t, p in zip(labels.tolist(), pred.tolist()):
        cm[t, p] += 1
    expected = {
        "classes": classes,
        "confusion": cm.reshape(-1).tolist(),
        "loss": torch.nn.functional.cross_entropy(logits, labels).item(),
        "accuracy": (pred == labels).float().mean().item(),
    }
    with open(os.path.join(out, "expected.json"), "w") as f:
        json.dump(expected, f)


if __name__ == "__main__":
    main()
