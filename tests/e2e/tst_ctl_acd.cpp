// End-to-end: the real syncdeskctl binary, `acd verify` and `acd codes`, against its in-process
// ACD sandbox (--sandbox) and against an ACD sandbox run by this test (flags, secrets in
// environment variables named by flags), over real sockets.
#include "sandbox/AcdSandbox.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace syncdesk;

class TestCtlAcd : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    // Waits with the event loop running, so an ACD sandbox in this process can answer.
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

    QStringList flags(const AcdSandbox& sb) const
    {
        const auto c = sb.credentials();
        return {QStringLiteral("--acd-issuer-url"),
                sb.issuerUrl().toString(),
                QStringLiteral("--acd-client-id"),
                c.clientId,
                QStringLiteral("--acd-client-secret-env"),
                QStringLiteral("SD_ACD_CLIENT_SECRET"),
                QStringLiteral("--acd-access-key-id"),
                c.accessKeyId,
                QStringLiteral("--acd-access-key-secret-env"),
                QStringLiteral("SD_ACD_KEY_SECRET")};
    }
    QHash<QString, QString> env(const AcdSandbox& sb) const
    {
        const auto c = sb.credentials();
        return {{QStringLiteral("SD_ACD_CLIENT_SECRET"), c.clientSecret},
                {QStringLiteral("SD_ACD_KEY_SECRET"), c.accessKeySecret}};
    }

private slots:
    void verifyAgainstBuiltInSandbox()
    {
        const Run r = ctl({QStringLiteral("acd"), QStringLiteral("verify"), QStringLiteral("--sandbox")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.contains(QLatin1String("Tenant: ")));
        QVERIFY(out.contains(QLatin1String("/incontactapi/services/v34.0/")));
        QVERIFY(out.contains(QLatin1String("Agents: 30")));
        QVERIFY(out.contains(QLatin1String("Teams: 4")));
        QVERIFY(out.contains(QLatin1String("Unavailable codes: 5")));
    }

    void codesAsJsonCarryTeamNames()
    {
        const Run r = ctl({QStringLiteral("acd"), QStringLiteral("codes"), QStringLiteral("--sandbox"),
                           QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QJsonParseError perr;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &perr);
        QVERIFY2(doc.isArray(), qPrintable(perr.errorString()));
        const QJsonArray codes = doc.array();
        QCOMPARE(codes.size(), 5);
        QStringList names;
        for (const auto& v : codes) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.keys(), (QStringList{QStringLiteral("isActive"), QStringLiteral("name"),
                                            QStringLiteral("teams")}));
            names.append(o.value(QStringLiteral("name")).toString());
            QVERIFY(!o.value(QStringLiteral("teams")).toArray().isEmpty());
        }
        QVERIFY(names.contains(QStringLiteral("Zoom call")));
        const QJsonObject lunch = codes.at(0).toObject();
        QCOMPARE(lunch.value(QStringLiteral("name")).toString(), QStringLiteral("Lunch"));
        QCOMPARE(lunch.value(QStringLiteral("teams")).toArray().first().toString(),
                 QStringLiteral("Service Desk"));
        QCOMPARE(codes.at(4).toObject().value(QStringLiteral("isActive")).toBool(true), false);

        const Run table = ctl({QStringLiteral("acd"), QStringLiteral("codes"), QStringLiteral("--sandbox")});
        QCOMPARE(table.exitCode, 0);
        QVERIFY(table.out.contains("Zoom call"));
        QVERIFY(table.out.contains("Service Desk, Sales"));

        // In Japanese the headers are wide characters (two terminal cells each): the teams column
        // still starts in the same cell on every line.
        const Run ja = ctl({QStringLiteral("acd"), QStringLiteral("codes"), QStringLiteral("--sandbox"),
                            QStringLiteral("--lang"), QStringLiteral("ja")});
        QCOMPARE(ja.exitCode, 0);
        const QStringList lines = QString::fromUtf8(ja.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY2(lines.size() == 6, ja.out.constData());
        QVERIFY2(lines.first().contains(QStringLiteral("チーム")), ja.out.constData());
        auto cells = [](QStringView t) {
            qsizetype n = 0;
            for (const QChar ch : t)
                n += ch.unicode() >= 0x1100 ? 2 : 1;
            return n;
        };
        qsizetype teamsCell = -1;
        for (const QString& line : lines) {
            const QStringList parts = line.split(QRegularExpression(QStringLiteral("\\s{2,}")));
            QVERIFY2(parts.size() == 3, qPrintable(line));
            const qsizetype cell = cells(QStringView(line).left(line.lastIndexOf(parts[2])));
            if (teamsCell < 0)
                teamsCell = cell;
            QVERIFY2(cell == teamsCell, qPrintable(line));
        }

        const Run bad = ctl({QStringLiteral("acd"), QStringLiteral("codes"), QStringLiteral("--sandbox"),
                             QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(bad.exitCode, 2);
    }

    void flagsWithSecretsFromEnvironment()
    {
        AcdSandbox sb;
        QVERIFY(sb.start().ok());
        Run r = ctl(QStringList{QStringLiteral("acd"), QStringLiteral("verify")} + flags(sb), env(sb));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(sb.credentials().tenantId.toUtf8()));
        // Secrets never show up in what the command prints.
        for (const QString& secret : env(sb)) {
            QVERIFY(!r.out.contains(secret.toUtf8()));
            QVERIFY(!r.err.contains(secret.toUtf8()));
        }
        QCOMPARE(sb.discoveryRequestCount(), 2);

        // --acd-api-url skips the tenant discovery.
        r = ctl(QStringList{QStringLiteral("acd"), QStringLiteral("codes"), QStringLiteral("--acd-api-url"),
                            sb.apiEndpoint().toString()} +
                    flags(sb),
                env(sb));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(sb.discoveryRequestCount(), 3);

        // A wrong access key: the ACD refuses, exit 1.
        QHash<QString, QString> wrong = env(sb);
        wrong.insert(QStringLiteral("SD_ACD_KEY_SECRET"), QStringLiteral("AAAAAAAA===="));
        r = ctl(QStringList{QStringLiteral("acd"), QStringLiteral("verify")} + flags(sb), wrong);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("access key"));

        // 5xx that outlast the retries: exit 1.
        sb.injectFault(AcdSandboxFault::ServerError, 20);
        r = ctl(QStringList{QStringLiteral("acd"), QStringLiteral("verify")} + flags(sb), env(sb));
        QCOMPARE(r.exitCode, 1);
    }

    void missingSecretVariableIsAUsageError()
    {
        AcdSandbox sb;
        QVERIFY(sb.start().ok());
        QHash<QString, QString> e = env(sb);
        e.remove(QStringLiteral("SD_ACD_KEY_SECRET"));
        const Run r = ctl(QStringList{QStringLiteral("acd"), QStringLiteral("verify")} + flags(sb), e);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("SD_ACD_KEY_SECRET"));
        QCOMPARE(sb.tokenRequestCount(), 0);

        // Nothing at all: incomplete credentials, said before any request.
        const Run none = ctl({QStringLiteral("acd"), QStringLiteral("verify")});
        QCOMPARE(none.exitCode, 2);
        QVERIFY(none.err.contains("--acd-client-id"));
    }
};

QTEST_GUILESS_MAIN(TestCtlAcd)
#include "tst_ctl_acd.moc"
