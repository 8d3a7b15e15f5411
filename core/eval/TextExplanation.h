// Which parts of a text pushed a text classifier towards a class: token spans with signed weights, for colouring
// the text in the mistakes gallery. The interface is torch-free; implementations load a checkpoint (torch).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

namespace ts {

/// One span of the text and how much it pushed the prediction towards the class (> 0) or away (< 0).
struct TokenWeight {
    int64_t begin = 0;    ///< byte offset in the text
    int64_t end = 0;      ///< byte offset just past the span
    double weight = 0.0;  ///< in logit units of the class
};

/// A text's spans for one class.
struct TextExplanation {
    int classIndex = 0;
    std::string method;               ///< "n-gram weights" (text-bow) or "occlusion" (text-transformer)
    std::vector<TokenWeight> tokens;  ///< in text order, non-overlapping (words for text-bow)
};

/// Explains a text classifier's predictions; safe to call from one thread at a time.
class TextExplainer {
public:
    virtual ~TextExplainer() = default;
    /// The spans of `text` (UTF-8) weighted towards class `classIndex`.
    virtual TextExplanation explain(const std::string& text, int classIndex) const = 0;
};

/// An explainer for the text classifier in `checkpointPath` (a text-bow or text-transformer checkpoint, on the
/// CPU). Throws std::runtime_error naming the file when it is not a text classifier.
std::shared_ptr<TextExplainer> loadTextExplainer(const std::string& checkpointPath);

}  // namespace ts
