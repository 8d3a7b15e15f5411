// Palette look-ups: the fixed colour of a series family, and a colour as "#rrggbb".
#include "core/plot/Palette.h"
#include "core/common/Numbers.h"

namespace ts {

int fixedPaletteIndex(std::string_view familyKey) {
    for (const SeriesFamily& family : kFixedSeriesFamilies)
        if (familyKey == family.key) return family.paletteIndex;
    return -1;
}

std::string hexColor(const Rgb& c) { return formatC("#%02x%02x%02x", c.r, c.g, c.b); }

}  // namespace ts
