// Directory Sync: the diff (DirectoryPlan::compute) of 100,000 Zoom users against a Dynamic book of
// 100,000 entries, and a whole dry run (DirectoryDryRun) against the Zoom and ACD sandboxes over
// loopback: time to the first partialResults, to finished, and the process's peak RSS.
//   bench_directory [--users N] [--diff N] [--runs R]
// Targets (issue 7): diff ≤ 300 ms; dry run with 10,000 users: first results ≤ 1 s, done ≤ 5 s;
// peak memory ≤ 200 MB. The sandboxes run in this process (no rate limit), as they do for
// `syncdeskctl directory … --sandbox`, so the dry-run figures include serving the requests.

#include "acd/AcdApi.h"
#include "acd/AcdAuth.h"
#include "directory/DirectoryDryRun.h"
#include "directory/DirectoryPlan.h"
#include "net/RestClient.h"
#include "sandbox/AcdSandbox.h"
#include "sandbox/ZoomSandbox.h"
#include "zoom/ZoomApi.h"
#include "zoom/ZoomAuth.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <sys/resource.h>

using namespace syncdesk;

namespace {

// CPU time of this thread: on a shared, loaded machine wall time also counts other processes.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

long peakRssMb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024; // kilobytes on Linux
}

double benchDiff(int n, int runs)
{
    // German and Japanese names, E.164 numbers, a translation rule; the book holds 90 % of the
    // users (a tenth of them out of date) plus 10 % departed people: every kind of change.
    QList<DirectorySourceUser> users;
    QList<AcdEntry> entries;
    users.reserve(n);
    entries.reserve(n);
    for (int i = 0; i < n; ++i) {
        DirectorySourceUser u;
        u.id = QStringLiteral("zoomUser%1xyzABC").arg(i, 8, 10, QLatin1Char('0'));
        u.firstName = i % 2 ? QStringLiteral("Jürgen") : QStringLiteral("花子");
        u.lastName = (i % 2 ? QStringLiteral("Weiß-") : QStringLiteral("山田")) + QString::number(i);
        u.email = QStringLiteral("user%1@example.com").arg(i);
        u.dept = i % 3 ? QStringLiteral("Vertrieb") : QStringLiteral("営業部");
        u.status = i % 50 == 0 ? QStringLiteral("inactive") : QStringLiteral("active");
        u.type = 2;
        u.phone = (i % 2 ? QStringLiteral("+4930") : QStringLiteral("+8135")) + QString::number(1000000 + i);
        u.extension = QString::number(1000 + i);
        users.append(u);
    }
    const DirectoryMapping mapping = [] {
        DirectoryMapping m = DirectoryMapping::defaults();
        m.numberTranslation = {{QStringLiteral("^\\+49(\\d+)$"), QStringLiteral("0\\1")},
                               {QStringLiteral("^\\+81(\\d+)$"), QStringLiteral("0\\1")}};
        return m;
    }();
    const NumberTranslator translator = NumberTranslator::compile(mapping.numberTranslation).value();
    for (int i = 0; i < n; ++i) {
        const DirectoryChange c = DirectoryPlan::mapUser(users.at(i), mapping, translator);
        if (i % 10 == 9 || !c.after) { // departed instead
            AcdEntry e;
            e.externalId = QStringLiteral("departed%1").arg(i);
            e.firstName = QStringLiteral("Renate");
            e.lastName = QStringLiteral("Lange");
            entries.append(e);
            continue;
        }
        AcdEntry e = *c.after;
        e.id = QString::number(50000 + i);
        if (i % 10 == 3)
            e.company = QStringLiteral("Old Department");
        entries.append(e);
    }
    QList<double> ms, cpu;
    DirectoryCounts counts;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer t;
        t.start();
        const double c0 = threadCpuMs();
        const DirectoryPlan plan = DirectoryPlan::compute(users, entries, mapping, translator);
        cpu.append(threadCpuMs() - c0);
        ms.append(t.nsecsElapsed() / 1e6);
        counts = plan.counts;
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    std::printf("diff: thread CPU time median %.1f ms (min %.1f)\n", cpu.at(cpu.size() / 2), cpu.first());
    std::printf("diff: %d users x %d entries: median %.1f ms (min %.1f, max %.1f) over %d runs; "
                "add %d, update %d, remove %d, skip %d, unchanged %d\n",
                n, int(entries.size()), ms.at(ms.size() / 2), ms.first(), ms.last(), runs, counts.add, counts.update,
                counts.remove, counts.skip, counts.unchanged);
    return ms.at(ms.size() / 2);
}

struct DryRunFigures
{
    double firstMs = -1, doneMs = -1;
    DirectoryCounts counts;
    QString error;
    int partials = 0;
    double longestPageMs = 0; // the longest stretch the event loop spent in one partialResults step
    double bookMs = -1, phonesMs = -1; // when the book's entries and the phone users were all read
};

DryRunFigures benchDryRun(int users)
{
    SandboxConfig cfg;
    cfg.users = users;
    cfg.ratePerSecond = 0;
    ZoomSandbox zoomSandbox(cfg);
    AcdSandbox acdSandbox(cfg.seed, cfg.users);
    if (!zoomSandbox.start().ok() || !acdSandbox.start().ok())
        {
        DryRunFigures failed;
        failed.error = QStringLiteral("sandbox did not start");
        return failed;
    }
    RestClient client;
    const SandboxCredentials zc = zoomSandbox.credentials();
    ZoomAuth zoomAuth(&client, ZoomEndpoints{zoomSandbox.oauthUrl(), zoomSandbox.apiUrl(), true},
                      ZoomCredentials{zc.accountId, zc.clientId, zc.clientSecret});
    ZoomApi zoom(&client, &zoomAuth);
    AcdEndpoints ae;
    ae.issuer = acdSandbox.issuerUrl();
    const AcdSandboxCredentials ac = acdSandbox.credentials();
    AcdAuth acdAuth(&client, ae, AcdCredentials{ac.clientId, ac.clientSecret, ac.accessKeyId, ac.accessKeySecret});
    AcdApi acd(&client, &acdAuth);

    QEventLoop loop;
    QString bookId;
    acd.addressBooks(&loop, [&](const Result<QList<AcdAddressBook>>& r) {
        if (r.ok())
            for (const AcdAddressBook& b : r.value())
                if (b.name == QLatin1String("Corporate Directory"))
                    bookId = b.id;
        loop.quit();
    });
    loop.exec(); // also signs in to the ACD, as a user would have before the dry run

    DryRunFigures f;
    DirectoryDryRun run(&zoom, &acd);
    QElapsedTimer t;
    QObject::connect(&run, &DirectoryDryRun::partialResults, &loop, [&](const QList<DirectoryChange>&) {
        if (f.firstMs < 0)
            f.firstMs = t.nsecsElapsed() / 1e6;
        ++f.partials;
    });
    QObject::connect(&run, &DirectoryDryRun::progress, &loop, [&](DirectoryDryRun::Phase phase, int, int total) {
        // A phase's last progress carries its total.
        if (phase == DirectoryDryRun::Phase::ReadingBook && total >= 0)
            f.bookMs = t.nsecsElapsed() / 1e6;
        if (phase == DirectoryDryRun::Phase::ReadingPhoneUsers && total >= 0)
            f.phonesMs = t.nsecsElapsed() / 1e6;
    });
    QObject::connect(&run, &DirectoryDryRun::finished, &loop, [&](const Error& e) {
        f.doneMs = t.nsecsElapsed() / 1e6;
        f.error = e.ok() ? QString() : e.describe();
        loop.quit();
    });
    // How long the event loop is away at a stretch: a 1 ms timer sees every gap.
    QElapsedTimer tick;
    QTimer probe;
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, &loop, [&] {
        if (tick.isValid())
            f.longestPageMs = std::max(f.longestPageMs, tick.nsecsElapsed() / 1e6);
        tick.restart();
    });
    t.start();
    probe.start();
    run.start(bookId, DirectoryMapping::defaults());
    loop.exec();
    f.counts = run.plan().counts;
    return f;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int users = 10000, diffN = 100000, runs = 5;
    const QStringList args = app.arguments();
    for (int i = 1; i + 1 < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--users"))
            users = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--diff"))
            diffN = args.at(i + 1).toInt();
        else if (args.at(i) == QLatin1String("--runs"))
            runs = std::max(1, args.at(i + 1).toInt());
    }
    const double diffMs = benchDiff(diffN, runs);
    std::printf("peak RSS after the diff: %ld MB\n", peakRssMb());
    const DryRunFigures f = benchDryRun(users);
    if (!f.error.isEmpty()) {
        std::printf("dry run failed: %s\n", qPrintable(f.error));
        return 1;
    }
    std::printf("dry run: %d users: first results %.0f ms, finished %.0f ms (%d partialResults); longest "
                "event-loop gap %.1f ms; add %d, update %d, remove %d, skip %d, unchanged %d; book %d\n",
                users, f.firstMs, f.doneMs, f.partials, f.longestPageMs, f.counts.add, f.counts.update,
                f.counts.remove, f.counts.skip, f.counts.unchanged, f.counts.bookEntries);
    const long rss = peakRssMb();
    std::printf("  book read after %.0f ms (%d entries, pages of 100), phone users after %.0f ms (pages of 100)\n",
                f.bookMs, f.counts.bookEntries, f.phonesMs);
    std::printf("peak RSS: %ld MB\n", rss);
    const bool ok = diffMs <= 300 && f.firstMs <= 1000 && f.doneMs <= 5000 && rss <= 200;
    std::printf("targets (diff <= 300 ms, first <= 1 s, done <= 5 s, RSS <= 200 MB): %s\n", ok ? "met" : "MISSED");
    return ok ? 0 : 3;
}
