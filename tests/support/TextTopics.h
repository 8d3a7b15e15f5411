// A synthetic labelled text set for the text classifier tests (three topics whose texts draw mostly shared words
// and a few topic words: separable, not trivially), and a tiny text-transformer configuration.
#pragma once

#include "core/data/Dataset.h"
#include "core/train/TrainConfig.h"

#include <random>
#include <string>
#include <vector>

namespace ts::testing {

constexpr int kTopicTexts = 240;   // texts per topic in the training split
constexpr int kTestTexts = 40;     // per topic in the test split
constexpr int kWordsPerText = 10;
constexpr uint32_t kTopicalOneIn = 3;  // a word is the topic's with this odds: 1.7% of texts have none

/// Three topics' vocabularies and words all of them share: a text draws mostly shared words, a few topic words.
inline const std::vector<std::vector<std::string>>& topicWords() {
    static const std::vector<std::vector<std::string>> words = {
        {"goal", "match", "Striker", "referee", "league", "tournament", "coach", "stadium", "penalty", "team"},
        {"oven", "recipe", "Flour", "simmer", "garlic", "butter", "saucepan", "bake", "onion", "chef"},
        {"rain", "forecast", "Storm", "humidity", "cloudy", "thunder", "breeze", "snowfall", "sunny", "fog"}};
    return words;
}

/// `perTopic` texts of each topic, shuffled by `seed`; each has a few topic words among shared words.
inline ts::TextExamples topicTexts(int perTopic, uint32_t seed) {
    static const std::vector<std::string> shared = {"the", "a", "was", "today", "we", "saw", "it", "really",
                                                    "and", "then", "very", "Good", "after", "long", "day"};
    std::mt19937 rng(seed);
    ts::TextExamples set;
    for (int i = 0; i < perTopic * 3; ++i) {
        const int topic = i % 3;
        std::string text;
        for (int w = 0; w < kWordsPerText; ++w) {
            const bool topical = rng() % kTopicalOneIn == 0;
            const auto& list = topical ? topicWords()[size_t(topic)] : shared;
            text += (w ? " " : "") + list[rng() % list.size()];
        }
        set.texts.push_back(text + ".");
        set.labels.push_back(topic);
        set.rows.push_back(i + 2);
    }
    return set;
}

inline ts::Dataset topicDataset() {
    ts::Dataset ds;
    ds.name = "topics";
    ds.path = "/data/topics.csv";
    ds.classNames = {"sports", "cooking", "weather"};
    ds.textTrain = topicTexts(kTopicTexts, 1);
    ds.textTest = topicTexts(kTestTexts, 2);
    return ds;
}

/// The text-transformer preset made tiny for tests: `layers` blocks of `width` with 2 heads, `context` tokens, one
/// thread on the CPU.
inline ts::TrainConfig tinyTransformer(int layers, int width, int context, int epochs) {
    ts::TrainConfig c = ts::presetConfig("text-transformer");
    c.layers = layers;
    c.heads = 2;
    c.embedding = width;
    c.contextLength = context;
    c.epochs = epochs;
    c.threads = 1;
    c.device = "cpu";
    return c;
}

}  // namespace ts::testing
