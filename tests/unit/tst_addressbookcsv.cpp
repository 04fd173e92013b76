// Address-book CSV files: what an admin's spreadsheet produces (German Excel's semicolons and
// Windows-1252, "First Name" headers, a BOM) is read as they meant it, our own export reads back
// unchanged, and every bad row is named by its line before anything is sent.
#include "acd/AddressBookCsv.h"

#include <QStringEncoder>
#include <QTest>

using namespace syncdesk;

namespace {

AcdEntry entry(const QString& first, const QString& last, const QString& phone = {},
               const QString& email = {})
{
    AcdEntry e;
    e.firstName = first;
    e.lastName = last;
    e.phone = phone;
    e.email = email;
    return e;
}

QStringList fieldsOf(const QList<EntryIssue>& issues)
{
    QStringList f;
    for (const auto& i : issues)
        f.append(i.field);
    return f;
}

} // namespace

class TestAddressBookCsv : public QObject
{
    Q_OBJECT

private slots:
    void validationNamesTheField()
    {
        QVERIFY(AddressBookCsv::validate(entry(QStringLiteral("Jürgen"), QStringLiteral("Müller"),
                                               QStringLiteral("+49 30 1234567"),
                                               QStringLiteral("j.mueller@example.de")),
                                         false)
                    .isEmpty());
        // Thirty characters pass, thirty-one do not, for phone and mobile alike.
        AcdEntry e = entry(QStringLiteral("A"), QStringLiteral("B"), QString(30, u'1'));
        e.mobile = QString(30, u'2');
        QVERIFY(AddressBookCsv::validate(e, false).isEmpty());
        e.phone = QString(31, u'1');
        e.mobile = QString(31, u'2');
        const auto issues = AddressBookCsv::validate(e, false);
        QCOMPARE(fieldsOf(issues), (QStringList{QStringLiteral("phone"), QStringLiteral("mobile")}));
        QVERIFY(issues.at(0).message.contains(QLatin1String("Phone")));
        QVERIFY(issues.at(0).message.contains(QLatin1String("31")));
        QVERIFY(issues.at(0).message.contains(QLatin1String("30")));
        QVERIFY(issues.at(1).message.contains(QLatin1String("Mobile")));

        const auto missing = AddressBookCsv::validate(entry(QStringLiteral("  "), QString()), false);
        QCOMPARE(fieldsOf(missing), (QStringList{QStringLiteral("firstName"), QStringLiteral("lastName")}));
        QVERIFY(missing.at(0).message.contains(QLatin1String("First name")));

        // Dynamic books match entries by externalId, so it is required there only.
        QCOMPARE(fieldsOf(AddressBookCsv::validate(entry(QStringLiteral("A"), QStringLiteral("B")), true)),
                 QStringList{QStringLiteral("externalId")});
    }

    void emailSyntax_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<bool>("valid");
        QTest::newRow("plain") << QStringLiteral("anna@example.com") << true;
        QTest::newRow("plus and subdomain") << QStringLiteral("a.b+sync@mail.example.co.jp") << true;
        QTest::newRow("umlaut domain") << QStringLiteral("info@müller.de") << true;
        QTest::newRow("no at") << QStringLiteral("anna.example.com") << false;
        QTest::newRow("two at") << QStringLiteral("a@b@example.com") << false;
        QTest::newRow("space") << QStringLiteral("anna @example.com") << false;
        QTest::newRow("no dot in domain") << QStringLiteral("anna@localhost") << false;
        QTest::newRow("one-letter tld") << QStringLiteral("anna@example.c") << false;
        QTest::newRow("double dot") << QStringLiteral("anna..b@example.com") << false;
        QTest::newRow("list") << QStringLiteral("a@example.com,b@example.com") << false;
    }
    void emailSyntax()
    {
        QFETCH(QString, email);
        QFETCH(bool, valid);
        QCOMPARE(AddressBookCsv::isValidEmail(email), valid);
        const auto issues =
            AddressBookCsv::validate(entry(QStringLiteral("A"), QStringLiteral("B"), {}, email), false);
        QCOMPARE(issues.isEmpty(), valid);
        if (!valid)
            QVERIFY(issues.first().message.contains(email));
    }

    void germanAndJapaneseRoundTrip()
    {
        QList<AcdEntry> in;
        AcdEntry a = entry(QStringLiteral("Jürgen"), QStringLiteral("Müller-Lüdenscheidt"),
                           QStringLiteral("+49 30 1234567"), QStringLiteral("j.mueller@example.de"));
        a.middleName = QStringLiteral("Günther");
        a.company = QStringLiteral("Straße & Söhne, GmbH"); // a comma: quoted
        a.mobile = QStringLiteral("+49 171 2345678");
        AcdEntry b = entry(QStringLiteral("太郎"), QStringLiteral("山田"), QStringLiteral("+81 3-1234-5678"),
                           QStringLiteral("taro.yamada@example.jp"));
        b.company = QStringLiteral("株式会社サンプル \"東京\"");                        // quotes inside
        AcdEntry c = entry(QStringLiteral("Eve"), QStringLiteral("=HYPERLINK(\"x\")")); // formula-like
        c.company = QStringLiteral("@risk");
        c.phone = QStringLiteral("-5");
        in << a << b << c;

        const QByteArray csv = AddressBookCsv::exportCsv(in);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"
                               "firstName,middleName,lastName,company,phone,mobile,email\r\n"));
        QVERIFY(csv.contains("'=HYPERLINK")); // what a spreadsheet sees is guarded
        QVERIFY(csv.contains(QStringLiteral("山田").toUtf8()));

        const CsvImportPreview p = AddressBookCsv::parse(csv, false);
        QVERIFY2(p.error.ok(), qPrintable(p.error.message));
        QCOMPARE(p.separator, ',');
        QCOMPARE(p.rows.size(), 3);
        QCOMPARE(p.invalidCount(), 0);
        for (int i = 0; i < 3; ++i) {
            const AcdEntry& got = p.rows.at(i).entry;
            QCOMPARE(p.rows.at(i).line, i + 2);
            QCOMPARE(got.toJson(false, false), in.at(i).toJson(false, false));
        }

        // Dynamic books export their externalId and read it back.
        a.externalId = QStringLiteral("zoom-user-1");
        b.externalId = QStringLiteral("zoom-user-2");
        const CsvImportPreview dyn = AddressBookCsv::parse(AddressBookCsv::exportCsv({a, b}, true), true);
        QVERIFY(dyn.error.ok());
        QCOMPARE(dyn.validEntries().size(), 2);
        QCOMPARE(dyn.validEntries().at(1).externalId, QStringLiteral("zoom-user-2"));
    }

    void germanExcelSemicolonsAndWindows1252()
    {
        // What "CSV (Trennzeichen-getrennt)" in a German Excel writes: ';' and the ANSI code page.
        const QString text = QStringLiteral("Vorname;Nachname;Firma;Telefon;E-Mail\r\n"
                                            "Jürgen;Müller;Bäckerei Groß, Köln;0221 123456;j@example.de\r\n");
        QStringEncoder enc("windows-1252");
        if (!enc.isValid())
            QSKIP("no Windows-1252 codec in this Qt build");
        const QByteArray ansi = enc(text);
        const CsvImportPreview p = AddressBookCsv::parse(ansi, false);
        QVERIFY2(p.error.ok(), qPrintable(p.error.message));
        QCOMPARE(p.separator, ';');
        QCOMPARE(p.encoding, QStringLiteral("Windows-1252"));
        QVERIFY(!p.notes.isEmpty()); // the user is told the file was not UTF-8
        QCOMPARE(p.rows.size(), 1);
        QCOMPARE(p.rows.first().entry.lastName, QStringLiteral("Müller"));
        QCOMPARE(p.rows.first().entry.company, QStringLiteral("Bäckerei Groß, Köln"));
        QCOMPARE(p.rows.first().entry.phone, QStringLiteral("0221 123456"));
    }

    void outlookStyleHeadersAndBom()
    {
        const QByteArray csv = "\xEF\xBB\xBF"
                               "First Name,LAST NAME,Mobile Phone,E-mail Address,Notes\n"
                               "Anna,Schmidt,+49 151 000,anna@example.com,likes tea\n";
        const CsvImportPreview p = AddressBookCsv::parse(csv, false);
        QVERIFY2(p.error.ok(), qPrintable(p.error.message));
        QCOMPARE(p.rows.size(), 1);
        QCOMPARE(p.rows.first().entry.firstName, QStringLiteral("Anna")); // not "\uFEFFAnna…"
        QCOMPARE(p.rows.first().entry.mobile, QStringLiteral("+49 151 000"));
        QCOMPARE(p.rows.first().entry.email, QStringLiteral("anna@example.com"));
        QVERIFY(p.notes.join(u' ').contains(QLatin1String("Notes"))); // the ignored column is named
    }

    void badRowsNamedByLine()
    {
        // Line 3's quoted company spans two lines, so the bad row after it is on line 5.
        const QByteArray csv = "firstName,lastName,company,phone,email\n"
                               "Anna,Schmidt,ACME,+49 30 1,anna@example.com\n"
                               "Ben,Meyer,\"Two\nlines\",+49 30 2,ben@example.com\n"
                               "\n"
                               "Carl,,ACME,+49 30 1234567890123456789012345,carl@@example.com\n"
                               "Dora,Wolf,ACME,1,dora@example.com,unexpected\n"
                               "Emil,Berg,ACME,,\n";
        const CsvImportPreview p = AddressBookCsv::parse(csv, false);
        QVERIFY2(p.error.ok(), qPrintable(p.error.message));
        QCOMPARE(p.rows.size(), 5);
        QCOMPARE(p.rows.at(1).entry.company, QStringLiteral("Two\nlines"));
        QCOMPARE(p.rows.at(2).line, 6);
        QCOMPARE(fieldsOf(p.rows.at(2).issues),
                 (QStringList{QStringLiteral("lastName"), QStringLiteral("phone"), QStringLiteral("email")}));
        QCOMPARE(p.rows.at(3).line, 7);
        QVERIFY(!p.rows.at(3).ok()); // a cell more than the header names: probably a separator mix-up
        QCOMPARE(p.invalidCount(), 2);
        QCOMPARE(p.validLines(), (QList<int>{2, 3, 8}));
    }

    void unreadableFiles()
    {
        CsvImportPreview p = AddressBookCsv::parse("firstName,lastName\nAnna,\"Schmidt\n", false);
        QVERIFY(!p.error.ok()); // an unclosed quote would otherwise eat the rest of the file
        QVERIFY2(p.error.message.contains(QLatin1String("line 2")), qPrintable(p.error.message));

        p = AddressBookCsv::parse("name,phone\nAnna,1\n", false);
        QVERIFY(!p.error.ok());
        QVERIFY(p.error.message.contains(QLatin1String("firstName")));

        p = AddressBookCsv::parse("", false);
        QVERIFY(!p.error.ok());

        // A Dynamic book without externalId column: said once for the file, not for every row.
        p = AddressBookCsv::parse("firstName,lastName\nAnna,Schmidt\n", true);
        QVERIFY(!p.error.ok());
        QVERIFY(p.error.message.contains(QLatin1String("externalId")));

        p = AddressBookCsv::parse("externalId,firstName,lastName\nu1,Anna,Schmidt\nu1,Anna,Schmitt\n", true);
        QVERIFY(p.error.ok());
        QCOMPARE(p.invalidCount(), 1);
        QVERIFY(p.rows.at(1).issues.first().message.contains(QLatin1String("line 2")));
    }

    void excelSeparatorHint()
    {
        const CsvImportPreview p = AddressBookCsv::parse("sep=;\nfirstName;lastName\nA;B\n", false);
        QVERIFY(p.error.ok());
        QCOMPARE(p.separator, ';');
        QCOMPARE(p.rows.size(), 1);
        QCOMPARE(p.rows.first().line, 3);
    }
};

QTEST_GUILESS_MAIN(TestAddressBookCsv)
#include "tst_addressbookcsv.moc"
