#include "ui/training/ConfigDock.h"

#include "ui/common/CoreText.h"
#include "ui/common/HintLabel.h"
#include "ui/common/LayoutMetrics.h"
#include "ui/common/TextFormat.h"
#include "ui/training/TrainingActions.h"
#include "ui/training/TrainingConfigForm.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ts {

namespace {

constexpr int kButtonHeight = 30;
constexpr int kPathMargin = 40;  // the data set box's frame and margins, left of the elided path

}  // namespace

ConfigDock::ConfigDock(const TrainingActions& actions, QWidget* parent) : QDockWidget(tr("Configuration"), parent) {
    setObjectName(QStringLiteral("configDock"));
    auto* panel = new QWidget();
    panel->setObjectName(QStringLiteral("configPanel"));
    auto* column = new QVBoxLayout(panel);
    constexpr int margin = LayoutMetrics::kPanelMargin;
    column->setContentsMargins(margin, margin, margin, margin);
    column->setSpacing(LayoutMetrics::kSectionSpacing);
    column->addWidget(buildDatasetBox(actions));
    m_form = new TrainingConfigForm();  // locked while a run is in progress
    column->addWidget(m_form);
    column->addStretch(1);

    auto* scroll = new QScrollArea();
    scroll->setObjectName(QStringLiteral("configScroll"));
    scroll->setWidget(panel);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    // The run buttons stay visible below the (possibly scrolled) form.
    auto* content = new QWidget();
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(0, 0, 0, LayoutMetrics::kPanelMargin);
    layout->setSpacing(LayoutMetrics::kTightSpacing);
    layout->addWidget(scroll, 1);
    layout->addLayout(buildRunButtons(actions));

    setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable | QDockWidget::DockWidgetClosable);
    setWidget(content);
    setMinimumWidth(kMinimumWidth);
}

QWidget* ConfigDock::buildDatasetBox(const TrainingActions& actions) {
    auto* box = new QGroupBox(tr("Data set"));
    box->setObjectName(QStringLiteral("datasetGroup"));
    auto* layout = new QVBoxLayout(box);
    layout->setSpacing(LayoutMetrics::kTightSpacing);
    m_datasetName = new QLabel(tr("No data set loaded"));
    m_datasetName->setObjectName(QStringLiteral("datasetNameLabel"));
    QFont bold = m_datasetName->font();
    bold.setBold(true);
    m_datasetName->setFont(bold);
    m_datasetName->setWordWrap(true);
    m_datasetPath = hintLabel();
    m_datasetPath->setObjectName(QStringLiteral("datasetPathLabel"));
    m_datasetPath->setWordWrap(false);
    m_datasetPath->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_datasetSizes = hintLabel(tr("Choose a folder with train/test IDX files, or drop it on the window."));
    m_datasetSizes->setObjectName(QStringLiteral("datasetSizesLabel"));
    m_openButton = new QPushButton(style()->standardIcon(QStyle::SP_DirOpenIcon), tr("Open…"));
    m_openButton->setObjectName(QStringLiteral("openDatasetButton"));
    m_openButton->setToolTip(actions.open()->toolTip());
    connect(m_openButton, &QPushButton::clicked, actions.open(), &QAction::trigger);
    layout->addWidget(m_datasetName);
    layout->addWidget(m_datasetPath);
    layout->addWidget(m_datasetSizes);
    auto* openRow = new QHBoxLayout();
    openRow->addStretch(1);
    openRow->addWidget(m_openButton);
    layout->addLayout(openRow);
    return box;
}

QLayout* ConfigDock::buildRunButtons(const TrainingActions& actions) {
    const auto makeButton = [](QAction* action, const QString& name) {
        auto* button = new QToolButton();
        button->setObjectName(name);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setMinimumHeight(kButtonHeight);
        return button;
    };
    QToolButton* train = makeButton(actions.train(), QStringLiteral("trainButton"));
    QFont trainFont = train->font();
    trainFont.setBold(true);
    train->setFont(trainFont);
    auto* row = new QHBoxLayout();
    row->setContentsMargins(LayoutMetrics::kPanelMargin, 0, LayoutMetrics::kPanelMargin, 0);
    row->setSpacing(LayoutMetrics::kSpacing);
    row->addWidget(train);
    row->addWidget(makeButton(actions.pause(), QStringLiteral("pauseButton")));
    row->addWidget(makeButton(actions.stop(), QStringLiteral("stopButton")));
    return row;
}

QString ConfigDock::showDataset(const DatasetInfo& info) {
    const QString path = QString::fromStdString(info.path);
    QString name = QString::fromStdString(info.name);
    if (name.isEmpty()) name = QFileInfo(path).fileName();
    m_datasetName->setText(name);
    const QString nativePath = QDir::toNativeSeparators(path);
    m_datasetPath->setText(
        m_datasetPath->fontMetrics().elidedText(nativePath, Qt::ElideMiddle, kMinimumWidth - kPathMargin));
    m_datasetPath->setToolTip(nativePath);
    QString sizes = tr("train %1 · val %2 · test %3")
                        .arg(grouped(info.trainCount), grouped(info.valCount), grouped(info.testCount));
    QStringList details;
    if (!info.classNames.empty()) details << tr("%n classes", nullptr, static_cast<int>(info.classNames.size()));
    if (info.height > 0 && info.width > 0)
        details << QStringLiteral("%1×%2×%3").arg(info.channels).arg(info.height).arg(info.width);
    if (!info.format.empty()) details << coreText(info.format);
    if (!details.isEmpty()) sizes += QLatin1Char('\n') + details.join(QStringLiteral(" · "));
    m_datasetSizes->setText(sizes);
    return name;
}

void ConfigDock::setEditable(bool editable) {
    m_openButton->setEnabled(editable);
    m_form->setEnabled(editable);
}

}  // namespace ts

