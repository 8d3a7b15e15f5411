#include "ui/lm/PlaygroundPanel.h"

#include "ui/common/LayoutMetrics.h"
#include "ui/lm/TokenStreamView.h"
#include "ui/training/FormFields.h"

#include <QCheckBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>

namespace ts {

namespace {

constexpr int kPromptRows = 3;
constexpr int kMaxTopK = 1 << 20;
constexpr int kMaxTokensOffered = 100000;
constexpr double kMinTemperature = 0.01;
constexpr double kMaxTemperature = 10.0;
constexpr double kTemperatureStep = 0.1;
constexpr int kTemperatureDecimals = 2;

}  // namespace

PlaygroundPanel::PlaygroundPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("playgroundPanel"));
    m_promptEdit = new QPlainTextEdit();
    m_promptEdit->setObjectName(QStringLiteral("playgroundPromptEdit"));
    m_promptEdit->setPlaceholderText(tr("Type a prompt (or leave it empty), then press Ctrl+Return"));
    m_promptEdit->setFixedHeight(m_promptEdit->fontMetrics().lineSpacing() * kPromptRows +
                                 2 * LayoutMetrics::kPanelMargin);
    m_output = new TokenStreamView();

    auto* column = new QVBoxLayout(this);
    constexpr int margin = LayoutMetrics::kPanelMargin;
    column->setContentsMargins(margin, margin, margin, margin);
    column->setSpacing(LayoutMetrics::kSpacing);
    column->addWidget(buildSourceRow());
    column->addWidget(m_promptEdit);
    column->addWidget(buildSettingsRow());
    column->addWidget(buildButtonsRow());
    column->addWidget(m_output, 1);

    // Ctrl+Return in the prompt generates. The window's Train action has the same shortcut, and two shortcuts on
    // one key cancel each other out in Qt; so the prompt claims the key (ShortcutOverride) and handles it itself.
    m_promptEdit->installEventFilter(this);
    updateButtons();
}

void PlaygroundPanel::focusPrompt() { m_promptEdit->setFocus(Qt::ShortcutFocusReason); }

bool PlaygroundPanel::eventFilter(QObject* watched, QEvent* event) {
    const bool overrideOrPress = event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress;
    if (watched == m_promptEdit && overrideOrPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        const bool generateKey = (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
                                 key->modifiers().testFlag(Qt::ControlModifier);
        if (generateKey) {
            event->accept();
            if (event->type() == QEvent::KeyPress) requestGeneration();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QWidget* PlaygroundPanel::buildSourceRow() {
    m_sourceLabel = new QLabel(tr("No model chosen"));
    m_sourceLabel->setObjectName(QStringLiteral("playgroundSourceLabel"));
    m_sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long path must not widen the window: the label shows what fits, its tooltip the whole path.
    m_sourceLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_currentRunButton = new QToolButton();
    m_currentRunButton->setObjectName(QStringLiteral("useCurrentRunButton"));
    m_currentRunButton->setText(tr("Current run"));
    m_currentRunButton->setToolTip(tr("The current run's latest checkpoint (while paused or after training)"));
    connect(m_currentRunButton, &QToolButton::clicked, this, &PlaygroundPanel::useCurrentRun);
    auto* checkpoint = new QToolButton();
    checkpoint->setObjectName(QStringLiteral("chooseCheckpointButton"));
    checkpoint->setText(tr("Checkpoint…"));
    checkpoint->setToolTip(tr("A language model's checkpoint file (.pt)"));
    connect(checkpoint, &QToolButton::clicked, this, &PlaygroundPanel::chooseCheckpoint);
    auto* folder = new QToolButton();
    folder->setObjectName(QStringLiteral("chooseRunFolderButton"));
    folder->setText(tr("Run folder…"));
    folder->setToolTip(tr("A language-model run's folder (its best or last checkpoint)"));
    connect(folder, &QToolButton::clicked, this, &PlaygroundPanel::chooseRunFolder);
    auto* row = new QWidget();
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Model:")));
    layout->addWidget(m_sourceLabel, 1);
    layout->addWidget(m_currentRunButton);
    layout->addWidget(checkpoint);
    layout->addWidget(folder);
    return row;
}

QWidget* PlaygroundPanel::buildSettingsRow() {
    const SampleSettings defaults;
    m_temperatureSpin = form::makeSpin<QDoubleSpinBox>(QStringLiteral("playgroundTemperatureSpin"),
                                                  tr("Lower is more predictable, higher more varied"));
    m_temperatureSpin->setRange(kMinTemperature, kMaxTemperature);
    m_temperatureSpin->setDecimals(kTemperatureDecimals);
    m_temperatureSpin->setSingleStep(kTemperatureStep);
    m_temperatureSpin->setValue(defaults.temperature);
    m_topKSpin = form::makeSpin<QSpinBox>(QStringLiteral("playgroundTopKSpin"), tr("Sample among the k most likely "
                                                                               "tokens (0 = all)"));
    m_topKSpin->setRange(0, kMaxTopK);
    m_topKSpin->setSpecialValueText(tr("all"));
    m_topKSpin->setValue(defaults.topK);
    m_maxTokensSpin = form::makeSpin<QSpinBox>(QStringLiteral("playgroundMaxTokensSpin"), tr("Tokens to generate"));
    m_maxTokensSpin->setRange(1, kMaxTokensOffered);
    m_maxTokensSpin->setValue(static_cast<int>(defaults.maxTokens));
    m_seedSpin = form::makeSpin<QSpinBox>(QStringLiteral("playgroundSeedSpin"), tr("The same seed, model and prompt "
                                                                               "give the same text"));
    m_seedSpin->setRange(0, INT_MAX);
    m_seedSpin->setValue(static_cast<int>(defaults.seed));
    // Two rows of two, so that the panel fits its dock column beside the charts.
    auto* row = new QWidget();
    auto* layout = new QGridLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    int cell = 0;
    for (auto [label, field] : {std::pair<QString, QWidget*>{tr("Temperature:"), m_temperatureSpin},
                                {tr("Top-k:"), m_topKSpin}, {tr("Max tokens:"), m_maxTokensSpin},
                                {tr("Seed:"), m_seedSpin}}) {
        layout->addWidget(new QLabel(label), cell / 2, (cell % 2) * 2);
        layout->addWidget(field, cell / 2, (cell % 2) * 2 + 1);
        ++cell;
    }
    layout->setColumnStretch(4, 1);
    return row;
}

QWidget* PlaygroundPanel::buildButtonsRow() {
    m_generateButton = new QPushButton(tr("Generate"));
    m_generateButton->setObjectName(QStringLiteral("generateButton"));
    m_generateButton->setToolTip(tr("Continue the prompt (Ctrl+Return)"));
    connect(m_generateButton, &QPushButton::clicked, this, &PlaygroundPanel::requestGeneration);
    m_stopButton = new QPushButton(tr("Stop"));
    m_stopButton->setObjectName(QStringLiteral("stopGenerationButton"));
    connect(m_stopButton, &QPushButton::clicked, this, &PlaygroundPanel::stopRequested);
    m_colorCheck = new QCheckBox(tr("Colour by probability"));
    m_colorCheck->setObjectName(QStringLiteral("colorByProbabilityCheck"));
    m_colorCheck->setToolTip(tr("Each token's background shows how likely it was: red unlikely, green likely"));
    connect(m_colorCheck, &QCheckBox::toggled, m_output, &TokenStreamView::setColorByProbability);
    m_statusLabel = new QLabel();
    m_statusLabel->setObjectName(QStringLiteral("playgroundStatusLabel"));
    m_statusLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto* row = new QWidget();
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_generateButton);
    layout->addWidget(m_stopButton);
    layout->addWidget(m_colorCheck);
    layout->addWidget(m_statusLabel, 1);
    return row;
}

void PlaygroundPanel::setSource(const QString& path) {
    m_source = path;
    m_sourceIsCurrentRun = false;
    m_sourceLabel->setText(QDir::toNativeSeparators(path));
    m_sourceLabel->setToolTip(m_sourceLabel->text());
    updateButtons();
}

void PlaygroundPanel::setCurrentRun(const QString& runDir) {
    m_currentRun = runDir;
    if (m_source.isEmpty() && !runDir.isEmpty()) useCurrentRun();  // the obvious model once there is one
    updateButtons();
}

void PlaygroundPanel::setTrainingRunning(bool running) {
    m_trainingRunning = running;
    updateButtons();
}

void PlaygroundPanel::useCurrentRun() {
    if (m_currentRun.isEmpty()) return;
    setSource(m_currentRun);
    m_sourceIsCurrentRun = true;
    m_sourceLabel->setText(tr("Current run (%1)").arg(QFileInfo(m_currentRun).fileName()));
    updateButtons();
}

void PlaygroundPanel::chooseCheckpoint() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Language Model Checkpoint"), m_source,
                                                      tr("Checkpoints (*.pt);;All files (*)"));
    if (!path.isEmpty()) setSource(path);
}

void PlaygroundPanel::chooseRunFolder() {
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Language Model Run"), m_source);
    if (!dir.isEmpty()) setSource(dir);
}

void PlaygroundPanel::updateButtons() {
    const bool currentBusy = m_sourceIsCurrentRun && m_trainingRunning;
    m_currentRunButton->setEnabled(!m_currentRun.isEmpty() && !m_trainingRunning && !m_generating);
    m_generateButton->setEnabled(!m_source.isEmpty() && !currentBusy && !m_generating);
    m_stopButton->setEnabled(m_generating);
    if (currentBusy && !m_generating) setStatus(tr("The current run is training: pause it to generate"));
}

void PlaygroundPanel::setStatus(const QString& text) { m_statusLabel->setText(text); }

void PlaygroundPanel::requestGeneration() {
    if (!m_generateButton->isEnabled()) return;
    GenerationRequest request;
    request.source = m_source;
    request.prompt = m_promptEdit->toPlainText();
    request.settings.temperature = m_temperatureSpin->value();
    request.settings.topK = m_topKSpin->value();
    request.settings.maxTokens = m_maxTokensSpin->value();
    request.settings.seed = static_cast<uint64_t>(m_seedSpin->value());
    m_generating = true;
    m_output->start(request.prompt);
    setStatus(tr("Loading the model…"));
    updateButtons();
    Q_EMIT generateRequested(request);
}

void PlaygroundPanel::generationStarted(const QString& description) { setStatus(tr("Generating with %1").arg(description)); }

void PlaygroundPanel::appendToken(const StreamedToken& token) { m_output->appendToken(token); }

void PlaygroundPanel::generationFinished(const QString& note) {
    m_generating = false;
    setStatus(note);
    updateButtons();
}

void PlaygroundPanel::generationFailed(const QString& message) {
    m_generating = false;
    setStatus(tr("Failed: %1").arg(message));
    updateButtons();
}

}  // namespace ts
