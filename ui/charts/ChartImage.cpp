#include "ui/charts/ChartImage.h"
#include "ui/common/FileWrite.h"
#include "ui/common/Settings.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QSvgGenerator>
#include <QWidget>

namespace ts {

namespace {

constexpr const char* kSvgMime = "image/svg+xml";

/// The widget painted onto an SVG generator writing into `device`.
bool renderSvg(QWidget* widget, QIODevice* device, const QString& title) {
    QSvgGenerator svg;
    svg.setOutputDevice(device);
    svg.setSize(widget->size());
    svg.setViewBox(QRect(QPoint(0, 0), widget->size()));
    svg.setTitle(title);
    svg.setDescription(QStringLiteral("Made by TrainScope"));
    QPainter painter;
    if (!painter.begin(&svg)) return false;
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
    return painter.end();
}

QImage renderImage(QWidget* widget) {
    const qreal ratio = widget->devicePixelRatioF();
    QImage image(widget->size() * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(widget->palette().color(QPalette::Window));
    QPainter painter(&image);
    widget->render(&painter, QPoint(), QRegion(), QWidget::DrawWindowBackground | QWidget::DrawChildren);
    return image;
}

QString fileStem(const QString& title) {
    QString stem = title.trimmed().toLower();
    stem.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
    stem.remove(QRegularExpression(QStringLiteral("^-+|-+$")));
    return stem.isEmpty() ? QStringLiteral("chart") : stem;
}

}  // namespace

bool saveWidgetSvg(QWidget* widget, const QString& path, const QString& title, QString* error) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!renderSvg(widget, &buffer, title)) {
        if (error) *error = QObject::tr("Cannot draw the chart into %1.").arg(path);
        return false;
    }
    return saveFileAtomically(path, buffer.data(), error);
}

bool saveWidgetPng(QWidget* widget, const QString& path, QString* error) {
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!renderImage(widget).save(&buffer, "PNG")) {
        if (error) *error = QObject::tr("Cannot encode the chart as PNG for %1.").arg(path);
        return false;
    }
    return saveFileAtomically(path, buffer.data(), error);
}

QMimeData* widgetMimeData(QWidget* widget, const QString& title) {
    auto* data = new QMimeData;
    data->setImageData(renderImage(widget));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (renderSvg(widget, &buffer, title)) data->setData(QString::fromLatin1(kSvgMime), buffer.data());
    return data;
}

void copyWidgetToClipboard(QWidget* widget, const QString& title) {
    QApplication::clipboard()->setMimeData(widgetMimeData(widget, title));
}

void promptSaveWidgetImage(QWidget* widget, const QString& title, const QString& format) {
    const bool svg = format.compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    const QString folder = settings::imageFolder.get(QDir::homePath());
    const QString suffix = svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    const QString path = QFileDialog::getSaveFileName(
        widget, svg ? QObject::tr("Save chart as SVG") : QObject::tr("Save chart as PNG"),
        QDir(folder).filePath(fileStem(title) + suffix),
        svg ? QObject::tr("SVG vector images (*.svg)") : QObject::tr("PNG images (*.png)"));
    if (path.isEmpty()) return;
    settings::imageFolder.set(QFileInfo(path).absolutePath());
    QString error;
    const bool ok = svg ? saveWidgetSvg(widget, path, title, &error) : saveWidgetPng(widget, path, &error);
    if (!ok) QMessageBox::warning(widget, QObject::tr("Save chart"), error);
}

void addImageActions(QMenu* menu, QWidget* widget, const QString& title, ImageActions which) {
    if (which == ImageActions::All)
        QObject::connect(menu->addAction(QObject::tr("Save as PNG…")), &QAction::triggered, widget,
                         [widget, title] { promptSaveWidgetImage(widget, title, QStringLiteral("png")); });
    QObject::connect(menu->addAction(QObject::tr("Save as SVG…")), &QAction::triggered, widget,
                     [widget, title] { promptSaveWidgetImage(widget, title, QStringLiteral("svg")); });
    QObject::connect(menu->addAction(QObject::tr("Copy to clipboard")), &QAction::triggered, widget,
                     [widget, title] { copyWidgetToClipboard(widget, title); });
}

void installImageContextMenu(QWidget* widget, const QString& title) {
    widget->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(widget, &QWidget::customContextMenuRequested, widget, [widget, title](const QPoint& pos) {
        QMenu menu(widget);
        addImageActions(&menu, widget, title);
        menu.exec(widget->mapToGlobal(pos));
    });
}

}  // namespace ts
