// The address-book editor driven like a user would, against the profile session's ACD sandbox
// over real sockets: list, create, an entry through the dialog (with its validation), a CSV import
// preview with a bad row, and an assignment with the ACD's answer per entity.
#include "acd/AcdApi.h"
#include "connect/ProfileSession.h"
#include "connect/SessionClients.h"
#include "editors/AddressBookDialogs.h"
#include "editors/AddressBookEditor.h"
#include "sandbox/AcdSandbox.h"
#include "secrets/MemorySecretStore.h"
#include "widgets/Banner.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace syncdesk;

class TestAddressBookGui : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("SyncdeskTest"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_secrets = std::make_unique<MemorySecretStore>();
        m_session = std::make_unique<ProfileSession>(m_secrets.get(), m_dir->path());
        QVERIFY(m_session->openSandbox().ok());
        m_clients = std::make_unique<SessionClients>(m_session.get());
        m_editor = std::make_unique<AddressBookEditor>(m_clients.get());
        m_editor->resize(1000, 750);
        m_editor->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    }

    void cleanup()
    {
        m_editor.reset();
        m_clients.reset();
        m_session.reset();
        m_secrets.reset();
        m_dir.reset();
    }

    void listsCreatesAndEditsEntries();
    void importPreviewShowsBadRows();
    void assignToTeamShowsPerEntityResult();
    void aRefusedEntryKeepsTheDialogOpen();

private:
    template <typename T> T* child(const char* name) const
    {
        T* w = m_editor->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return w;
    }
    // As typing does (textEdited), also for letters QTest::keyClicks cannot send.
    static void type(QLineEdit* edit, const QString& text)
    {
        edit->setFocus();
        edit->end(false);
        edit->insert(text);
    }
    template <typename T> static T* in(QWidget* parent, const char* name)
    {
        T* w = parent->findChild<T*>(QLatin1String(name));
        if (!w)
            qWarning("no %s named %s", T::staticMetaObject.className(), name);
        return w;
    }
    int bookRow(const QString& name) const
    {
        auto* t = child<QTableWidget>("bookTable");
        for (int r = 0; r < t->rowCount(); ++r)
            if (t->item(r, 0) && t->item(r, 0)->text() == name)
                return r;
        return -1;
    }
    // Creates a Standard book through the dialog; leaves it selected.
    void createStandardBook(const QString& name);
    QList<AcdEntry> sandboxEntries(const QString& bookId);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MemorySecretStore> m_secrets;
    std::unique_ptr<ProfileSession> m_session;
    std::unique_ptr<SessionClients> m_clients;
    std::unique_ptr<AddressBookEditor> m_editor;
};

void TestAddressBookGui::createStandardBook(const QString& name)
{
    QTRY_VERIFY(!m_editor->isBusy());
    QTest::mouseClick(child<QPushButton>("newBookButton"), Qt::LeftButton);
    CreateAddressBookDialog* dialog = m_editor->createDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* ok = in<QPushButton>(dialog, "createBookOkButton");
    QVERIFY(!ok->isEnabled()); // no name yet
    QTest::keyClicks(in<QLineEdit>(dialog, "bookNameEdit"), name);
    in<QRadioButton>(dialog, "standardRadio")->setChecked(true);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!m_editor->createDialog());
    QTRY_VERIFY(bookRow(name) >= 0);
    QTRY_VERIFY(!m_editor->isBusy());
    auto* table = child<QTableWidget>("bookTable");
    QCOMPARE(table->item(bookRow(name), 1)->text(), QStringLiteral("Standard"));
    QCOMPARE(table->selectedItems().first()->row(), bookRow(name)); // the new book is the one shown
}

QList<AcdEntry> TestAddressBookGui::sandboxEntries(const QString& bookId)
{
    // Read back through a client of its own: what the ACD holds, not what the editor shows.
    AcdApi* api = nullptr;
    m_clients->acdApi(this, [&](AcdApi* a, const Error&) { api = a; });
    [&] { QTRY_VERIFY(api); }();
    std::optional<Result<QList<AcdEntry>>> got;
    if (api)
        api->entries(bookId, this, [&](const Result<QList<AcdEntry>>& r) { got = r; });
    [&] { QTRY_VERIFY(got.has_value()); }();
    return got && got->ok() ? got->value() : QList<AcdEntry>{};
}

void TestAddressBookGui::listsCreatesAndEditsEntries()
{
    QTRY_VERIFY(bookRow(QStringLiteral("Corporate Directory")) >= 0);
    auto* books = child<QTableWidget>("bookTable");
    QCOMPARE(books->item(bookRow(QStringLiteral("Corporate Directory")), 1)->text(),
             QStringLiteral("Dynamic"));
    // The Dynamic book is shown read-only, with the reason.
    QTRY_VERIFY(child<QTableWidget>("entryTable")->rowCount() > 10);
    QVERIFY(child<QLabel>("entriesNote")->text().contains(QLatin1String("Directory Sync")));
    QVERIFY(!child<QPushButton>("addEntryButton")->isEnabled());
    QVERIFY(!child<QPushButton>("importCsvButton")->isEnabled());

    createStandardBook(QStringLiteral("Partner Kontakte"));
    const QString bookId = m_editor->selectedBookId();
    QVERIFY(!bookId.isEmpty());
    QTRY_COMPARE(child<QTableWidget>("entryTable")->rowCount(), 0);
    QTRY_VERIFY(child<QPushButton>("addEntryButton")->isEnabled());

    QTest::mouseClick(child<QPushButton>("addEntryButton"), Qt::LeftButton);
    EntryDialog* dialog = m_editor->entryDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* save = in<QPushButton>(dialog, "entrySaveButton");
    auto* issues = in<QLabel>(dialog, "entryIssues");
    QVERIFY(!save->isEnabled());
    QVERIFY(issues->text().isEmpty()); // nothing judged before it is typed
    type(in<QLineEdit>(dialog, "entry_firstName"), QStringLiteral("Jürgen"));
    type(in<QLineEdit>(dialog, "entry_lastName"), QStringLiteral("Müller"));
    QTest::keyClicks(in<QLineEdit>(dialog, "entry_phone"), QStringLiteral("+49 30 123456789012345678901234"));
    QCOMPARE(in<QLineEdit>(dialog, "entry_phone")->text().size(), 31);
    QVERIFY(!save->isEnabled());
    QVERIFY2(issues->isVisible() && issues->text().contains(QLatin1String("Phone")) &&
                 issues->text().contains(QLatin1String("30")),
             qPrintable(issues->text()));
    QTest::keyClicks(in<QLineEdit>(dialog, "entry_email"), QStringLiteral("juergen@"));
    QVERIFY(issues->text().contains(QLatin1String("E-mail")));

    // Corrected: accepted.
    in<QLineEdit>(dialog, "entry_phone")->clear();
    QTest::keyClicks(in<QLineEdit>(dialog, "entry_phone"), QStringLiteral("+49 30 1234567"));
    QTest::keyClicks(in<QLineEdit>(dialog, "entry_email"), QStringLiteral("example.de"));
    QVERIFY2(issues->text().isEmpty(), qPrintable(issues->text()));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!m_editor->entryDialog());
    QTRY_COMPARE(child<QTableWidget>("entryTable")->rowCount(), 1);
    QCOMPARE(child<QTableWidget>("entryTable")->item(0, 0)->text(), QStringLiteral("Jürgen"));

    const QList<AcdEntry> stored = sandboxEntries(bookId);
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().lastName, QStringLiteral("Müller"));
    QCOMPARE(stored.first().phone, QStringLiteral("+49 30 1234567"));
    QCOMPARE(stored.first().email, QStringLiteral("juergen@example.de"));

    // Edit it: the change reaches the ACD.
    QTRY_VERIFY(!m_editor->isBusy());
    child<QTableWidget>("entryTable")->selectRow(0);
    QTest::mouseClick(child<QPushButton>("editEntryButton"), Qt::LeftButton);
    dialog = m_editor->entryDialog();
    QVERIFY(dialog);
    QCOMPARE(in<QLineEdit>(dialog, "entry_lastName")->text(), QStringLiteral("Müller"));
    in<QLineEdit>(dialog, "entry_company")->setText(QStringLiteral("株式会社サンプル"));
    QTest::mouseClick(in<QPushButton>(dialog, "entrySaveButton"), Qt::LeftButton);
    QTRY_VERIFY(!m_editor->entryDialog());
    QTRY_COMPARE(child<QTableWidget>("entryTable")->item(0, 3)->text(), QStringLiteral("株式会社サンプル"));
    QCOMPARE(sandboxEntries(bookId).first().company, QStringLiteral("株式会社サンプル"));
}

void TestAddressBookGui::importPreviewShowsBadRows()
{
    QTRY_VERIFY(bookRow(QStringLiteral("Corporate Directory")) >= 0);
    createStandardBook(QStringLiteral("Import"));
    const QString bookId = m_editor->selectedBookId();
    const QString path = m_dir->filePath(QStringLiteral("import.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("\xEF\xBB\xBF"
                "Vorname;Nachname;Telefon;E-Mail\r\n"
                "Jürgen;Weiß;+49 30 111;j@example.de\r\n"
                "Zu;Lang;+49 30 1234567890123456789012345;z@example.de\r\n"
                "太郎;山田;+81 3 1234 5678;taro@example.jp\r\n");
    }
    QTRY_VERIFY(!m_editor->isBusy());
    m_editor->importCsvFile(path);
    CsvImportDialog* dialog = m_editor->importDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto* table = in<QTableWidget>(dialog, "importPreviewTable");
    QCOMPARE(table->rowCount(), 3);
    const int last = table->columnCount() - 1;
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("3")); // the file's line
    QVERIFY(table->item(1, last)->text().contains(QLatin1String("Phone")));
    QVERIFY(table->item(1, 0)->background().color().red() > table->item(1, 0)->background().color().green());
    QVERIFY(table->item(0, last)->text().isEmpty());
    QCOMPARE(table->item(2, 1)->text(), QStringLiteral("太郎"));
    QVERIFY(in<QLabel>(dialog, "importSummary")->text().contains(QLatin1String("not imported: 1")));

    auto* import = in<QPushButton>(dialog, "importValidButton");
    QVERIFY(import->isEnabled());
    QTest::mouseClick(import, Qt::LeftButton);
    QTRY_VERIFY(in<Banner>(dialog, "importResult")->isVisible());
    QVERIFY(in<Banner>(dialog, "importResult")->text().contains(QLatin1String("Imported: 2")));
    QVERIFY(table->item(0, last)->text().startsWith(QLatin1String("Imported")));
    QVERIFY(!import->isEnabled()); // not twice
    QTRY_COMPARE(child<QTableWidget>("entryTable")->rowCount(), 2);
    QCOMPARE(sandboxEntries(bookId).size(), 2);
    dialog->close();
}

void TestAddressBookGui::assignToTeamShowsPerEntityResult()
{
    QTRY_VERIFY(bookRow(QStringLiteral("Corporate Directory")) >= 0);
    QTRY_VERIFY(!m_editor->isBusy());
    child<QTabWidget>("bookTabs")->setCurrentIndex(1);
    auto* combo = child<QComboBox>("assignTypeCombo");
    combo->setCurrentIndex(combo->findData(QStringLiteral("Team")));
    auto* picker = child<QListWidget>("assignPicker");
    QTRY_COMPARE(picker->count(), m_session->acdSandbox()->teamCount());
    QTRY_VERIFY(!m_editor->isBusy());
    QVERIFY(!child<QPushButton>("assignApplyButton")->isEnabled()); // nothing ticked
    const QString teamName = picker->item(1)->text();
    picker->item(1)->setCheckState(Qt::Checked);
    QVERIFY(child<QPushButton>("assignApplyButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("assignApplyButton"), Qt::LeftButton);
    auto* results = child<QTableWidget>("assignResultTable");
    QTRY_VERIFY(results->isVisible());
    QCOMPARE(results->rowCount(), 1);
    QCOMPARE(results->item(0, 0)->text(), teamName);
    QCOMPARE(results->item(0, 2)->text(), QStringLiteral("Assigned"));
    // Who sees it now, and the list's summary.
    QTRY_VERIFY(child<QListWidget>("assignedAgentsList")->count() > 0);
    QTRY_VERIFY(child<QTableWidget>("bookTable")
                    ->item(bookRow(QStringLiteral("Corporate Directory")), 2)
                    ->text()
                    .contains(QLatin1String("Teams: 1")));

    // A campaign the ACD does not know: refused, with its reason, entity by entity.
    QTRY_VERIFY(!m_editor->isBusy());
    combo->setCurrentIndex(combo->findData(QStringLiteral("Campaign")));
    child<QLineEdit>("campaignIdsEdit")->setText(QStringLiteral("777, 778"));
    QTest::mouseClick(child<QPushButton>("assignApplyButton"), Qt::LeftButton);
    QTRY_COMPARE(results->rowCount(), 2);
    QTRY_VERIFY(results->item(1, 2)->text().contains(QLatin1String("not found")));
    QTRY_VERIFY(child<Banner>("addressBookMessage")->text().contains(QLatin1String("2 of 2")));
    QTRY_VERIFY(!m_editor->isBusy());
}

void TestAddressBookGui::aRefusedEntryKeepsTheDialogOpen()
{
    QTRY_VERIFY(bookRow(QStringLiteral("Corporate Directory")) >= 0);
    createStandardBook(QStringLiteral("Refusals"));
    m_session->acdSandbox()->injectEntryFailure(QStringLiteral("no@example.com"),
                                                QStringLiteral("Duplicate entry in address book."));
    QTRY_VERIFY(child<QPushButton>("addEntryButton")->isEnabled());
    QTest::mouseClick(child<QPushButton>("addEntryButton"), Qt::LeftButton);
    EntryDialog* dialog = m_editor->entryDialog();
    QVERIFY(dialog);
    QTest::keyClicks(in<QLineEdit>(dialog, "entry_firstName"), QStringLiteral("Nora"));
    QTest::keyClicks(in<QLineEdit>(dialog, "entry_lastName"), QStringLiteral("Nein"));
    QTest::keyClicks(in<QLineEdit>(dialog, "entry_email"), QStringLiteral("no@example.com"));
    QTest::mouseClick(in<QPushButton>(dialog, "entrySaveButton"), Qt::LeftButton);
    QTRY_VERIFY(in<Banner>(dialog, "entryError")->isVisible());
    QVERIFY(in<Banner>(dialog, "entryError")->text().contains(QLatin1String("Duplicate entry")));
    QVERIFY(m_editor->entryDialog()); // still open, with what was typed
    QCOMPARE(in<QLineEdit>(dialog, "entry_firstName")->text(), QStringLiteral("Nora"));
    QVERIFY(in<QPushButton>(dialog, "entrySaveButton")->isEnabled());
    dialog->reject();
}

QTEST_MAIN(TestAddressBookGui)
#include "tst_addressbook_gui.moc"
