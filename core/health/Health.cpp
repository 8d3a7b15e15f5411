// Names of the alert kinds (core/health/Health.h).
#include "core/health/Health.h"

namespace ts {

const char* alertKindName(AlertKind kind) {
    switch (kind) {
    case AlertKind::LossSpike: return "loss_spike";
    case AlertKind::GradientSpike: return "grad_spike";
    case AlertKind::ExplodingGradients: return "exploding";
    case AlertKind::VanishingGradients: return "vanishing";
    case AlertKind::Overfitting: return "overfitting";
    case AlertKind::Plateau: return "plateau";
    case AlertKind::DeadLayer: return "dead_layer";
    case AlertKind::NonFinite: return "non_finite";
    }
    return "unknown";
}

std::vector<AlertKind> allAlertKinds() {
    return {AlertKind::LossSpike,   AlertKind::GradientSpike, AlertKind::ExplodingGradients, AlertKind::VanishingGradients,
            AlertKind::Overfitting, AlertKind::Plateau,       AlertKind::DeadLayer,          AlertKind::NonFinite};
}

bool alertKindFromName(const std::string& name, AlertKind& kind) {
    for (AlertKind k : allAlertKinds())
        if (name == alertKindName(k)) {
            kind = k;
            return true;
        }
    return false;
}

}  // namespace ts
