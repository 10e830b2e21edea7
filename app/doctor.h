// `reportlens doctor`: checks this installation as the user's machine sees it and names what
// is missing: the bundled seeds, the translations of the UI language (the program's and Qt's
// own), the database drivers, the font PDF reports embed, and the window itself, opened on the
// offscreen platform with File → Import showing Qt's file dialog in that language.
#pragma once

#include <QCoreApplication>

class QIODevice;

namespace reportlens {

class UiLanguage;

class Doctor {
    Q_DECLARE_TR_FUNCTIONS(Doctor)

public:
    // language: "zh_CN", "en", or empty for the window's language. Returns the exit status:
    // 0 when everything is in place, 1 when something is missing.
    static int run(const QString &language, QIODevice *out);

private:
    explicit Doctor(QIODevice *out) : m_out(out) {}
    void ok(const QString &what, const QString &found);
    void missing(const QString &what, const QString &reason);
    void checkSeeds();
    void checkTranslations(const UiLanguage &language);
    void checkDrivers();
    void checkPdfFont();
    void checkWindow(const UiLanguage &language);

    QIODevice *m_out;
    bool m_missing = false;
};

}  // namespace reportlens
