#include "core/eval/ClassMatching.h"

#include <algorithm>
#include <stdexcept>

namespace ts {

namespace {

bool allNumeric(const std::vector<std::string>& names) {
    for (const std::string& n : names)
        if (n.empty() || n.find_first_not_of("0123456789") != std::string::npos) return false;
    return true;
}

}  // namespace

std::string joinClassNames(const std::vector<std::string>& names, size_t most) {
    std::string s;
    for (size_t i = 0; i < names.size() && i < most; ++i) s += (i ? ", " : "") + names[i];
    if (names.size() > most) s += ", ... (" + std::to_string(names.size()) + " in all)";
    return s;
}

std::vector<int> matchClasses(const std::vector<std::string>& dataNames, const std::vector<std::string>& modelNames,
                              const std::vector<int64_t>& labels) {
    std::vector<bool> present(dataNames.size(), false);
    for (int64_t y : labels)
        if (y >= 0 && size_t(y) < present.size()) present[size_t(y)] = true;
    std::vector<int> map(dataNames.size(), -1);
    std::vector<std::string> unknown;
    for (size_t i = 0; i < dataNames.size(); ++i) {
        const auto it = std::find(modelNames.begin(), modelNames.end(), dataNames[i]);
        if (it != modelNames.end()) map[i] = int(it - modelNames.begin());
        else if (present[i]) unknown.push_back(dataNames[i]);
    }
    if (unknown.empty()) return map;
    if (allNumeric(dataNames)) {
        bool fits = true;
        for (size_t i = 0; i < dataNames.size(); ++i) {
            const long long k = std::stoll(dataNames[i]);
            if (k < int64_t(modelNames.size())) map[i] = int(k);
            else if (present[i]) fits = false;
        }
        if (fits) return map;
    }
    throw std::runtime_error("the data has " + std::to_string(unknown.size()) + " class(es) the model does not know (" +
                             joinClassNames(unknown, 5) + "); the model's " + std::to_string(modelNames.size()) +
                             " classes are: " + joinClassNames(modelNames));
}

}  // namespace ts
