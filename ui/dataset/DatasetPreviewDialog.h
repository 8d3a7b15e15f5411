// The dataset preview shown after a data set is chosen and before it is used: format, shapes,
// split sizes, a class histogram, sample thumbnails or the first table rows, and warnings; plus
// the load options that fit the format (label column, image size and colour, split fractions),
// which the user can change and reload with before using the data.
#pragma once

#include "core/data/DatasetLoader.h"
#include "core/text/TextPreview.h"

#include <QDialog>
#include <QFormLayout>
#include <QImage>

#include <functional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QHBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTableWidget;

namespace ts {

class DatasetPreviewDialog : public QDialog {
    Q_OBJECT
public:
    /// Builds the dialog for `preview`; Accepted means "use this data set", Rejected "go back".
    /// The option controls start from the options the preview was loaded with (preview.loadOptions).
    explicit DatasetPreviewDialog(const DatasetPreview& preview, QWidget* parent = nullptr);

    /// The "Use This Data Set" button (disabled when the data cannot be trained on, while reloading,
    /// and while the chosen options differ from the previewed ones).
    QPushButton* useButton() const { return m_use; }
    /// The text of the warnings panel.
    QString warningsText() const;
    /// Number of sample thumbnails shown (image data).
    int thumbnailCount() const { return m_thumbnailCount; }
    /// Table of the first rows (tables; nullptr for image data).
    QTableWidget* rowsTable() const { return m_rows; }
    /// The preview shown now (the latest one when it was reloaded).
    const DatasetPreview& preview() const { return m_preview; }

    /// The "Options" group (hidden when the format offers no choices, e.g. an IDX folder).
    QGroupBox* optionsGroup() const { return m_optionsGroup; }
    /// Tables: the label-column combo box (nullptr for other formats).
    QComboBox* labelColumnCombo() const { return m_labelCombo; }
    /// Image folders: "resize to" check box and the width and height spin boxes (nullptr otherwise).
    QCheckBox* resizeCheck() const { return m_resize; }
    QSpinBox* imageWidthSpin() const { return m_widthSpin; }
    QSpinBox* imageHeightSpin() const { return m_heightSpin; }
    /// Image folders: colour mode combo box, Auto / Grayscale / RGB (nullptr otherwise).
    QComboBox* colorCombo() const { return m_colorCombo; }
    /// Validation and test share in percent (nullptr when the data brings its own split).
    QDoubleSpinBox* validationSpin() const { return m_valSpin; }
    QDoubleSpinBox* testSpin() const { return m_testSpin; }
    /// The "Reload" button (enabled when an option changed and the options are valid).
    QPushButton* reloadButton() const { return m_reload; }
    /// The inline message about invalid options ("" when they are valid).
    QString optionsError() const;
    /// True from a reload request until the new preview (or a failure) arrives.
    bool isReloading() const { return m_reloading; }

    /// The options the controls describe now (what Reload would load with).
    LoadOptions chosenOptions() const;
    /// The options the shown preview was loaded with.
    const LoadOptions& previewedOptions() const { return m_previewed; }
    /// True when the chosen options differ from the previewed ones.
    bool optionsChanged() const;

    /// A planar uint8 thumbnail as a QImage (grayscale or RGB).
    static QImage toImage(const Thumbnail& t);
    /// The split fractions, image size and colour used last (QSettings), as defaults for the next
    /// data set; the label column is always left to the loader. Invalid stored values fall back to defaults.
    static LoadOptions rememberedLoadOptions();
    /// Stores the choices of `options` that apply to `preview`'s format as the next defaults.
    static void rememberLoadOptions(const LoadOptions& options, const DatasetPreview& preview);

public Q_SLOTS:
    /// Shows a new preview of the same data set in place (after a reload); the options the user chose stay.
    void showPreview(const ts::DatasetPreview& preview);
    /// A text corpus: shows its sizes, vocabulary, most frequent tokens and sample lines in place of the class
    /// histogram and the samples.
    void setTextPreview(const ts::TextPreview& preview);
    /// A reload failed: leaves the busy state and shows `message` under the options; the previous
    /// preview stays shown (and is what "Use This Data Set" would use once the options match it again).
    void reloadFailed(const QString& message);
    /// Asks for a reload with the chosen options (what the Reload button does); ignored when nothing
    /// changed, the options are invalid or a reload is already running.
    void requestReload();
    /// Uses the previewed data (remembers its options as the next defaults); ignored while reloading
    /// or while the chosen options differ from the previewed ones.
    void accept() override;

Q_SIGNALS:
    /// The user asked to load the same data set again with `options`.
    void reloadRequested(const ts::LoadOptions& options);

private:
    QWidget* buildSummary(const DatasetPreview& p);
    QWidget* buildHistogram(const DatasetPreview& p);
    QWidget* buildThumbnails(const DatasetPreview& p);
    QWidget* buildTable(const DatasetPreview& p);
    QSplitter* buildBody(const DatasetPreview& p);
    QGroupBox* buildOptions(const DatasetPreview& p);
    void addLabelColumnOption(QFormLayout* form, const DatasetPreview& p, const std::function<void()>& changed);
    void addImageOptions(QFormLayout* form, const DatasetPreview& p, const std::function<void()>& changed);
    void addSparseLabelsOption(QFormLayout* form, const std::function<void()>& changed);
    void addSplitOptions(QFormLayout* form, const DatasetPreview& p, const std::function<void()>& changed);
    int previewedLabelIndex() const;     // row of the previewed label column in the combo box, -1 if none
    void fillWarnings(const DatasetPreview& p);
    void updateOptionState();
    void setReloading(bool reloading);

    DatasetPreview m_preview;
    LoadOptions m_previewed;             // what m_preview was loaded with
    QString m_reloadError;               // the last failed reload's message

    QHBoxLayout* m_top = nullptr;        // summary | options
    QWidget* m_summary = nullptr;
    QSplitter* m_body = nullptr;         // histogram | thumbnails or table
    QLabel* m_warnings = nullptr;
    QPushButton* m_use = nullptr;
    QTableWidget* m_rows = nullptr;
    int m_thumbnailCount = 0;

    QGroupBox* m_optionsGroup = nullptr;
    QComboBox* m_labelCombo = nullptr;
    QCheckBox* m_resize = nullptr;
    QSpinBox* m_widthSpin = nullptr;
    QSpinBox* m_heightSpin = nullptr;
    QComboBox* m_colorCombo = nullptr;
    QCheckBox* m_acceptSparse = nullptr;
    QDoubleSpinBox* m_valSpin = nullptr;
    QDoubleSpinBox* m_testSpin = nullptr;
    QLabel* m_trainShare = nullptr;
    QLabel* m_optionsMessage = nullptr;
    QPushButton* m_reload = nullptr;
    QProgressBar* m_busy = nullptr;
    bool m_reloading = false;
};

}  // namespace ts
