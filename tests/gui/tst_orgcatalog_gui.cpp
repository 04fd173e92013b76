// The org's presence statuses and service channels read once for the three pages that offer them
// (status designer, presence rules, omni-channel mapping), against the Salesforce sandbox over
// real sockets: the sandbox counts the SOQL queries it answers, as the org counts API requests.
#include "connect/ProfileSession.h"
#include "connect/SalesforceOrgCatalog.h"
#include "connect/SessionClients.h"
#include "editors/OmniStatusMappingBox.h"
#include "editors/PresenceRuleEditor.h"
#include "editors/PresenceStatusDesigner.h"
#include "sandbox/SalesforceSandbox.h"
#include "secrets/MemorySecretStore.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace syncdesk;

namespace {

const QString kStatus = QStringLiteral("ServicePresenceStatus");
const QString kChannel = QStringLiteral("ServiceChannel");

struct Pages
{
    QTemporaryDir dir;
    MemorySecretStore store;
    std::unique_ptr<ProfileSession> session;
    std::unique_ptr<SessionClients> clients;
    std::unique_ptr<PresenceStatusDesigner> designer;
    std::unique_ptr<PresenceRuleEditor> rules;
    std::unique_ptr<OmniStatusMappingBox> omni;

    bool open()
    {
        if (!dir.isValid())
            return false;
        session = std::make_unique<ProfileSession>(&store, dir.path());
        if (!session->openSandbox().ok())
            return false;
        clients = std::make_unique<SessionClients>(session.get());
        designer = std::make_unique<PresenceStatusDesigner>(clients.get());
        rules = std::make_unique<PresenceRuleEditor>(clients.get());
        omni = std::make_unique<OmniStatusMappingBox>();
        omni->setSessionClients(clients.get());
        return true;
    }
    SalesforceSandbox* sandbox() const { return session->salesforceSandbox(); }
    QStringList designerStatuses() const
    {
        QStringList names;
        auto* list = designer->findChild<QListWidget*>(QStringLiteral("statusDesignOrgStatuses"));
        for (int i = 0; i < list->count(); ++i)
            names.append(list->item(i)->data(Qt::UserRole).toString());
        return names;
    }
    QString rulesState() const
    {
        return rules->findChild<QLabel*>(QStringLiteral("salesforceStatusesStatus"))->text();
    }
    QPushButton* omniLoad() const { return omni->findChild<QPushButton*>(QStringLiteral("ctiOmniLoad")); }
    // Opens the three pages at once, as a user going through the Salesforce and Contact Center
    // areas does; true when each of them got an answer.
    bool openAll(QList<Error>* errors)
    {
        QSignalSpy d(designer.get(), &PresenceStatusDesigner::orgLoaded);
        QSignalSpy r(rules.get(), &PresenceRuleEditor::salesforceLoaded);
        QSignalSpy o(omni.get(), &OmniStatusMappingBox::salesforceStatusesLoaded);
        designer->show();
        rules->show();
        omni->show();
        QTest::mouseClick(omniLoad(), Qt::LeftButton);
        const bool all =
            (d.count() || d.wait(15000)) && (r.count() || r.wait(15000)) && (o.count() || o.wait(15000));
        if (all && errors)
            *errors = {d.first().first().value<Error>(), r.first().first().value<Error>(),
                       o.first().first().value<Error>()};
        return all;
    }
};

} // namespace

class TestOrgCatalogGui : public QObject
{
    Q_OBJECT
private slots:
    void threePagesCostOneQuery();
    void reloadReadsOnceMoreAndEveryPageShowsIt();
    void failureReachesEveryPage();
    void failedQueryReachesEveryWaitingPage();
    void anotherProfileReadsAgain();
};

void TestOrgCatalogGui::threePagesCostOneQuery()
{
    Pages p;
    QVERIFY(p.open());
    QList<Error> errors;
    QVERIFY(p.openAll(&errors));
    for (const Error& e : errors)
        QVERIFY2(e.ok(), qPrintable(e.describe()));
    QCOMPARE(p.sandbox()->queryCount(kStatus), 1);
    QCOMPARE(p.sandbox()->queryCount(kChannel), 1);
    QCOMPARE(p.designerStatuses().size(), 5);
    QCOMPARE(p.rulesState(), QStringLiteral("Salesforce statuses: 5"));
    QCOMPARE(p.omni->salesforceStatuses().size(), 5);

    // Asking again (a page shown again, the designer's first Load) costs nothing more.
    QSignalSpy again(p.rules.get(), &PresenceRuleEditor::salesforceLoaded);
    p.rules->loadSalesforce(false);
    QVERIFY(again.wait(5000));
    QCOMPARE(p.sandbox()->queryCount(kStatus), 1);
}

void TestOrgCatalogGui::reloadReadsOnceMoreAndEveryPageShowsIt()
{
    Pages p;
    QVERIFY(p.open());
    QVERIFY(p.openAll(nullptr));
    QCOMPARE(p.sandbox()->queryCount(kStatus), 1);

    // Created in Setup meanwhile; the omni-channel box's button is now a Reload.
    p.sandbox()->addPresenceStatus(QStringLiteral("Training"), QStringLiteral("Training"));
    QCOMPARE(p.omniLoad()->text(), QStringLiteral("Reload Salesforce statuses"));
    QSignalSpy o(p.omni.get(), &OmniStatusMappingBox::salesforceStatusesLoaded);
    QTest::mouseClick(p.omniLoad(), Qt::LeftButton);
    QVERIFY(o.wait(15000));
    QVERIFY(o.first().first().value<Error>().ok());
    QCOMPARE(p.sandbox()->queryCount(kStatus), 2);
    QVERIFY(p.omni->salesforceStatuses().contains(QStringLiteral("Training")));
    // The other pages show it without asking the org themselves.
    QVERIFY2(p.designerStatuses().contains(QStringLiteral("Training")),
             qPrintable(p.designerStatuses().join(u',')));
    QCOMPARE(p.rulesState(), QStringLiteral("Salesforce statuses: 6"));

    // The designer's Refresh reads again as well.
    p.sandbox()->addPresenceStatus(QStringLiteral("Meeting"), QStringLiteral("Meeting"));
    auto* refresh = p.designer->findChild<QPushButton*>(QStringLiteral("statusDesignLoadButton"));
    QCOMPARE(refresh->text(), QStringLiteral("Refresh"));
    QSignalSpy d(p.designer.get(), &PresenceStatusDesigner::orgLoaded);
    QTest::mouseClick(refresh, Qt::LeftButton);
    QVERIFY(d.wait(15000));
    QCOMPARE(p.sandbox()->queryCount(kStatus), 3);
    QCOMPARE(p.sandbox()->queryCount(kChannel), 3);
    QVERIFY(p.designerStatuses().contains(QStringLiteral("Meeting")));
    QCOMPARE(p.rulesState(), QStringLiteral("Salesforce statuses: 7"));
    QVERIFY(p.omni->salesforceStatuses().contains(QStringLiteral("Meeting")));
}

void TestOrgCatalogGui::failureReachesEveryPage()
{
    Pages p;
    QVERIFY(p.open());
    // Enough 429s to outlast the client's retries: every request of the read fails.
    p.sandbox()->injectFault(SalesforceSandboxFault::RateLimited, 100, 0);
    QList<Error> errors;
    QVERIFY(p.openAll(&errors));
    QCOMPARE(errors.size(), 3);
    for (const Error& e : errors) {
        QVERIFY(!e.ok());
        QCOMPARE(e.code, ErrorCode::RateLimited);
        QCOMPARE(e.message, errors.first().message); // one read, one error, every page
        QVERIFY(!e.message.isEmpty());
    }
    QVERIFY2(p.designer->findChild<QLabel*>(QStringLiteral("statusDesignOrgState"))
                 ->text()
                 .contains(errors.first().message),
             qPrintable(p.designer->findChild<QLabel*>(QStringLiteral("statusDesignOrgState"))->text()));
    QCOMPARE(p.rulesState(), QStringLiteral("Salesforce: %1").arg(errors.first().message));
    QVERIFY(
        p.omni->findChild<QLabel*>(QStringLiteral("ctiOmniStatus"))->text().contains(errors.first().message));
    QVERIFY(!p.clients->salesforceCatalog()->cached()); // an error is not kept

    // Once the org answers again, the next request reads it.
    p.sandbox()->clearFaults();
    QSignalSpy r(p.rules.get(), &PresenceRuleEditor::salesforceLoaded);
    p.rules->loadSalesforce();
    QVERIFY(r.wait(15000));
    QVERIFY(r.first().first().value<Error>().ok());
    QCOMPARE(p.rulesState(), QStringLiteral("Salesforce statuses: 5"));
}

void TestOrgCatalogGui::failedQueryReachesEveryWaitingPage()
{
    Pages p;
    QVERIFY(p.open());
    QVERIFY(p.openAll(nullptr)); // signed in, statuses kept
    QCOMPARE(p.sandbox()->queryCount(kStatus), 1);
    const int before = p.sandbox()->apiRequestCount();

    // The org is busy: the query itself fails (the token is still good). All three pages reload
    // at once and share the one failing read.
    p.sandbox()->injectFault(SalesforceSandboxFault::ServerBusy, 100);
    QSignalSpy d(p.designer.get(), &PresenceStatusDesigner::orgLoaded);
    QSignalSpy r(p.rules.get(), &PresenceRuleEditor::salesforceLoaded);
    QSignalSpy o(p.omni.get(), &OmniStatusMappingBox::salesforceStatusesLoaded);
    p.designer->loadOrg(true);
    p.rules->loadSalesforce(true);
    p.omni->loadSalesforceStatuses(true);
    QVERIFY(d.wait(30000));
    QVERIFY(r.count() || r.wait(30000));
    QVERIFY(o.count() || o.wait(30000));
    const Error e = d.first().first().value<Error>();
    QVERIFY(!e.ok());
    QCOMPARE(e.service, Service::Salesforce);
    QVERIFY(!e.message.isEmpty());
    QCOMPARE(r.first().first().value<Error>().message, e.message);
    QCOMPARE(o.first().first().value<Error>().message, e.message);
    QCOMPARE(p.rulesState(), QStringLiteral("Salesforce: %1").arg(e.message));
    // One read of two objects, each tried as often as the client retries: not three reads.
    const int served = p.sandbox()->apiRequestCount() - before;
    p.sandbox()->clearFaults();
    QVERIFY2(served > 0 && served % 2 == 0 && served <= 2 * 6, qPrintable(QString::number(served)));
}

void TestOrgCatalogGui::anotherProfileReadsAgain()
{
    Pages p;
    QVERIFY(p.open());
    QVERIFY(p.openAll(nullptr));
    QCOMPARE(p.sandbox()->queryCount(kStatus), 1);
    const QString first = p.session->profilePath();

    // Opening a profile again (here the sandbox's, the org possibly changed meanwhile) drops
    // what was kept: the visible pages read the org once more, together.
    p.sandbox()->addPresenceStatus(QStringLiteral("Training"), QStringLiteral("Training"));
    QSignalSpy d(p.designer.get(), &PresenceStatusDesigner::orgLoaded);
    QSignalSpy r(p.rules.get(), &PresenceRuleEditor::salesforceLoaded);
    QVERIFY(p.session->openProfile(first).ok());
    QVERIFY(d.wait(15000));
    QVERIFY(r.count() || r.wait(15000));
    QCOMPARE(p.sandbox()->queryCount(kStatus), 2);
    QVERIFY(p.designerStatuses().contains(QStringLiteral("Training")));
    QCOMPARE(p.rulesState(), QStringLiteral("Salesforce statuses: 6"));
}

QTEST_MAIN(TestOrgCatalogGui)
#include "tst_orgcatalog_gui.moc"
