// The Evaluate window's inputs: which model, which data, the run to compare with and the options (a text
// table's text column, a TorchScript language model's tokenizer and context, shown when the data is text), then
// the Evaluate / Cancel / Export row with the progress bar. It emits clicks; the window decides.
#pragma once

#include "core/eval/Evaluator.h"

#include <QList>
#include <QString>
#include <QWidget>

class QComboBox;
class QGridLayout;
class QGroupBox;
class QHBoxLayout;
class QLineEdit;
class QProgressBar;
class QLabel;
class QPushButton;
class QSettings;
class QSpinBox;
class QToolButton;

namespace ts {

/// The fields of an evaluation request with their Browse buttons, and the row that starts, stops and exports it.
class EvaluateInputsPanel : public QWidget {
    Q_OBJECT
public:
    /// Builds the fields (empty) and the idle run row.
    explicit EvaluateInputsPanel(QWidget* parent = nullptr);

    /// The request the fields describe (trimmed; split, device and lists normalized).
    EvaluateRequest request() const;
    /// Fills the fields from a request.
    void setRequest(const EvaluateRequest& request);
    /// What is wrong with the fields for the user ("" when they can be evaluated).
    QString validateInputs() const;

    /// Restores the fields from `settings`, already opened in the Evaluate group.
    void loadSettings(const QSettings& settings);
    /// Remembers the fields in `settings`, already opened in the Evaluate group.
    void saveSettings(QSettings& settings) const;

    /// Running: the fields and Evaluate are locked and Cancel is enabled. Idle: the other way round, and
    /// the progress bar is emptied (its text stays).
    void setRunning(bool running);
    /// Enables Cancel (disabled once a cancel was asked for).
    void setCancelEnabled(bool enabled);
    /// True when the text column field is offered (the data is a labelled text table, or the field is filled).
    bool offersTextColumn() const;
    /// True when the tokenizer and context fields are offered (a TorchScript model on text, or they are filled).
    bool offersLanguageModelFields() const;
    /// Enables Export… (there is a result and nothing runs).
    void setExportEnabled(bool enabled);
    /// The progress bar as a busy indicator saying `what`.
    void showBusy(const QString& what);
    /// Progress: `done` of `total` items of `what`; total <= 0 means unknown (busy indicator).
    void showProgress(qint64 done, qint64 total, const QString& what);
    /// The progress bar full, saying `what`.
    void showDone(const QString& what);
    /// Replaces the progress bar's text ("Cancelling…", "Failed").
    void setProgressText(const QString& what);

Q_SIGNALS:
    /// Evaluate was clicked.
    void evaluateClicked();
    /// Cancel was clicked.
    void cancelClicked();
    /// Export… was clicked (or Ctrl+S pressed).
    void exportClicked();

private:
    void createFields();
    void createCombos();
    QToolButton* makeBrowseButton(QLineEdit* edit, const QString& title, const char* filter, bool fileFirst);
    QGridLayout* buildPaths();
    void buildScriptOptions();
    QHBoxLayout* buildRunRow();
    void updateModelHints();
    void createTextFields();
    void updateTextFields();
    void browseFile(QLineEdit* edit, const QString& title, const QString& filter);
    void browseFolder(QLineEdit* edit, const QString& title);

    QGroupBox* m_inputs = nullptr;
    QLineEdit* m_model = nullptr;
    QLineEdit* m_data = nullptr;
    QLineEdit* m_run = nullptr;
    QLineEdit* m_reference = nullptr;
    QLineEdit* m_inputShape = nullptr;
    QLineEdit* m_classNames = nullptr;
    QLineEdit* m_labelColumn = nullptr;
    QLineEdit* m_textColumn = nullptr;
    QWidget* m_textColumnBox = nullptr;      // its label and field, shown for labelled text tables
    QLineEdit* m_tokenizer = nullptr;
    QSpinBox* m_contextLength = nullptr;
    QList<QWidget*> m_languageModelFields;   // tokenizer and context rows, shown for TorchScript models on text
    QComboBox* m_split = nullptr;
    QComboBox* m_device = nullptr;
    QGroupBox* m_scriptOptions = nullptr;
    QPushButton* m_evaluate = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_export = nullptr;
    QProgressBar* m_progress = nullptr;
};

}  // namespace ts
