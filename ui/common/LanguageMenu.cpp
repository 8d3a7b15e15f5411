#include "ui/common/LanguageMenu.h"

#include "ui/common/Settings.h"
#include "ui/common/Translations.h"

#include <QActionGroup>
#include <QMessageBox>

namespace ts {

LanguageMenu::LanguageMenu(QWidget* parent) : QMenu(tr("&Language"), parent), m_group(new QActionGroup(this)) {
    setObjectName(QStringLiteral("languageMenu"));
    const QString current = settings::language.get();
    addChoice(tr("&System language"), QString(), current);
    addSeparator();
    // Each language is named in itself, so that it can be found whatever the interface speaks now.
    for (const InterfaceLanguage& language : Translations::offered()) addChoice(language.nativeName, language.code, current);
}

void LanguageMenu::addChoice(const QString& text, const QString& code, const QString& current) {
    QAction* action = addAction(text);
    action->setObjectName(QStringLiteral("language_") + (code.isEmpty() ? QStringLiteral("system") : code));
    action->setCheckable(true);
    action->setChecked(code == current);
    action->setData(code);
    m_group->addAction(action);
    connect(action, &QAction::triggered, this, [this, code] { choose(code); });
}

void LanguageMenu::choose(const QString& code) {
    if (code == settings::language.get()) return;
    settings::language.set(code);
    QWidget* owner = parentWidget();  // the window whose menu bar holds this menu, past the View menu
    while (qobject_cast<QMenu*>(owner)) owner = owner->parentWidget();
    QMessageBox::information(owner ? owner->window() : nullptr, tr("Language"),
                             tr("The interface will use the new language the next time TrainScope starts."));
}

}  // namespace ts
