// The spacings and margins the panels and forms share, so that they line up and one change moves all.
#pragma once

namespace ts {

/// The shared spacings and margins of the widgets' layouts, in pixels.
struct LayoutMetrics {
    /// Between closely related widgets (a label and its path, the rows of a compact grid) and around a tab.
    static constexpr int kTightSpacing = 4;
    /// Between neighbouring widgets in a row of options or buttons, between the rows of a form, and around
    /// a compact panel (the confusion matrix panel).
    static constexpr int kSpacing = 6;
    /// Around the content of a dock or a panel.
    static constexpr int kPanelMargin = 8;
    /// Between the group boxes of a column.
    static constexpr int kSectionSpacing = 10;
};

}  // namespace ts
