// The sweep definition editor: the base preset and data set (from the main window), a table of swept parameters,
// strategy, budget, objective and output folder; it shows the exact trainscope-cli command line it will run.
#pragma once

#include "ui/experiments/SweepRequest.h"

#include "core/train/TrainConfig.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ts {

/// Edits a SweepRequest and asks to start it (startRequested); shows problems and the CLI's errors.
class SweepEditor : public QWidget {
    Q_OBJECT
public:
    explicit SweepEditor(QWidget* parent = nullptr);

    /// Takes the base configuration (preset, epochs, batch size, learning rate, optimizer) and data set.
    void setBase(const TrainConfig& cfg, const QString& dataPath);
    /// The request the editor describes now.
    SweepRequest request() const;
    /// Adds a parameter row.
    void addParameter(const QString& name, const QString& kind, const QString& values);
    /// Shows an error (a problem of the request, or what trainscope-cli wrote on stderr); "" clears it.
    void showError(const QString& text);
    /// The program the command line names (trainscope-cli next to the app by default).
    void setProgram(const QString& program);

Q_SIGNALS:
    /// The user pressed Start with a request that has no problem.
    void startRequested(const ts::SweepRequest& request);
    /// The user asked for the main window's current configuration and data set again.
    void baseRequested();

private:
    QWidget* buildBase();
    QWidget* buildParameters();
    QWidget* buildStrategy();
    QWidget* buildCommand();
    void updateCommand();
    void start();
    void browseOutput();

    QString m_program;
    QLineEdit* m_data = nullptr;
    QComboBox* m_preset = nullptr;
    QSpinBox* m_epochs = nullptr;
    QSpinBox* m_batchSize = nullptr;
    QDoubleSpinBox* m_lr = nullptr;
    QComboBox* m_optimizer = nullptr;
    QSpinBox* m_evalsPerEpoch = nullptr;
    TrainConfig m_base;     // the main window's form, sent whole while the preset is still its own
    bool m_hasBase = false;
    QTableWidget* m_params = nullptr;
    QComboBox* m_strategy = nullptr;
    QSpinBox* m_trials = nullptr;
    QSpinBox* m_gridPoints = nullptr;
    QComboBox* m_objective = nullptr;
    QCheckBox* m_finalObjective = nullptr;
    QSpinBox* m_eta = nullptr;
    QSpinBox* m_minRounds = nullptr;
    QDoubleSpinBox* m_timeLimit = nullptr;
    QSpinBox* m_seed = nullptr;
    QLineEdit* m_out = nullptr;
    QPlainTextEdit* m_command = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_start = nullptr;
};

}  // namespace ts
