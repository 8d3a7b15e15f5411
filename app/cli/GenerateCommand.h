// `trainscope-cli generate --model RUN_DIR_OR_CHECKPOINT --prompt TEXT [...]`: continues a prompt with a trained
// language model and prints the prompt followed by its continuation (as nanoGPT's sample.py does).
#pragma once

#include "app/cli/Command.h"
#include "core/lm/TextGenerator.h"

#include <string>

namespace ts::cli {

/// Loads a language model's checkpoint and prints its continuation of a prompt.
class GenerateCommand : public Command {
public:
    /// Adds `generate` and its options to `app`.
    explicit GenerateCommand(CLI::App& app);
    /// Checks the settings, loads the model, generates and prints; 0 when printed.
    int run() override;

private:
    std::string m_model;
    std::string m_prompt;
    ts::SampleSettings m_settings;
    int m_threads = 0;
    bool m_showProbabilities = false;
};

}  // namespace ts::cli
