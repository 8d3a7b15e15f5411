// The presets' descriptions in the interface's language (core/train/TrainConfig's presetDescription in English).
#pragma once

#include <QString>

#include <string>

namespace ts {

/// `preset`'s description, translated; core's English text when the preset is unknown here or its text changed.
QString presetDescriptionText(const std::string& preset);

}  // namespace ts
