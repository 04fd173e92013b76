// The presence-status designer driven like a user would, offscreen, on a sandbox profile
// (issue 8 §3): a status typed in gets its developer name, the sandbox org's statuses and channels
// load, and the exported zip holds the deployable files.
#include "connect/ProfileSession.h"
#include "connect/SessionClients.h"
#include "editors/PresenceStatusDesigner.h"
#include "salesforce/MetadataZip.h"
#include "secrets/MemorySecretStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace syncdesk;

class TestStatusDesignerGui : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MemorySecretStore m_store;
    std::unique_ptr<ProfileSession> m_session;
    std::unique_ptr<SessionClients> m_clients;
    std::unique_ptr<PresenceStatusDesigner> m_designer;

    template <typename T> T* child(const QString& name) const { return m_designer->findChild<T*>(name); }

    void typeInto(int row, int column, const QString& text)
    {
        QTableWidget* table = child<QTableWidget>(QStringLiteral("statusDesignTable"));
        // The previous cell's editor is deleted later; let it go so findChild finds the new one.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        table->setCurrentCell(row, column);
        table->editItem(table->item(row, column));
        auto* editor = table->viewport()->findChild<QLineEdit*>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, text);
        // Moving to another cell commits the edit, as clicking elsewhere does.
        table->setCurrentCell(row, PresenceStatusDesigner::ProblemColumn);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_session = std::make_unique<ProfileSession>(&m_store, m_dir.path());
        QVERIFY(m_session->openSandbox().ok());
        m_clients = std::make_unique<SessionClients>(m_session.get());
        m_designer = std::make_unique<PresenceStatusDesigner>(m_clients.get());
        m_designer->resize(1200, 900);
        m_designer->show(); // editing a cell needs a visible table (and the page then reads the org)
        QVERIFY(QTest::qWaitForWindowExposed(m_designer.get()));
    }

    void addStatusDerivesDeveloperName()
    {
        QSignalSpy changed(m_designer.get(), &PresenceStatusDesigner::statusesChanged);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("statusDesignAddButton")), Qt::LeftButton);
        QTableWidget* table = child<QTableWidget>(QStringLiteral("statusDesignTable"));
        QCOMPARE(table->rowCount(), 1);
        typeInto(0, PresenceStatusDesigner::LabelColumn, QStringLiteral("Ready for Calls & Chats"));
        QCOMPARE(table->item(0, PresenceStatusDesigner::DeveloperNameColumn)->text(),
                 QStringLiteral("Ready_for_Calls_Chats"));
        // An Online status without a channel is a problem shown at the row and in the list.
        QVERIFY(!table->item(0, PresenceStatusDesigner::ProblemColumn)->text().isEmpty());
        QVERIFY(child<QListWidget>(QStringLiteral("statusDesignProblems"))->count() >= 1);
        QVERIFY(!child<QPushButton>(QStringLiteral("statusDesignExportButton"))->isEnabled());

        // Picking a channel fixes it.
        auto* picker =
            qobject_cast<QToolButton*>(table->cellWidget(0, PresenceStatusDesigner::ChannelsColumn));
        QVERIFY(picker && picker->menu());
        QAction* caseChannel = nullptr;
        for (QAction* a : picker->menu()->actions())
            if (a->text() == QLatin1String("sfdc_case"))
                caseChannel = a;
        QVERIFY(caseChannel);
        caseChannel->setChecked(true);
        QTRY_COMPARE(table->item(0, PresenceStatusDesigner::ProblemColumn)->text(), QString());
        QCOMPARE(child<QListWidget>(QStringLiteral("statusDesignProblems"))->count(), 0);

        // Saved in the profile at once, and the rule editor hears of it.
        const auto saved = PresenceStatusDesigns::fromJson(m_session->profile().presenceStatusDesigns);
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved[0].developerName, QStringLiteral("Ready_for_Calls_Chats"));
        QCOMPARE(saved[0].channels, QStringList{QStringLiteral("sfdc_case")});
        QVERIFY(!changed.isEmpty());
        QVERIFY(changed.last().at(0).toStringList().contains(QStringLiteral("Ready_for_Calls_Chats")));

        // A Busy status named like one in the sandbox org.
        QTest::mouseClick(child<QPushButton>(QStringLiteral("statusDesignAddButton")), Qt::LeftButton);
        typeInto(1, PresenceStatusDesigner::LabelColumn, QStringLiteral("Lunch"));
        auto* kind = qobject_cast<QComboBox*>(table->cellWidget(1, PresenceStatusDesigner::KindColumn));
        QVERIFY(kind);
        kind->setCurrentIndex(1);
        QCOMPARE(m_designer->designs().at(1).kind, PresenceStatusDesign::Kind::Busy);
        QVERIFY(child<QPushButton>(QStringLiteral("statusDesignExportButton"))->isEnabled());
    }

    void loadsTheOrgFromTheSandbox()
    {
        QSignalSpy loaded(m_designer.get(), &PresenceStatusDesigner::orgLoaded);
        QTest::mouseClick(child<QPushButton>(QStringLiteral("statusDesignLoadButton")), Qt::LeftButton);
        QVERIFY(loaded.wait(15000));
        const Error e = loaded.first().at(0).value<Error>();
        QVERIFY2(e.ok(), qPrintable(e.describe()));
        auto* statuses = child<QListWidget>(QStringLiteral("statusDesignOrgStatuses"));
        QStringList names;
        bool lunchMarked = false;
        for (int i = 0; i < statuses->count(); ++i) {
            names.append(statuses->item(i)->data(Qt::UserRole).toString());
            if (names.last() == QLatin1String("Lunch"))
                lunchMarked = statuses->item(i)->data(Qt::UserRole + 1).toBool();
        }
        QVERIFY2(names.contains(QStringLiteral("Available_for_Chats")), qPrintable(names.join(u',')));
        QVERIFY(names.contains(QStringLiteral("Busy_On_Case")));
        QVERIFY(lunchMarked);
        QCOMPARE(child<QListWidget>(QStringLiteral("statusDesignOrgChannels"))->count(), 2);
        // The designed Lunch exists already: a warning, not an error.
        const auto problems = m_designer->problems();
        QCOMPARE(problems.at(1).size(), 1);
        QCOMPARE(problems.at(1).first().kind, PresenceStatusProblem::Kind::ExistsInOrg);
        QVERIFY(child<QPushButton>(QStringLiteral("statusDesignExportButton"))->isEnabled());
        QVERIFY(m_designer->statusNames().contains(QStringLiteral("Zoom_Call")));
    }

    void exportsTheZip()
    {
        const QString path = m_dir.filePath(QStringLiteral("statuses.zip"));
        const Error e = m_designer->exportZip(path);
        QVERIFY2(e.ok(), qPrintable(e.describe()));
        const auto entries = MetadataZip::read(path);
        QVERIFY(entries.ok());
        QStringList paths;
        for (const auto& entry : entries.value())
            paths.append(entry.path);
        QCOMPARE(paths,
                 (QStringList{
                     QStringLiteral("package.xml"),
                     QStringLiteral("servicePresenceStatuses/Ready_for_Calls_Chats.servicePresenceStatus"),
                     QStringLiteral("servicePresenceStatuses/Lunch.servicePresenceStatus")}));
        QVERIFY(entries.value().at(1).data.contains("<label>Ready for Calls &amp; Chats</label>"));
    }

    void profileAccessTicksAreSaved()
    {
        auto* check = child<QCheckBox>(QStringLiteral("salesforceStep_status-access-agents"));
        QVERIFY(check);
        QVERIFY(!check->isChecked());
        check->click();
        QVERIFY(
            m_session->profile().salesforce.checklistDone.contains(QStringLiteral("status-access-agents")));
    }
};

QTEST_MAIN(TestStatusDesignerGui)
#include "tst_statusdesigner_gui.moc"
