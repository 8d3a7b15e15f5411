// The SentencePiece module (libtrainscope_sentencepiece.so): SentencePiece's trainer and processor behind the
// plain functions of SentencePieceModule.h. Built only when SentencePiece is found; loaded with dlopen.
#include "core/text/SentencePieceModule.h"

#include <sentencepiece_processor.h>
#include <sentencepiece_trainer.h>

#include <memory>

namespace ts {

struct SentencePieceModel {
    sentencepiece::SentencePieceProcessor processor;
};

}  // namespace ts

namespace {

using ts::SentencePieceModel;

/// Hands SentencePiece's trainer the sentences of a callback.
class CallbackSentences : public sentencepiece::SentenceIterator {
public:
    explicit CallbackSentences(const std::function<bool(std::string&)>& next) : m_next(next) { m_done = !m_next(m_value); }
    bool done() const override { return m_done; }
    void Next() override { m_done = !m_next(m_value); }
    const std::string& value() const override { return m_value; }
    sentencepiece::util::Status status() const override { return {}; }

private:
    const std::function<bool(std::string&)>& m_next;
    std::string m_value;
    bool m_done = false;
};

std::string train(const std::unordered_map<std::string, std::string>& args, const std::function<bool(std::string&)>& next,
                  std::string* modelProto) {
    CallbackSentences sentences(next);
    const auto status = sentencepiece::SentencePieceTrainer::Train(args, &sentences, modelProto);
    return status.ok() ? std::string() : status.ToString();
}

SentencePieceModel* fromProto(const std::string& modelProto, std::string* error) {
    auto model = std::make_unique<SentencePieceModel>();
    const auto status = model->processor.LoadFromSerializedProto(modelProto);
    if (!status.ok()) return *error = status.ToString(), nullptr;
    return model.release();
}

SentencePieceModel* fromFile(const std::string& path, std::string* modelProto, std::string* error) {
    auto model = std::make_unique<SentencePieceModel>();
    const auto status = model->processor.Load(path);
    if (!status.ok()) return *error = status.ToString(), nullptr;
    *modelProto = model->processor.serialized_model_proto();
    return model.release();
}

void release(SentencePieceModel* model) { delete model; }
int pieceCount(const SentencePieceModel* m) { return m->processor.GetPieceSize(); }
int unknownId(const SentencePieceModel* m) { return m->processor.unk_id(); }

std::string encode(const SentencePieceModel* m, std::string_view text, std::vector<int>* ids) {
    const auto status = m->processor.Encode(text, ids);
    return status.ok() ? std::string() : status.ToString();
}

std::string decode(const SentencePieceModel* m, const std::vector<int>& ids, std::string* text) {
    const auto status = m->processor.Decode(ids, text);
    return status.ok() ? std::string() : status.ToString();
}

std::string piece(const SentencePieceModel* m, int id) { return m->processor.IdToPiece(id); }

ts::PieceKind pieceKind(const SentencePieceModel* m, int id) {
    if (m->processor.IsControl(id)) return ts::PieceKind::Control;
    if (m->processor.IsByte(id)) return ts::PieceKind::Byte;
    if (m->processor.IsUnknown(id)) return ts::PieceKind::Unknown;
    return ts::PieceKind::Normal;
}

const ts::SentencePieceFunctions kFunctions = {
    ts::kSentencePieceAbi, train, fromProto, fromFile, release, pieceCount, unknownId, encode, decode, piece, pieceKind,
};

}  // namespace

extern "C" __attribute__((visibility("default"))) const ts::SentencePieceFunctions* trainscope_sentencepiece_functions() {
    return &kFunctions;
}
