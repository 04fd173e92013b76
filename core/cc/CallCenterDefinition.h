#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace syncdesk {

// One problem found in a call-center definition (generated or read from a file): a stable code
// to branch on and test, the translated sentence for people, the item it concerns (the form
// marks that field) and, for files, the line.
struct CtiProblem
{
    QString code;    // e.g. "sortOrder.gap", "softphoneWidth.range"
    QString message; // translated: what is wrong and what to do
    QString field;   // the section or item name concerned (reqSoftphoneWidth, ...); may be empty
    int line = 0;    // 1-based line in the file; 0 for generated definitions
};

// The Open CTI call-center definition file's shape (<callCenter>/<section>/<item>), kept in the
// order of the file so a definition is written back exactly as read.
struct CallCenterItem
{
    QString sortOrder; // text as written: validation reports non-numbers
    QString name;
    QString label;
    QString value;
    bool labelFirst = false; // attribute order label, name, sortOrder (the seed's last general item)
    int line = 0;
};

struct CallCenterSection
{
    QString sortOrder;
    QString name;
    QString label;
    QList<CallCenterItem> items;
    int line = 0;
};

struct CallCenterParseResult
{
    QList<CallCenterSection> sections;
    QList<CtiProblem> problems; // XML errors and every Open CTI rule broken, with lines
};

// The Zoom Contact Center call-center definition of seed 004 ("zoom-contact-center-salesforce"):
// the standard file on zoom.us and the SSO file on the customer's vanity host. The defaults are
// the seed's values, so standard().toXml() is the seed's XML line for line.
class CallCenterDefinition
{
    Q_DECLARE_TR_FUNCTIONS(CallCenterDefinition)
public:
    enum class Variant
    {
        Standard,
        Sso
    };

    Variant variant = Variant::Standard;
    QString vanityHost; // SSO only: replaces zoom.us in the adapter URL (e.g. acme.zoom.us)
    QString internalNameLabel = QStringLiteral("Zoom Contact Center");
    QString internalName = QStringLiteral("zoomcontactcenter");
    QString displayName = QStringLiteral("Zoom Contact Center");
    QString description;
    QString adapterUrl = QStringLiteral("https://zoom.us/cci/multi/callbar-cti");
    QString useApi = QStringLiteral("true");
    int softphoneHeight = 680;
    int softphoneWidth = 700;
    QString compatibilityMode = QStringLiteral("Classic_and_Lightning");
    QString outsidePrefix = QStringLiteral("9");
    QString longDistPrefix = QStringLiteral("1");
    QString internationalPrefix = QStringLiteral("01");

    static CallCenterDefinition standard();
    // The seed's SSO file; an empty host keeps the seed's placeholder "yourVanityUrl".
    static CallCenterDefinition sso(const QString& vanityHost = {});
    // The adapter URL with zoom.us replaced by the vanity host (SSO; the seed's placeholder when
    // the host is empty). Standard: the URL unchanged.
    static QString adapterUrlForHost(const QString& host);
    static QString seedSsoPlaceholderHost() { return QStringLiteral("yourVanityUrl"); }

    QList<CallCenterSection> sections() const;
    // The definition file, written as the seed shows it: no declaration, one element per line.
    QByteArray toXml() const;
    QList<CtiProblem> validate() const;

    QJsonObject toJson() const;
    static CallCenterDefinition fromJson(const QJsonObject& o);

    // Every Open CTI rule (cxone-and-salesforce.md §B7) over a definition's sections.
    static QList<CtiProblem> validateSections(const QList<CallCenterSection>& sections);
    // Reads an existing definition file and validates it; XML errors stop at their line.
    static CallCenterParseResult parse(const QByteArray& xml);
    static QByteArray writeXml(const QList<CallCenterSection>& sections);
    static QStringList compatibilityModes();
};

} // namespace syncdesk
