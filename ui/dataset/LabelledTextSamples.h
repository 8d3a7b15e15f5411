// The preview's view of labelled texts: sample texts of each class in a table, and the text-length histogram.
#pragma once

#include "core/data/LabelledTextPreview.h"

#include <string>
#include <vector>

class QWidget;

namespace ts {

/// A table ("previewTextSamples") of up to LabelledTextPreview::samplesPerClass texts of each class: class, where
/// the text came from, its words and its start (trimmed texts end in an ellipsis; the whole start is the tooltip).
QWidget* buildLabelledTextSamples(const LabelledTextPreview& preview, const std::vector<std::string>& classNames);

/// A bar chart ("previewTextLengths") of how many texts have how many words, with the mean and median in its title.
QWidget* buildTextLengthChart(const LabelledTextPreview& preview);

}  // namespace ts
