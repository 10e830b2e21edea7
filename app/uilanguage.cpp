#include "uilanguage.h"

#include "installlayout.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace reportlens {

namespace {
const QString kLanguageKey = u"ui/language"_s;
}

UiLanguage::UiLanguage(const QLocale &locale) : m_locale(locale) {
    if (m_program.load(locale, u"reportlens"_s, u"_"_s, InstallLayout::translationsFolder()))
        QCoreApplication::installTranslator(&m_program);
    // qt_<lang>.qm gathers qtbase's and the other modules' catalogues (Debian's
    // qt6-translations-l10n).
    if (!isEnglish() &&
        m_qt.load(locale, u"qt"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
}

UiLanguage::~UiLanguage() {
    QCoreApplication::removeTranslator(&m_qt);
    QCoreApplication::removeTranslator(&m_program);
}

QLocale UiLanguage::windowLocale() {
    const QString chosen = QSettings().value(kLanguageKey).toString();
    return chosen.isEmpty() ? QLocale() : QLocale(chosen);
}

void UiLanguage::setWindowLanguage(const QString &language) {
    QSettings().setValue(kLanguageKey, language);
}

}  // namespace reportlens
