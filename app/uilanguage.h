// The translations of one UI language, installed while the object lives: the program's own
// and Qt's (file dialogs, OK/Cancel, print preview), so that the whole window speaks it.
#pragma once

#include <QLocale>
#include <QTranslator>

namespace reportlens {

class UiLanguage {
public:
    explicit UiLanguage(const QLocale &locale);
    ~UiLanguage();
    UiLanguage(const UiLanguage &) = delete;
    UiLanguage &operator=(const UiLanguage &) = delete;

    // The window's language: the one chosen in View → Language, else the system's.
    static QLocale windowLocale();
    // Remembers the choice of View → Language ("zh_CN" or "en").
    static void setWindowLanguage(const QString &language);

    QLocale locale() const { return m_locale; }
    // English is the sources' own language: no translation is needed for it.
    bool isEnglish() const { return m_locale.language() != QLocale::Chinese; }
    // The files loaded; empty when there was none for this language.
    QString programTranslation() const { return m_program.filePath(); }
    QString qtTranslation() const { return m_qt.filePath(); }

private:
    QLocale m_locale;
    QTranslator m_program;
    QTranslator m_qt;
};

}  // namespace reportlens
