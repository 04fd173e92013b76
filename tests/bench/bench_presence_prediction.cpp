// The monitor's presence prediction over a full store: how long the active rule takes to replay a
// million held events (what a rule edit costs), in one go and in the GUI's slices, and the memory
// the per-event predictions take.
//   bench_presence_prediction [--events 1000000]
#include "presence/PresencePrediction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace syncdesk;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    qsizetype events = 1'000'000;
    const QStringList args = app.arguments();
    const qsizetype at = args.indexOf(QStringLiteral("--events"));
    if (at >= 0 && at + 1 < args.size())
        events = args.at(at + 1).toLongLong();

    // 2,000 users (every other one an agent of the rule), 4 of 5 events presence updates, the rest
    // call events naming the user by ID only, as Zoom sends them.
    PresenceRule rule;
    rule.name = QStringLiteral("Bench");
    rule.publisher = {{QStringLiteral("Available"), QStringLiteral("Available_for_Chats")},
                      {QStringLiteral("Away"), QStringLiteral("Away_SF")},
                      {QStringLiteral("Meeting"), QStringLiteral("Busy_Meeting")},
                      {QStringLiteral("Zoom call"), QStringLiteral("Busy_On_Call")}};
    rule.zoom = {{QStringLiteral("Away"), {}, QStringLiteral("Away")},
                 {QStringLiteral("Available"), {}, QStringLiteral("Available")},
                 {QStringLiteral("Do_Not_Disturb"), {}, QStringLiteral("Meeting")},
                 {QStringLiteral("In_Meeting"), {}, QStringLiteral("Meeting")},
                 {{}, QStringLiteral("connected"), QStringLiteral("Zoom call")},
                 {{}, QStringLiteral("ended"), QStringLiteral("previous")}};
    for (int u = 0; u < 2000; u += 2)
        rule.users.append(QStringLiteral("person.%1@example.com").arg(u));

    EventStore store(events);
    const PresenceState presences[] = {PresenceState::Available, PresenceState::Away,
                                       PresenceState::DoNotDisturb, PresenceState::InMeeting};
    for (qsizetype n = 0; n < events; ++n) {
        ZoomEvent e;
        e.valid = true;
        e.userId = QStringLiteral("user%1").arg(n % 2000);
        if (n % 5 == 4) {
            const bool ended = (n / 5) % 2;
            e.type = ended ? ZoomEventType::PhoneCalleeEnded : ZoomEventType::PhoneCalleeAnswered;
            e.name = ended ? QStringLiteral("phone.callee_ended") : QStringLiteral("phone.callee_answered");
            e.callState = ended ? CallState::Ended : CallState::Connected;
        } else {
            e.type = ZoomEventType::UserPresenceStatusUpdated;
            e.name = QStringLiteral("user.presence_status_updated");
            e.email = QStringLiteral("person.%1@example.com").arg(n % 2000);
            e.presence = presences[n % 4];
        }
        store.append(RawEvent{}, e);
    }
    std::printf("store: %lld events\n", qlonglong(store.size()));

    PresencePrediction prediction(&store);
    prediction.setSliceMs(0);
    QElapsedTimer t;
    t.start();
    prediction.setRule(rule);
    std::printf("replay in one go: %lld ms (%.0f ns/event), predictions %.1f MB\n", t.elapsed(),
                double(t.nsecsElapsed()) / double(events), double(prediction.approximateMemoryBytes()) / 1e6);

    // In slices on the event loop, as the GUI does after a rule edit.
    prediction.setSliceMs(8);
    int slices = 0;
    QObject::connect(&prediction, &PresencePrediction::recomputed, &app, &QCoreApplication::quit);
    PresenceRule edited = rule;
    edited.zoom.removeLast();
    t.restart();
    prediction.setRule(edited);
    QElapsedTimer slice;
    qint64 worst = 0;
    while (prediction.isRecomputing()) {
        slice.start();
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        worst = std::max(worst, slice.nsecsElapsed());
        ++slices;
    }
    std::printf("replay in slices: %lld ms wall, %d loop turns, longest turn %.1f ms\n", t.elapsed(), slices,
                double(worst) / 1e6);
    return 0;
}
