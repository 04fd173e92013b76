// End-to-end: the real syncdeskctl binary, `salesforce orgid ID`, as scripts call it: the
// 18-character form alone on stdout with exit 0; an invalid ID's reason on stderr with exit 1 and
// nothing on stdout; a missing or extra argument is usage, exit 2.
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCtlSalesforceOrgId : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Run ctl(const QStringList& args)
    {
        QProcess p;
        p.start(QStringLiteral(SYNCDESKCTL_PATH), args);
        if (!p.waitForStarted(5000))
            return {};
        p.closeWriteChannel();
        if (!p.waitForFinished(30000))
            p.kill();
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QByteArray>("out");
        QTest::newRow("15, known vector") << u"00D50000000IZ3Z"_s << QByteArray("00D50000000IZ3ZEAW\n");
        QTest::newRow("18, as is") << u"00D50000000IZ3ZEAW"_s << QByteArray("00D50000000IZ3ZEAW\n");
        QTest::newRow("18, lower-cased") << u"00d50000000iz3zeaw"_s << QByteArray("00D50000000IZ3ZEAW\n");
        QTest::newRow("15, lower-case letters") << u"00D50000000iz3z"_s << QByteArray("00D50000000iz3zEAA\n");
    }
    void valid()
    {
        QFETCH(QString, id);
        QFETCH(QByteArray, out);
        const Run r = ctl({u"salesforce"_s, u"orgid"_s, id});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out, out);
        QVERIFY(r.err.isEmpty());
    }

    void invalid_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("errHas");
        QTest::newRow("not 00D") << u"00550000001fg5O"_s << QStringList{u"user ID"_s, u"00D"_s};
        QTest::newRow("wrong length") << u"00D50000000IZ3"_s << QStringList{u"15 or 18"_s, u"not 14"_s};
        QTest::newRow("bad character") << u"00D50000000IZ3!"_s << QStringList{u"position 15"_s, u"\"!\""_s};
        QTest::newRow("wrong checksum")
            << u"00D50000000IZ3ZAAW"_s << QStringList{u"expected EAW"_s, u"org_id_wrong_checksum"_s};
    }
    void invalid()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, errHas);
        const Run r = ctl({u"salesforce"_s, u"orgid"_s, id});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.isEmpty(), r.out.constData());
        const QString err = QString::fromUtf8(r.err);
        QCOMPARE(err.count(QLatin1Char('\n')), 1); // one line a script can show as it is
        for (const QString& part : errHas)
            QVERIFY2(err.contains(part), qPrintable(err));
    }

    void tagAndChecksumInEveryLanguage()
    {
        // The sentence follows --lang; the technical tag and the expected checksum, which scripts
        // match, do not.
        for (const QString& lang : {u"en"_s, u"de"_s, u"ja"_s}) {
            const Run r = ctl({u"salesforce"_s, u"orgid"_s, u"00D50000000IZ3ZAAW"_s, u"--lang"_s, lang});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains("(salesforce: org_id_wrong_checksum)"), r.err.constData());
            QVERIFY(r.err.contains("EAW"));
        }
    }

    void usage()
    {
        const Run missing = ctl({u"salesforce"_s, u"orgid"_s});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY(missing.out.isEmpty());
        QVERIFY(missing.err.contains("salesforce orgid ID"));
        const Run extra = ctl({u"salesforce"_s, u"orgid"_s, u"00D50000000IZ3Z"_s, u"00D50000000IZ3Z"_s});
        QCOMPARE(extra.exitCode, 2);
        QVERIFY(extra.out.isEmpty());
        const Run unknownOption = ctl({u"salesforce"_s, u"orgid"_s, u"00D50000000IZ3Z"_s, u"--bogus"_s});
        QCOMPARE(unknownOption.exitCode, 2);
        QVERIFY(unknownOption.out.isEmpty());
    }

    void helpListsTheCommand()
    {
        const Run r = ctl({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("salesforce orgid ID"));
    }
};

QTEST_GUILESS_MAIN(TestCtlSalesforceOrgId)
#include "tst_ctl_salesforce_orgid.moc"
