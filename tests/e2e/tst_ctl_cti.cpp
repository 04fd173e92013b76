// End-to-end: the real syncdeskctl binary, `cti …` (seed 004's Salesforce CTI settings). Scripts
// and checks run these commands as written, so output bytes and exit codes are what is asserted.
#include "cc/CallCenterDefinition.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace syncdesk;

class TestCtlCti : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    QTemporaryDir m_dir;

    static Run ctl(QStringList args)
    {
        args.prepend(QStringLiteral("cti"));
        QProcess p;
        p.start(QStringLiteral(SYNCDESKCTL_PATH), args);
        if (!p.waitForStarted(5000))
            return {};
        p.closeWriteChannel();
        if (!p.waitForFinished(30000))
            p.kill();
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

private slots:
    void noOptionsPrintsTheSeedsStandardXml()
    {
        const Run r = ctl({QStringLiteral("callcenter-xml")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, CallCenterDefinition::standard().toXml());
        QVERIFY(r.out.contains("<item sortOrder=\"3\" name=\"reqAdapterUrl\" label=\"CTI Adapter URL\">"
                               "https://zoom.us/cci/multi/callbar-cti</item>"));
        const CallCenterParseResult parsed = CallCenterDefinition::parse(r.out);
        QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.value(0).message));
        QCOMPARE(parsed.sections.size(), 2);
        QCOMPARE(CallCenterDefinition::writeXml(parsed.sections), r.out);
    }

    void ssoPutsTheVanityHostIntoTheAdapterUrl()
    {
        const Run r = ctl({QStringLiteral("callcenter-xml"), QStringLiteral("--sso"),
                           QStringLiteral("--vanity-url"), QStringLiteral("acme.zoom.us")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, CallCenterDefinition::sso(QStringLiteral("acme.zoom.us")).toXml());
        QVERIFY(r.out.contains(">https://acme.zoom.us/cci/multi/callbar-cti</item>"));
        QVERIFY(!r.out.contains("https://zoom.us/"));
        QVERIFY(CallCenterDefinition::parse(r.out).problems.isEmpty());
    }

    void ssoWithoutHostKeepsTheSeedsPlaceholderAndWarns()
    {
        const Run r = ctl({QStringLiteral("callcenter-xml"), QStringLiteral("--sso")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, CallCenterDefinition::sso().toXml());
        QVERIFY(r.out.contains("https://yourVanityUrl/"));
        QVERIFY(r.err.contains("yourVanityUrl"));
    }

    void optionsChangeTheDefinition()
    {
        const Run r =
            ctl({QStringLiteral("callcenter-xml"), QStringLiteral("--internal-name"),
                 QStringLiteral("zccEmea"), QStringLiteral("--display-name"), QStringLiteral("ZCC EMEA"),
                 QStringLiteral("--softphone-width"), QStringLiteral("800"),
                 QStringLiteral("--softphone-height"), QStringLiteral("600")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(">zccEmea</item>"));
        QVERIFY(r.out.contains(">ZCC EMEA</item>"));
        QVERIFY(r.out.contains("name=\"reqSoftphoneWidth\" label=\"Softphone Width\">800</item>"));
        QVERIFY(r.out.contains("name=\"reqSoftphoneHeight\" label=\"Softphone Height\">600</item>"));
    }

    void usageErrors()
    {
        Run r = ctl({QStringLiteral("callcenter-xml"), QStringLiteral("--vanity-url"),
                     QStringLiteral("acme.zoom.us")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("--sso"));
        r = ctl(
            {QStringLiteral("callcenter-xml"), QStringLiteral("--softphone-width"), QStringLiteral("wide")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--softphone-width"));
        r = ctl({QStringLiteral("callcenter-xml"), QStringLiteral("--softphone-height"), QStringLiteral("")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("--softphone-height"));
        r = ctl({QStringLiteral("nonsense")});
        QCOMPARE(r.exitCode, 2);
    }

    void invalidDefinitionWritesNothing()
    {
        const QString out = m_dir.filePath(QStringLiteral("narrow.xml"));
        const Run r = ctl({QStringLiteral("callcenter-xml"), QStringLiteral("--softphone-width"),
                           QStringLiteral("100"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("100"));
        QVERIFY(!QFile::exists(out));
    }

    void outWritesTheFileAtomically()
    {
        const QString out = m_dir.filePath(QStringLiteral("callcenter.xml"));
        Run r = ctl({QStringLiteral("callcenter-xml"), QStringLiteral("--out"), out});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), CallCenterDefinition::standard().toXml());

        const QString bad = m_dir.filePath(QStringLiteral("no-such-dir/callcenter.xml"));
        r = ctl({QStringLiteral("callcenter-xml"), QStringLiteral("--out"), bad});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("no-such-dir"));
        QVERIFY(!QFile::exists(bad));

        r = ctl({QStringLiteral("callcenter-xml"), QStringLiteral("--out"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, CallCenterDefinition::standard().toXml());
    }

    void validateAcceptsAValidFile()
    {
        const QString path = write(QStringLiteral("valid.xml"), CallCenterDefinition::standard().toXml());
        QVERIFY(!path.isEmpty());
        const Run r = ctl({QStringLiteral("validate"), path});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.count('\n'), 1);
        QVERIFY(r.out.contains("valid"));
    }

    void validateReportsEachProblemWithItsLine()
    {
        // Line 5 (reqDescription) jumps to sortOrder 3, line 6 names an http adapter.
        QByteArray xml = CallCenterDefinition::standard().toXml();
        xml.replace("<item sortOrder=\"2\" name=\"reqDescription\"",
                    "<item sortOrder=\"9\" name=\"reqDescription\"");
        xml.replace("https://zoom.us/cci/multi/callbar-cti", "http://zoom.us/cci/multi/callbar-cti");
        const QString path = write(QStringLiteral("broken.xml"), xml);
        const Run r = ctl({QStringLiteral("validate"), path});
        QCOMPARE(r.exitCode, 1);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        bool gap = false, http = false;
        for (const QByteArray& line : lines) {
            gap = gap || (line.contains("sortOrder") && line.startsWith("Line "));
            http = http || (line.contains("http://zoom.us") && line.startsWith("Line 6:"));
        }
        QVERIFY2(gap, r.out.constData());
        QVERIFY2(http, r.out.constData());
    }

    void validateMalformedXmlNamesTheLine()
    {
        const QString path =
            write(QStringLiteral("malformed.xml"),
                  "<callCenter>\n<section sortOrder=\"0\" name=\"reqGeneralInfo\">\n"
                  "<item sortOrder=\"0\" name=\"reqInternalName\">x</section>\n</callCenter>\n");
        const Run r = ctl({QStringLiteral("validate"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.startsWith("Line 3:"), r.out.constData());
        QVERIFY(r.out.contains("well-formed"));
    }

    void validateNeedsAFile()
    {
        QCOMPARE(ctl({QStringLiteral("validate")}).exitCode, 2);
        QCOMPARE(ctl({QStringLiteral("validate"), m_dir.filePath(QStringLiteral("missing.xml"))}).exitCode,
                 1);
    }

    void countryCodes()
    {
        Run r = ctl({QStringLiteral("country-codes"), QStringLiteral("+1"), QStringLiteral("+49"),
                     QStringLiteral("+81")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("+1 +49 +81"));

        QStringList many{QStringLiteral("country-codes")};
        for (const char* c : {"+1",  "+7",  "+20", "+27", "+30", "+31", "+32", "+33", "+34", "+36", "+39",
                              "+40", "+41", "+43", "+44", "+45", "+46", "+47", "+48", "+49", "+81"})
            many.append(QString::fromLatin1(c));
        QCOMPARE(many.size(), 22);
        r = ctl(many);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("21"));
        many.removeLast();
        QCOMPARE(ctl(many).exitCode, 0); // exactly 20 is allowed

        r = ctl({QStringLiteral("country-codes"), QStringLiteral("+999")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("+999"));

        r = ctl({QStringLiteral("country-codes"), QStringLiteral("+49"), QStringLiteral("+49")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("+49"));
        QCOMPARE(r.out.trimmed().count('\n'), 0); // one problem, one line

        QCOMPARE(ctl({QStringLiteral("country-codes")}).exitCode, 2);
    }

    void softphoneLayout()
    {
        const Run r = ctl({QStringLiteral("softphone-layout")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("<screenPopsOpenWithin>ExistingWindow</screenPopsOpenWithin>"));
        QVERIFY(r.out.contains("PopToSearch"));
    }
};

QTEST_GUILESS_MAIN(TestCtlCti)
#include "tst_ctl_cti.moc"
