// End-to-end: the real syncdeskctl binary, `addressbook list | create | import | export`, against its
// in-process ACD sandbox (--sandbox) and against an ACD sandbox run by this test (so one book
// outlives a single command), over real sockets.
#include "acd/AddressBookCsv.h"
#include "sandbox/AcdSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace syncdesk;

class TestCtlAddressBook : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // Waits with the event loop running, so the ACD sandbox in this process can answer.
    Run ctl(const QStringList& args, const QHash<QString, QString>& env = {})
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        for (auto it = env.begin(); it != env.end(); ++it)
            e.insert(it.key(), it.value());
        p.setProcessEnvironment(e);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(QStringLiteral(SYNCDESKCTL_PATH), args);
        if (!p.waitForStarted(5000))
            return {};
        p.closeWriteChannel();
        if (!finished.wait(60000))
            p.kill();
        return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
    }

    // `addressbook <args>` against the test's sandbox, secrets in environment variables.
    Run book(const QStringList& args)
    {
        const auto c = m_sandbox->credentials();
        const QStringList flags{QStringLiteral("--acd-issuer-url"),
                                m_sandbox->issuerUrl().toString(),
                                QStringLiteral("--acd-client-id"),
                                c.clientId,
                                QStringLiteral("--acd-client-secret-env"),
                                QStringLiteral("SD_ACD_CLIENT_SECRET"),
                                QStringLiteral("--acd-access-key-id"),
                                c.accessKeyId,
                                QStringLiteral("--acd-access-key-secret-env"),
                                QStringLiteral("SD_ACD_KEY_SECRET")};
        return ctl(QStringList{QStringLiteral("addressbook")} + args + flags,
                   {{QStringLiteral("SD_ACD_CLIENT_SECRET"), c.clientSecret},
                    {QStringLiteral("SD_ACD_KEY_SECRET"), c.accessKeySecret}});
    }

    QString writeFile(const QString& name, const QByteArray& data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
            return {};
        return path;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<AcdSandbox> m_sandbox;

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox = std::make_unique<AcdSandbox>();
        QVERIFY(m_sandbox->start().ok());
    }
    void cleanup() { m_sandbox.reset(); }

    void listShowsTheCorporateDirectory()
    {
        Run r = ctl({QStringLiteral("addressbook"), QStringLiteral("list"), QStringLiteral("--sandbox")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Corporate Directory"));
        QVERIFY(r.out.contains("Dynamic"));

        r = ctl({QStringLiteral("addressbook"), QStringLiteral("list"), QStringLiteral("--sandbox"),
                 QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray books = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(books.size(), 1);
        const QJsonObject corp = books.first().toObject();
        QCOMPARE(corp.value(QStringLiteral("name")).toString(), QStringLiteral("Corporate Directory"));
        QCOMPARE(corp.value(QStringLiteral("type")).toString(), QStringLiteral("Dynamic"));
        QVERIFY(corp.value(QStringLiteral("assigned")).isObject());
        // The count is the book's: as many as an export of it carries (a fresh sandbox each run).
        const Run exported = ctl({QStringLiteral("addressbook"), QStringLiteral("export"),
                                  QStringLiteral("Corporate Directory"), QStringLiteral("--sandbox")});
        QVERIFY2(exported.exitCode == 0, exported.err.constData());
        const CsvImportPreview rows = AddressBookCsv::parse(exported.out, true);
        QVERIFY2(rows.error.ok(), qPrintable(rows.error.message));
        QVERIFY(rows.rows.size() > 10);
        QCOMPARE(corp.value(QStringLiteral("entries")).toInt(), int(rows.rows.size()));
        QCOMPARE(rows.invalidCount(), 0);

        r = ctl({QStringLiteral("addressbook"), QStringLiteral("list"), QStringLiteral("--sandbox"),
                 QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(r.exitCode, 2);
    }

    void createImportExportRoundTrip()
    {
        Run r = book({QStringLiteral("create"), QStringLiteral("Partner Kontakte 取引先"),
                      QStringLiteral("--type"), QStringLiteral("standard")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString id = QString::fromUtf8(r.out).trimmed();
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+$")).match(id).hasMatch(), r.out.constData());

        // The ACD refuses one entry for a reason Syncdesk cannot know beforehand.
        m_sandbox->injectEntryFailure(QStringLiteral("refused@example.com"),
                                      QStringLiteral("Duplicate entry in address book."));
        const QByteArray csv = "\xEF\xBB\xBF"
                               "firstName,middleName,lastName,company,phone,mobile,email\r\n"
                               "Jürgen,Günther,Müller-Lüdenscheidt,\"Straße & Söhne, GmbH\",+49 30 1234567,,"
                               "j.mueller@example.de\r\n"
                               "太郎,,山田,株式会社サンプル,+81 3-1234-5678,,taro@example.jp\r\n"
                               "Zu,,Lang,ACME,+49 30 1234567890123456789012345,,zu@example.de\r\n"
                               "Rita,,Refused,ACME,+1 555 0100,,refused@example.com\r\n";
        const QString file = writeFile(QStringLiteral("in.csv"), csv);
        r = book({QStringLiteral("import"), id, file});
        QCOMPARE(r.exitCode, 1); // one row not sent, one entry refused
        const QString out = QString::fromUtf8(r.out), err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(QLatin1String("Line 4: not sent")) && err.contains(QLatin1String("Phone")),
                 qPrintable(err));
        QVERIFY2(out.contains(QStringLiteral("Line 2: added: Jürgen Müller-Lüdenscheidt")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("Line 3: added: 太郎 山田")), qPrintable(out));
        QVERIFY2(out.contains(QLatin1String("Line 5: refused by the ACD")) &&
                     out.contains(QLatin1String("Duplicate entry in address book.")),
                 qPrintable(out));
        QVERIFY(!out.contains(QLatin1String("Line 4")));
        QVERIFY(err.contains(QLatin1String("written: 2, refused: 1")));

        // Export: exactly the two written entries, names intact, UTF-8 with BOM.
        const QString exported = m_dir.filePath(QStringLiteral("out.csv"));
        r = book({QStringLiteral("export"), id, QStringLiteral("--out"), exported});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(exported);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray written = f.readAll();
        QVERIFY(written.startsWith("\xEF\xBB\xBF"
                                   "firstName,middleName,lastName,company,phone,mobile,email\r\n"));
        const CsvImportPreview back = AddressBookCsv::parse(written, false);
        const CsvImportPreview sent = AddressBookCsv::parse(csv, false);
        QCOMPARE(back.rows.size(), 2);
        for (int i = 0; i < 2; ++i)
            QCOMPARE(back.rows.at(i).entry.toJson(false, false), sent.rows.at(i).entry.toJson(false, false));

        // To stdout the same bytes; and the book can be named instead of numbered.
        r = book({QStringLiteral("export"), QStringLiteral("Partner Kontakte 取引先")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, written);

        // A clean file: exit 0.
        r = book({QStringLiteral("import"), id,
                  writeFile(QStringLiteral("ok.csv"),
                            "First Name;Last Name;E-Mail\nAnna;Schmidt;anna@example.de\n")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void dynamicBooksNeedExternalIds()
    {
        Run r = book({QStringLiteral("create"), QStringLiteral("Zoom"), QStringLiteral("--type"),
                      QStringLiteral("Dynamic")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString id = QString::fromUtf8(r.out).trimmed();

        r = book({QStringLiteral("import"), id,
                  writeFile(QStringLiteral("noext.csv"), "firstName,lastName\nAnna,Schmidt\n")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("externalId"));

        const QString ok =
            writeFile(QStringLiteral("ext.csv"), "externalId,firstName,lastName\nu1,Anna,Schmidt\n");
        r = book({QStringLiteral("import"), id, ok});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Line 2: added: Anna Schmidt"));
        r = book({QStringLiteral("import"), id, ok}); // by externalId: replaced, not doubled
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Line 2: updated: Anna Schmidt"));
        r = book({QStringLiteral("export"), id});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QString::fromUtf8(r.out).count(QLatin1String("Schmidt")), 1);
        QVERIFY(r.out.contains("externalId"));
    }

    void usageAndFailures()
    {
        QCOMPARE(book({QStringLiteral("create"), QStringLiteral("X")}).exitCode, 2); // no --type
        QCOMPARE(book({QStringLiteral("create"), QStringLiteral("X"), QStringLiteral("--type"),
                       QStringLiteral("weird")})
                     .exitCode,
                 2);
        QCOMPARE(book({QStringLiteral("import"), QStringLiteral("1")}).exitCode, 2);
        QCOMPARE(book({QStringLiteral("frob")}).exitCode, 2);
        QCOMPARE(m_sandbox->tokenRequestCount(), 0); // refused before signing in

        Run r = book({QStringLiteral("export"), QStringLiteral("999999")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("addressbook list"));
        r = book(
            {QStringLiteral("import"), QStringLiteral("1"), m_dir.filePath(QStringLiteral("missing.csv"))});
        QCOMPARE(r.exitCode, 1);
        // A name that exists already: the ACD's refusal, exit 1.
        r = book({QStringLiteral("create"), QStringLiteral("corporate directory"), QStringLiteral("--type"),
                  QStringLiteral("standard")});
        QCOMPARE(r.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCtlAddressBook)
#include "tst_ctl_addressbook.moc"
