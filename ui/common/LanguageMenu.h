// View ▸ Language: the interface's language, remembered for the next start.
#pragma once

#include <QMenu>

class QActionGroup;

namespace ts {

/// The Language menu: "System language" or one of the offered languages; the choice applies at the next start.
class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    /// A menu showing the remembered choice (ts::settings::language) as checked.
    explicit LanguageMenu(QWidget* parent = nullptr);

private:
    /// Remembers `code` ("" = system) and says that it applies at the next start.
    void choose(const QString& code);
    /// Adds one checkable choice.
    void addChoice(const QString& text, const QString& code, const QString& current);

    QActionGroup* m_group = nullptr;
};

}  // namespace ts
