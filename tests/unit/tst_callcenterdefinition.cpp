#include "cc/CallCenterDefinition.h"
#include "cc/CtiSettings.h"
#include "profile/Profile.h"

#include <QJsonDocument>
#include <QTest>
#include <QXmlStreamReader>

using namespace syncdesk;

namespace {

// The two files of seed 004 (zoom-contact-center-salesforce.ja.txt), verbatim.
const char* const kSeedStandard = R"(<callCenter>
<section sortOrder="0" name="reqGeneralInfo" label="General Info">
<item sortOrder="0" name="reqInternalName" label="Zoom Contact Center">zoomcontactcenter</item>
<item sortOrder="1" name="reqDisplayName" label="Display Name">Zoom Contact Center</item>
<item sortOrder="2" name="reqDescription" label="Description"></item>
<item sortOrder="3" name="reqAdapterUrl" label="CTI Adapter URL">https://zoom.us/cci/multi/callbar-cti</item>
<item sortOrder="4" name="reqUseApi" label="Use CTI API">true</item>
<item sortOrder="5" name="reqSoftphoneHeight" label="Softphone Height">680</item>
<item sortOrder="6" name="reqSoftphoneWidth" label="Softphone Width">700</item>
<item label="Salesforce Compatibility Mode" name="reqSalesforceCompatibilityMode" sortOrder="7">Classic_and_Lightning</item>
</section>
<section sortOrder="1" name="reqDialingOptions" label="Dialing Options">
<item sortOrder="0" name="reqOutsidePrefix" label="Outside Prefix">9</item>
<item sortOrder="1" name="reqLongDistPrefix" label="Long Distance Prefix">1</item>
<item sortOrder="2" name="reqInternationalPrefix" label="International Prefix">01</item>
</section>
</callCenter>
)";

const char* const kSeedSso = R"(<callCenter>
<section sortOrder="0" name="reqGeneralInfo" label="General Info">
<item sortOrder="0" name="reqInternalName" label="ZCCSSO">zccsso</item>
<item sortOrder="1" name="reqDisplayName" label="Display Name">ZCC SSO</item>
<item sortOrder="2" name="reqDescription" label="Description"></item>
<item sortOrder="3" name="reqAdapterUrl" label="CTI Adapter URL">https://yourVanityUrl/cci/multi/callbar-cti</item>
<item sortOrder="4" name="reqUseApi" label="Use CTI API">true</item>
<item sortOrder="5" name="reqSoftphoneHeight" label="Softphone Height">680</item>
<item sortOrder="6" name="reqSoftphoneWidth" label="Softphone Width">700</item>
<item label="Salesforce Compatibility Mode" name="reqSalesforceCompatibilityMode" sortOrder="7">Classic_and_Lightning</item>
</section>
<section sortOrder="1" name="reqDialingOptions" label="Dialing Options">
<item sortOrder="0" name="reqOutsidePrefix" label="Outside Prefix">9</item>
<item sortOrder="1" name="reqLongDistPrefix" label="Long Distance Prefix">1</item>
<item sortOrder="2" name="reqInternationalPrefix" label="International Prefix">01</item>
</section>
</callCenter>
)";

QString S(const char* s)
{
    return QString::fromUtf8(s);
}

QStringList L(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* s : list)
        out.append(QString::fromUtf8(s));
    return out;
}

QStringList codes(const QList<CtiProblem>& problems)
{
    QStringList out;
    for (const CtiProblem& p : problems)
        out.append(p.code);
    return out;
}

CtiProblem find(const QList<CtiProblem>& problems, const QString& code)
{
    for (const CtiProblem& p : problems) {
        if (p.code == code)
            return p;
    }
    return {};
}

} // namespace

class TestCallCenterDefinition : public QObject
{
    Q_OBJECT
private slots:
    void seedStandardReproducedExactly()
    {
        const CallCenterDefinition d = CallCenterDefinition::standard();
        QCOMPARE(QString::fromUtf8(d.toXml()), QString::fromUtf8(kSeedStandard));
        QVERIFY2(d.validate().isEmpty(), qPrintable(codes(d.validate()).join(u',')));
        // And the seed's own file passes the validator.
        QVERIFY(CallCenterDefinition::parse(kSeedStandard).problems.isEmpty());
    }

    void ssoVariantSwapsTheHost()
    {
        // Without a host: the seed's file with its placeholder, which the validator flags.
        const CallCenterDefinition placeholder = CallCenterDefinition::sso();
        QCOMPARE(QString::fromUtf8(placeholder.toXml()), QString::fromUtf8(kSeedSso));
        QCOMPARE(codes(placeholder.validate()), QStringList{QStringLiteral("adapterUrl.placeholder")});

        const CallCenterDefinition d = CallCenterDefinition::sso(QStringLiteral("https://acme.zoom.us/"));
        QCOMPARE(d.adapterUrl, QStringLiteral("https://acme.zoom.us/cci/multi/callbar-cti"));
        QString expected = QString::fromUtf8(kSeedSso);
        expected.replace(QStringLiteral("yourVanityUrl"), QStringLiteral("acme.zoom.us"));
        QCOMPARE(QString::fromUtf8(d.toXml()), expected);
        QVERIFY(d.validate().isEmpty());
        // The profile round trip keeps the variant and the edits.
        CallCenterDefinition edited = d;
        edited.softphoneWidth = 900;
        const CallCenterDefinition back = CallCenterDefinition::fromJson(edited.toJson());
        QCOMPARE(back.toXml(), edited.toXml());
        QCOMPARE(back.variant, CallCenterDefinition::Variant::Sso);
    }

    void eachRuleHasItsNamedError_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("gap") << S(R"(sortOrder="6" name="reqSoftphoneWidth")")
                             << S(R"(sortOrder="9" name="reqSoftphoneWidth")") << S("sortOrder.gap")
                             << S("reqGeneralInfo");
        QTest::newRow("negative") << S(R"(sortOrder="1" name="reqDialingOptions")")
                                  << S(R"(sortOrder="-1" name="reqDialingOptions")") << S("sortOrder.invalid")
                                  << S("reqDialingOptions");
        QTest::newRow("name chars") << S(R"(name="reqDescription")") << S(R"(name="my_Description")")
                                    << S("name.invalid") << S("my_Description");
        QTest::newRow("name long") << S(R"(name="reqDescription")")
                                   << S(R"(name="x%1")").arg(QString(40, u'y')) << S("name.tooLong")
                                   << QStringLiteral("x") + QString(40, u'y');
        QTest::newRow("reserved req")
            << S(R"(name="reqDescription")") << S(R"(name="reqMine")") << S("name.reserved") << S("reqMine");
        QTest::newRow("reserved word")
            << S(R"(name="reqDescription")") << S(R"(name="label")") << S("name.reserved") << S("label");
        QTest::newRow("internal name")
            << S(">zoomcontactcenter<") << S(">9zoom<") << S("internalName.invalid") << S("reqInternalName");
        QTest::newRow("http adapter")
            << S("https://zoom.us") << S("http://zoom.us") << S("adapterUrl.notHttps") << S("reqAdapterUrl");
        QTest::newRow("width low") << S(">700<") << S(">199<") << S("softphoneWidth.range")
                                   << S("reqSoftphoneWidth");
        QTest::newRow("width high") << S(">700<") << S(">1921<") << S("softphoneWidth.range")
                                    << S("reqSoftphoneWidth");
        QTest::newRow("height low") << S(">680<") << S(">239<") << S("softphoneHeight.range")
                                    << S("reqSoftphoneHeight");
        QTest::newRow("height high") << S(">680<") << S(">2561<") << S("softphoneHeight.range")
                                     << S("reqSoftphoneHeight");
        QTest::newRow("mode") << S(">Classic_and_Lightning<") << S(">Lightning_only<")
                              << S("compatibilityMode.invalid") << S("reqSalesforceCompatibilityMode");
        QTest::newRow("prefix") << S(R"(Outside Prefix">9<)") << S(R"(Outside Prefix">9a<)")
                                << S("prefix.invalid") << S("reqOutsidePrefix");
        QTest::newRow("display") << S(">Zoom Contact Center</item>\n<item sortOrder=\"2\"")
                                 << S("></item>\n<item sortOrder=\"2\"") << S("displayName.missing")
                                 << S("reqDisplayName");
    }

    void eachRuleHasItsNamedError()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QString xml = QString::fromUtf8(kSeedStandard);
        QVERIFY2(xml.contains(from), qPrintable(from));
        xml.replace(xml.indexOf(from), from.size(), to);
        const CallCenterParseResult r = CallCenterDefinition::parse(xml.toUtf8());
        QVERIFY2(codes(r.problems).contains(code), qPrintable(codes(r.problems).join(u',')));
        const CtiProblem p = find(r.problems, code);
        QCOMPARE(p.field, field);
        QVERIFY(p.line > 0);
        QVERIFY2(p.message.startsWith(QStringLiteral("Line %1: ").arg(p.line)), qPrintable(p.message));
    }

    void generatedDefinitionIsValidatedToo()
    {
        CallCenterDefinition d;
        d.internalName = QStringLiteral("zoom contact center");
        d.softphoneWidth = 100;
        d.adapterUrl = QStringLiteral("http://zoom.us/cci/multi/callbar-cti");
        const QStringList c = codes(d.validate());
        QVERIFY(c.contains(QStringLiteral("internalName.invalid")));
        QVERIFY(c.contains(QStringLiteral("softphoneWidth.range")));
        QVERIFY(c.contains(QStringLiteral("adapterUrl.notHttps")));
        // Classic only: a relative Visualforce path is allowed.
        d = CallCenterDefinition::standard();
        d.compatibilityMode = QStringLiteral("Classic");
        d.adapterUrl = QStringLiteral("/apex/softphone");
        QVERIFY(d.validate().isEmpty());
    }

    void parsingReportsLines()
    {
        // Line 4: an item with a broken sortOrder; line 6: a gap; then XML that is not closed.
        const QByteArray broken =
            "<callCenter>\n"
            "<section sortOrder=\"0\" name=\"reqGeneralInfo\" label=\"General Info\">\n"
            "<item sortOrder=\"0\" name=\"reqInternalName\" label=\"x\">zcc</item>\n"
            "<item sortOrder=\"one\" name=\"reqDisplayName\" label=\"Display Name\">Z</item>\n"
            "</section>\n"
            "<oops/>\n"
            "</callCenter>\n";
        CallCenterParseResult r = CallCenterDefinition::parse(broken);
        QCOMPARE(find(r.problems, QStringLiteral("sortOrder.invalid")).line, 4);
        QCOMPARE(find(r.problems, QStringLiteral("xml.unexpected")).line, 6);
        QCOMPARE(find(r.problems, QStringLiteral("item.missing")).line, 2);

        const QByteArray malformed =
            "<callCenter>\n<section sortOrder=\"0\" name=\"reqGeneralInfo\">\n<item>\n</callCenter>\n";
        r = CallCenterDefinition::parse(malformed);
        QCOMPARE(codes(r.problems), QStringList{QStringLiteral("xml.malformed")});
        QCOMPARE(r.problems.first().line, 4);

        r = CallCenterDefinition::parse("<CallCenter/>");
        QCOMPARE(codes(r.problems), QStringList{QStringLiteral("xml.root")});
    }

    void countryCodes()
    {
        QVERIFY(CtiSettings::validateCountryCodes(CtiSettings().countryCodes).isEmpty());
        QCOMPARE(CtiSettings().countryCodes, QStringList{QStringLiteral("+1")});
        QVERIFY(CtiSettings::validateCountryCodes(L({"+1", "44", " +81 ", "+353", "+998"})).isEmpty());
        QCOMPARE(codes(CtiSettings::validateCountryCodes(L({"+1", "+999"}))),
                 QStringList{QStringLiteral("countryCode.unknown")});
        QCOMPARE(codes(CtiSettings::validateCountryCodes(L({"+28"}))),
                 QStringList{QStringLiteral("countryCode.unknown")});
        QCOMPARE(codes(CtiSettings::validateCountryCodes(L({"+1", "abc"}))),
                 QStringList{QStringLiteral("countryCode.unknown")});
        QCOMPARE(codes(CtiSettings::validateCountryCodes(L({"+44", "44"}))),
                 QStringList{QStringLiteral("countryCode.duplicate")});

        QStringList twenty = L({"+1",  "+7",  "+20", "+27", "+30", "+31", "+32", "+33", "+34", "+36",
                                "+39", "+40", "+41", "+43", "+44", "+45", "+46", "+47", "+48", "+49"});
        QVERIFY(CtiSettings::validateCountryCodes(twenty).isEmpty());
        twenty.append(QStringLiteral("+81"));
        QCOMPARE(codes(CtiSettings::validateCountryCodes(twenty)),
                 QStringList{QStringLiteral("countryCodes.tooMany")});
    }

    void softphoneLayoutXml()
    {
        CtiSettings s;
        const QByteArray xml = s.softphoneLayoutXml();
        QXmlStreamReader r(xml);
        QMap<QString, QString> text;
        QString path;
        QStringList stack;
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement())
                stack.append(r.name().toString());
            else if (r.isEndElement())
                stack.removeLast();
            else if (r.isCharacters() && !r.isWhitespace())
                text.insert(stack.join(u'/'), r.text().toString());
        }
        QVERIFY(!r.hasError());
        const QString pop = QStringLiteral("SoftphoneLayout/callType/screenPopSettings/");
        QCOMPARE(text.value(pop + QStringLiteral("screenPopsOpenWithin")), QStringLiteral("ExistingWindow"));
        QCOMPARE(text.value(pop + QStringLiteral("NoMatch/screenPopType")), QStringLiteral("PopToEntity"));
        QCOMPARE(text.value(pop + QStringLiteral("NoMatch/screenPopData")), QStringLiteral("Contact"));
        QCOMPARE(text.value(pop + QStringLiteral("SingleMatch/screenPopType")),
                 QStringLiteral("PopToEntity"));
        QCOMPARE(text.value(pop + QStringLiteral("MultipleMatches/screenPopType")),
                 QStringLiteral("PopToSearch"));
        QCOMPARE(text.value(QStringLiteral("SoftphoneLayout/name")), QStringLiteral("Zoom Contact Center"));
        QVERIFY(xml.contains("<object>Case</object>"));
    }

    void settingsRoundTripAndOldProfilesUnchanged()
    {
        CtiSettings s;
        s.countryCodes = {QStringLiteral("+1"), QStringLiteral("+81")};
        s.checklistDone = {QStringLiteral("package-installed")};
        s.utilityItem.panelWidth = 400;
        s.definition = CallCenterDefinition::sso(QStringLiteral("acme.zoom.us"));
        QVERIFY(CtiSettings::fromJson(s.toJson()) == s);

        // A profile without Contact Center settings writes no contact_center key.
        Profile p = Profile::create(QStringLiteral("p"));
        QVERIFY(!p.toJson().contains(QStringLiteral("contact_center")));
        p.contactCenter.insert(QStringLiteral("cti"), s.toJson());
        const Profile back = Profile::fromJson(p.toJson());
        QCOMPARE(CtiSettings::fromJson(back.contactCenter.value(QStringLiteral("cti")).toObject()).toJson(),
                 s.toJson());
        QVERIFY(back.unknown.isEmpty());
    }

    void permissionTableAsTheSeedLists()
    {
        const QList<CtiPermissionRow> rows = CtiSettings::permissionSets();
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[1].admin.size(), 7);
        QCOMPARE(rows[1].agent.size(), 6);
        QVERIFY(rows[0].agent.isEmpty()); // agents get no tabs
        QCOMPARE(rows[2].agent, L({"Zoom Contact Center", "Zoom Contact Center SSO"}));
        QCOMPARE(rows[4].agent.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCallCenterDefinition)
#include "tst_callcenterdefinition.moc"
