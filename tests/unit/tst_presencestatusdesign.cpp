// The presence-status designer's core: developer names derived from labels, each named problem,
// the metadata XML (escaping included), JSON, and the deployable zip read back with libzip.
#include "profile/Profile.h"
#include "salesforce/PresenceStatusDesign.h"

#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <zip.h>

using namespace syncdesk;

using PKind = PresenceStatusProblem::Kind;

namespace {

PresenceStatusDesign online(const QString& label, QStringList channels = {QStringLiteral("sfdc_case")})
{
    PresenceStatusDesign d;
    d.setLabel(label);
    d.channels = channels;
    return d;
}

PresenceStatusDesign busy(const QString& label)
{
    PresenceStatusDesign d;
    d.setLabel(label);
    d.kind = PresenceStatusDesign::Kind::Busy;
    return d;
}

QList<int> kinds(const QList<PresenceStatusProblem>& problems)
{
    QList<int> out;
    for (const auto& p : problems)
        out.append(int(p.kind));
    return out;
}

// Reads every entry with libzip directly, independent of MetadataZip::read.
QMap<QString, QByteArray> readZip(const QString& path)
{
    QMap<QString, QByteArray> out;
    int err = 0;
    zip_t* za = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &err);
    if (!za)
        return out;
    for (zip_int64_t i = 0; i < zip_get_num_entries(za, 0); ++i) {
        zip_stat_t st;
        zip_stat_index(za, zip_uint64_t(i), 0, &st);
        zip_file_t* f = zip_fopen_index(za, zip_uint64_t(i), 0);
        QByteArray data(qsizetype(st.size), '\0');
        zip_fread(f, data.data(), st.size);
        zip_fclose(f);
        out.insert(QString::fromUtf8(st.name), data);
    }
    zip_discard(za);
    return out;
}

} // namespace

class TestPresenceStatusDesign : public QObject
{
    Q_OBJECT

private slots:
    void developerNameFollowsLabelUntilEdited()
    {
        PresenceStatusDesign d;
        d.setLabel(QStringLiteral("Available for Chats"));
        QCOMPARE(d.developerName, QStringLiteral("Available_for_Chats"));
        d.setLabel(QStringLiteral("Auf Pause (Mittag)"));
        QCOMPARE(d.developerName, QStringLiteral("Auf_Pause_Mittag"));
        d.developerName = QStringLiteral("Lunch");
        d.developerNameEdited = true;
        d.setLabel(QStringLiteral("Mittagspause"));
        QCOMPARE(d.developerName, QStringLiteral("Lunch"));
        QCOMPARE(d.label, QStringLiteral("Mittagspause"));
    }

    void validDesignsHaveNoProblems()
    {
        const auto problems = PresenceStatusDesigns::validate(
            {online(QStringLiteral("Available")), busy(QStringLiteral("On Break"))});
        QCOMPARE(problems.size(), 2);
        QVERIFY(problems[0].isEmpty());
        QVERIFY(problems[1].isEmpty());
        QVERIFY(!PresenceStatusDesigns::hasErrors(problems));
    }

    void eachNamedProblem()
    {
        PresenceStatusDesign emptyLabel = online(QString());
        emptyLabel.developerName = QStringLiteral("X");
        emptyLabel.developerNameEdited = true;
        auto p = PresenceStatusDesigns::validate({emptyLabel});
        QCOMPARE(kinds(p[0]), QList<int>{int(PKind::EmptyLabel)});
        QVERIFY(!p[0][0].message.isEmpty());

        // Each DeveloperName rule comes through with the rule named.
        const QList<QPair<QString, DeveloperNameProblem::Kind>> names = {
            {QStringLiteral("On-Break"), DeveloperNameProblem::Kind::InvalidCharacter},
            {QStringLiteral("1Break"), DeveloperNameProblem::Kind::StartsWithoutLetter},
            {QStringLiteral("On__Break"), DeveloperNameProblem::Kind::DoubleUnderscore},
            {QStringLiteral("On_Break_"), DeveloperNameProblem::Kind::TrailingUnderscore},
            {QString(81, QLatin1Char('a')), DeveloperNameProblem::Kind::TooLong},
            {QString(), DeveloperNameProblem::Kind::Empty},
        };
        for (const auto& [name, rule] : names) {
            PresenceStatusDesign d = online(QStringLiteral("Label"));
            d.developerName = name;
            d.developerNameEdited = true;
            p = PresenceStatusDesigns::validate({d});
            QCOMPARE(kinds(p[0]), QList<int>{int(PKind::DeveloperName)});
            QCOMPARE(p[0][0].name.kind, rule);
        }
        QCOMPARE(PresenceStatusDesigns::validate({online(QString(80, QLatin1Char('a')))})[0].size(), 0);

        // Duplicate among the designed statuses, ignoring case: both are marked.
        PresenceStatusDesign other = online(QStringLiteral("available"));
        p = PresenceStatusDesigns::validate({online(QStringLiteral("Available")), other});
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(kinds(p[i]), QList<int>{int(PKind::DeveloperName)});
            QCOMPARE(p[i][0].name.kind, DeveloperNameProblem::Kind::Duplicate);
        }

        p = PresenceStatusDesigns::validate({online(QStringLiteral("Available"), {})});
        QCOMPARE(kinds(p[0]), QList<int>{int(PKind::OnlineWithoutChannel)});

        PresenceStatusDesign busyWithChannel = busy(QStringLiteral("Break"));
        busyWithChannel.channels = {QStringLiteral("sfdc_case")};
        p = PresenceStatusDesigns::validate({busyWithChannel});
        QCOMPARE(kinds(p[0]), QList<int>{int(PKind::BusyWithChannels)});
        QVERIFY(p[0][0].message.contains(QStringLiteral("sfdc_case")));
        QVERIFY(PresenceStatusDesigns::hasErrors(p));
    }

    void orgChecks()
    {
        const QList<PresenceStatusDesign> designs = {
            online(QStringLiteral("Available"),
                   {QStringLiteral("sfdc_case"), QStringLiteral("Chat_Channel")}),
            busy(QStringLiteral("Busy On Case"))};
        // Unknown org: no channel or existence check.
        auto p = PresenceStatusDesigns::validate(designs);
        QVERIFY(p[0].isEmpty() && p[1].isEmpty());

        PresenceStatusOrgState org;
        org.channelNames = QStringList{QStringLiteral("sfdc_case")};
        org.statusNames = QStringList{QStringLiteral("busy_on_case")};
        p = PresenceStatusDesigns::validate(designs, org);
        QCOMPARE(kinds(p[0]), QList<int>{int(PKind::UnknownChannel)});
        QCOMPARE(p[0][0].channel, QStringLiteral("Chat_Channel"));
        QVERIFY(p[0][0].message.contains(QStringLiteral("Chat_Channel")));
        // Already in the org: a warning only.
        QCOMPARE(kinds(p[1]), QList<int>{int(PKind::ExistsInOrg)});
        QVERIFY(p[1][0].isWarning());
        QVERIFY(!p[0][0].isWarning());
        QVERIFY(!PresenceStatusDesigns::hasErrors({p[1]}));
    }

    void jsonRoundTripAndProfile()
    {
        PresenceStatusDesign a =
            online(QStringLiteral("Available"), {QStringLiteral("sfdc_case"), QStringLiteral("Chat")});
        PresenceStatusDesign b = busy(QStringLiteral("Pause"));
        b.developerName = QStringLiteral("Break_Time");
        b.developerNameEdited = true;
        const QJsonArray json = PresenceStatusDesigns::toJson({a, b});
        const auto back = PresenceStatusDesigns::fromJson(json);
        QCOMPARE(back.size(), 2);
        QVERIFY(back[0] == a);
        QVERIFY(back[1] == b);
        QCOMPARE(json[1].toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("busy"));

        // The profile keeps them, and writes nothing when there are none.
        Profile profile = Profile::create(QStringLiteral("P"));
        QVERIFY(!profile.toJson().contains(QStringLiteral("presence_status_designs")));
        profile.presenceStatusDesigns = json;
        const Profile reread = Profile::fromJson(profile.toJson());
        QCOMPARE(reread.presenceStatusDesigns, json);
        QVERIFY(!reread.unknown.contains(QStringLiteral("presence_status_designs")));
    }

    void statusXmlEscapesAndListsChannels()
    {
        PresenceStatusDesign d = online(QStringLiteral("Calls & <Chats> \"now\" 'ok'"),
                                        {QStringLiteral("sfdc_phone"), QStringLiteral("sfdc_livechat")});
        QCOMPARE(d.developerName, QStringLiteral("Calls_Chats_now_ok"));
        const QByteArray xml = PresenceStatusDesigns::statusXml(d);
        QVERIFY2(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"), xml.constData());
        QVERIFY(xml.contains("&amp;"));
        QVERIFY(xml.contains("&lt;Chats&gt;"));
        QVERIFY(!xml.contains("<Chats>"));

        QXmlStreamReader r(xml);
        QString label;
        QStringList channels;
        QString root, ns;
        while (!r.atEnd()) {
            if (r.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (root.isEmpty()) {
                root = r.name().toString();
                ns = r.namespaceUri().toString();
            } else if (r.name() == QLatin1String("label")) {
                label = r.readElementText();
            } else if (r.name() == QLatin1String("channel")) {
                channels.append(r.readElementText());
            }
        }
        QVERIFY2(!r.hasError(), qPrintable(r.errorString()));
        QCOMPARE(root, QStringLiteral("ServicePresenceStatus"));
        QCOMPARE(ns, QStringLiteral("http://soap.sforce.com/2006/04/metadata"));
        QCOMPARE(label, d.label);
        QCOMPARE(channels, d.channels);

        // A Busy status has no channels element at all (Salesforce makes it an away status).
        const QByteArray busyXml = PresenceStatusDesigns::statusXml(busy(QStringLiteral("Break")));
        QVERIFY(!busyXml.contains("channel"));
        QVERIFY(busyXml.contains("<label>Break</label>"));
    }

    void packageXmlNamesMembers()
    {
        const QByteArray xml = PresenceStatusDesigns::packageXml(
            {online(QStringLiteral("Available")), busy(QStringLiteral("On Break"))});
        QVERIFY(xml.contains("<Package xmlns=\"http://soap.sforce.com/2006/04/metadata\">"));
        QVERIFY(xml.contains("<members>Available</members>"));
        QVERIFY(xml.contains("<members>On_Break</members>"));
        QVERIFY(xml.contains("<name>ServicePresenceStatus</name>"));
        QVERIFY(xml.contains("<version>59.0</version>"));
    }

    void zipReadBackWithLibzip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("statuses.zip"));
        const QList<PresenceStatusDesign> designs = {online(QStringLiteral("R&D <Lab>")),
                                                     busy(QStringLiteral("On Break"))};
        const Error e = PresenceStatusDesigns::writeMetadataZip(designs, path);
        QVERIFY2(e.ok(), qPrintable(e.describe()));
        const auto entries = readZip(path);
        QCOMPARE(entries.keys(),
                 (QStringList{QStringLiteral("package.xml"),
                              QStringLiteral("servicePresenceStatuses/On_Break.servicePresenceStatus"),
                              QStringLiteral("servicePresenceStatuses/R_D_Lab.servicePresenceStatus")}));
        QCOMPARE(entries.value(QStringLiteral("package.xml")), PresenceStatusDesigns::packageXml(designs));
        const QByteArray rd =
            entries.value(QStringLiteral("servicePresenceStatuses/R_D_Lab.servicePresenceStatus"));
        QVERIFY(rd.contains("<label>R&amp;D &lt;Lab&gt;</label>"));
        QVERIFY(rd.contains("<channel>sfdc_case</channel>"));

        // MetadataZip::read gives the same.
        const auto read = MetadataZip::read(path);
        QVERIFY(read.ok());
        QCOMPARE(read.value().size(), 3);
        QCOMPARE(read.value().first().path, QStringLiteral("package.xml"));
    }

    void zipRefusesErrorsAndUnwritablePlaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.zip"));
        Error e = PresenceStatusDesigns::writeMetadataZip({online(QStringLiteral("Available"), {})}, path);
        QCOMPARE(e.code, ErrorCode::InvalidInput);
        QVERIFY(e.message.contains(QStringLiteral("Available")));
        QVERIFY(!QFile::exists(path));
        e = PresenceStatusDesigns::writeMetadataZip({}, path);
        QCOMPARE(e.code, ErrorCode::InvalidInput);
        e = PresenceStatusDesigns::writeMetadataZip({online(QStringLiteral("A"))},
                                                    dir.filePath(QStringLiteral("missing/dir/x.zip")));
        QCOMPARE(e.code, ErrorCode::FileWrite);
        QVERIFY(!e.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPresenceStatusDesign)
#include "tst_presencestatusdesign.moc"
