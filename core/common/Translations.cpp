#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace syncdesk {

QStringList supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ja")};
}

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
} // namespace

QString storedLanguage()
{
    const QString lang = QSettings().value(kLanguageKey).toString();
    return supportedLanguages().contains(lang) ? lang : QString();
}

void storeLanguage(const QString& language)
{
    if (supportedLanguages().contains(language))
        QSettings().setValue(kLanguageKey, language);
    else
        QSettings().remove(kLanguageKey);
}

namespace {
QString g_inEffect = QStringLiteral("en");
}

QString languageInEffect()
{
    return g_inEffect;
}

QString resolveLanguage(const QString& choice)
{
    const QString lang = choice.trimmed().toLower();
    if (!lang.isEmpty())
        return supportedLanguages().contains(lang) ? lang : QStringLiteral("en");
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString l = ui.left(2).toLower();
        if (supportedLanguages().contains(l))
            return l;
    }
    return QStringLiteral("en");
}

QString installTranslations(const QString& language)
{
    // --lang, else the welcome page's or the settings dialog's choice, else the system's.
    const QString lang =
        resolveLanguage(language.trimmed().isEmpty() ? storedLanguage() : language);
    QLocale::setDefault(QLocale(lang));
    g_inEffect = lang;
    if (lang == QLatin1String("en"))
        return lang;
    auto* app = QCoreApplication::instance();
    auto* own = new QTranslator(app);
    // Installed catalogs first (<prefix>/share/syncdesk/translations next to <prefix>/bin), so a
    // package can ship newer ones without a rebuild; the copies built into the binary otherwise.
    const QString installed =
        QCoreApplication::applicationDirPath() + QStringLiteral("/../share/syncdesk/translations");
    if (own->load(QStringLiteral("syncdesk_") + lang, installed) ||
        own->load(QStringLiteral(":/i18n/syncdesk_") + lang))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_") + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return lang;
}

} // namespace syncdesk
