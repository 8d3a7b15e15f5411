// The training form's field makers: combos and spin boxes with an object name and a tooltip, and the form layout.
#pragma once

#include "ui/common/LayoutMetrics.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QString>

namespace ts::form {

constexpr int kRateDecimals = 6;            ///< learning rate and weight decay
constexpr int kFormHorizontalSpacing = 8;   ///< between a label and its field

/// Range, decimals and step of a spin box for a factor or a fraction.
struct FactorSpec {
    double min;
    double max;
    int decimals;
    double step;
};

/// Selects the item of `combo` whose data is `value` (nothing changes when none has it).
inline void selectData(QComboBox* combo, const QString& value) {
    const int index = combo->findData(value);
    if (index >= 0) combo->setCurrentIndex(index);
}

/// The data of the current item as text.
inline QString comboData(const QComboBox* combo) { return combo->currentData().toString(); }

/// An empty combo box named `name` with a tooltip.
inline QComboBox* makeCombo(const QString& name, const QString& tip) {
    auto* combo = new QComboBox();
    combo->setObjectName(name);
    combo->setToolTip(tip);
    return combo;
}

/// A spin box named `name` with a tooltip.
template <class Spin>
Spin* makeSpin(const QString& name, const QString& tip) {
    auto* spin = new Spin();
    spin->setObjectName(name);
    spin->setToolTip(tip);
    return spin;
}

/// A spin box for a rate (learning rate, weight decay) in [0, max] whose step follows the shown decimals.
inline QDoubleSpinBox* makeRateSpin(const QString& name, const QString& tip, double max) {
    auto* spin = makeSpin<QDoubleSpinBox>(name, tip);
    spin->setDecimals(kRateDecimals);
    spin->setRange(0.0, max);
    spin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    return spin;
}

/// A spin box for a factor or fraction as `spec` describes it.
inline QDoubleSpinBox* makeFactorSpin(const QString& name, const QString& tip, const FactorSpec& spec) {
    auto* spin = makeSpin<QDoubleSpinBox>(name, tip);
    spin->setDecimals(spec.decimals);
    spin->setRange(spec.min, spec.max);
    spin->setSingleStep(spec.step);
    return spin;
}

/// A form layout in `box` with the training form's label alignment and spacing.
inline QFormLayout* makeForm(QGroupBox* box) {
    auto* form = new QFormLayout(box);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
    form->setHorizontalSpacing(kFormHorizontalSpacing);
    form->setVerticalSpacing(LayoutMetrics::kSpacing);
    return form;
}

}  // namespace ts::form
