// `trainscope-cli evaluate --model FILE --data PATH [--run RUN_DIR] --out DIR`: a trained model on labelled
// data, compared with its run and checked for drift; writes DIR/evaluation.json and DIR/predictions.csv. A language
// model on a text corpus gets loss, perplexity, surprising documents and text drift, and DIR/documents.csv.
#pragma once

#include "app/cli/Command.h"
#include "core/eval/Evaluator.h"

#include <string>

namespace ts::cli {

/// Evaluates a checkpoint, run folder or TorchScript module on a data set and prints the findings.
class EvaluateCommand : public Command {
public:
    /// Adds `evaluate` and its options to `app`.
    explicit EvaluateCommand(CLI::App& app);
    /// Evaluates, writes the evaluation folder and prints a summary; 0 when written.
    int run() override;

private:
    ts::EvaluateRequest m_request;
    std::string m_outDir;
};

}  // namespace ts::cli
