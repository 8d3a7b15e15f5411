#include "app/cli/GenerateCommand.h"

#include "core/common/Numbers.h"

#include <cstdio>
#include <stdexcept>
#include <vector>

namespace ts::cli {

namespace {

constexpr unsigned char kFirstPrintable = 0x20;
constexpr int kProbabilityDecimals = 4;

/// A token's text for a table: line feeds, tabs and other control characters written as escapes.
std::string visibleToken(const std::string& text) {
    std::string out;
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (c == '\r') out += "\\r";
        else if (byte < kFirstPrintable || byte == 0x7F) out += ts::formatC("\\x%02X", unsigned(byte));
        else out += c;
    }
    return out;
}

/// One line per generated token: its position, text, probability and the most likely alternatives.
void printProbabilities(const std::string& description, const std::vector<ts::StreamedToken>& tokens) {
    std::printf("\nmodel: %s\n", description.c_str());
    std::printf("token probabilities (after temperature and top-k), with the most likely alternatives:\n");
    for (size_t i = 0; i < tokens.size(); ++i) {
        const ts::StreamedToken& t = tokens[i];
        std::string alternatives;
        for (const auto& [text, p] : t.alternatives)
            alternatives += (alternatives.empty() ? "" : "  ") + ("\"" + visibleToken(text) + "\" ") +
                            ts::formatFixed(p, kProbabilityDecimals);
        std::printf("%5zu  %-12s %s   %s\n", i + 1, ("\"" + visibleToken(t.text) + "\"").c_str(),
                    ts::formatFixed(t.probability, kProbabilityDecimals).c_str(), alternatives.c_str());
    }
}

}  // namespace

GenerateCommand::GenerateCommand(CLI::App& app)
    : Command(app, "generate",
              "Continue a prompt with a trained language model. Prints the prompt followed by the model's "
              "continuation (as nanoGPT's sample.py does), then a line feed. The same model, prompt, settings "
              "and seed give the same text.") {
    CLI::App& c = *m_command;
    addOption(c, "--model", "RUN_DIR|FILE", m_model,
              "a language model's run folder (its best checkpoint when it stopped early, else its last) or a "
              "checkpoint-*.pt file")->required();
    addOption(c, "--prompt", "TEXT", m_prompt,
              "the text to continue (UTF-8); without it the model starts from a new line");
    addOptionWith(c, "--max-tokens", "N", "how many tokens to generate (default 200)",
                  [this](const std::string& option, const std::string& text) {
                      int n = 0;
                      parseValue(option, text, n);
                      m_settings.maxTokens = n;
                  });
    addOption(c, "--temperature", "T", m_settings.temperature,
              "above 0; below 1 is more predictable, above 1 more varied (default 0.8)");
    addOption(c, "--top-k", "K", m_settings.topK, "sample among the K most likely tokens only; 0 = all (default 200)");
    addOption(c, "--seed", "S", m_settings.seed, "the sampling seed (default 1337)");
    addOption(c, "--threads", "N", m_threads, "intra-op threads (0 = automatic)");
    c.add_flag("--show-probabilities", m_showProbabilities,
               "after the text, list each generated token with its probability and the most likely alternatives");
}

int GenerateCommand::run() {
    if (!(m_settings.temperature > 0.0))
        throw UsageError("--temperature must be above 0 (got " + ts::formatShortest(m_settings.temperature) + ")");
    if (m_settings.maxTokens < 0) throw UsageError("--max-tokens cannot be negative");
    if (m_settings.topK < 0) throw UsageError("--top-k cannot be negative (0 samples from every token)");
    if (m_threads < 0) throw UsageError("--threads cannot be negative (0 = automatic)");

    const std::unique_ptr<ts::TextGenerator> generator = ts::TextGenerator::load(m_model, m_threads);
    std::vector<ts::StreamedToken> tokens;
    ts::StreamCallback keep;
    if (m_showProbabilities)
        keep = [&tokens](const ts::StreamedToken& t) {
            tokens.push_back(t);
            return true;
        };
    std::string continuation;
    try {
        continuation = generator->generate(m_prompt, m_settings, keep);
    } catch (const std::invalid_argument& e) {
        throw UsageError(std::string("--prompt: ") + e.what());
    }
    std::printf("%s%s\n", m_prompt.c_str(), continuation.c_str());
    if (m_showProbabilities) printProbabilities(generator->description(), tokens);
    return kExitOk;
}

}  // namespace ts::cli
