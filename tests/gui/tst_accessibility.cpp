// Every control a keyboard or screen-reader user can reach has an accessible name: the window is
// built as the app builds it, the sandbox profile is open (so every page is populated), every area,
// every tab and every page of the setup guide is shown, and every interactive widget is asked for
// the name a screen reader would read (QAccessible, the same interface Orca and NVDA query).
#include "MainWindow.h"
#include "areas/Area.h"
#include "secrets/MemorySecretStore.h"
#include "setup/SetupController.h"
#include "support/AboutDialog.h"
#include "support/SettingsDialog.h"
#include "welcome/WelcomePage.h"
#include "wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSet>
#include <QSlider>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <memory>

using namespace syncdesk;

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyControlHasAName();

private:
    void visitTabs(QWidget* root);
    void collect(QWidget* window = nullptr);
    static bool isInteractive(const QWidget* w);
    static bool isInternalPart(const QWidget* w);
    static QString describe(const QWidget* w);

    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    std::unique_ptr<SetupController> m_controller;
    std::unique_ptr<MainWindow> m_window;
    // Offenders by widget, described when first seen (pages may be rebuilt later).
    QMap<const QWidget*, QString> m_offenders;
    QSet<const QWidget*> m_checked;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SyncdeskAccessibilityTest"));
    QVERIFY(m_dir.isValid());
}

bool TestAccessibility::isInteractive(const QWidget* w)
{
    if (qobject_cast<const QAbstractButton*>(w) || qobject_cast<const QLineEdit*>(w) ||
        qobject_cast<const QComboBox*>(w) || qobject_cast<const QAbstractSpinBox*>(w) ||
        qobject_cast<const QAbstractItemView*>(w) || qobject_cast<const QTextEdit*>(w) ||
        qobject_cast<const QPlainTextEdit*>(w) || qobject_cast<const QSlider*>(w) ||
        qobject_cast<const QTabBar*>(w))
        return true;
    return w->focusPolicy() != Qt::NoFocus && w->isEnabled();
}

// Parts Qt builds inside its own composite widgets, named by their owner (the line edit in a spin
// box or an editable combo, a combo's popup list, a table's headers) or by Qt itself.
bool TestAccessibility::isInternalPart(const QWidget* w)
{
    if (qobject_cast<const QHeaderView*>(w))
        return w->focusPolicy() == Qt::NoFocus;
    // Qt's own helpers outside the Tab chain: a table's select-all corner, a line edit's clear
    // button, a tool bar's or menu bar's overflow arrow.
    const QByteArray cls = w->metaObject()->className();
    if (w->focusPolicy() == Qt::NoFocus &&
        (cls == "QTableCornerButton" || cls == "QLineEditIconButton" || cls == "QToolBarExtension" ||
         w->objectName().startsWith(QLatin1String("qt_"))))
        return true;
    for (const QWidget* p = w->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox*>(p) || qobject_cast<const QAbstractSpinBox*>(p))
            return true;
    }
    // A selectable label or one with links is focusable; a screen reader reads its text.
    return qobject_cast<const QLabel*>(w) != nullptr;
}

QString TestAccessibility::describe(const QWidget* w)
{
    QStringList chain;
    for (const QWidget* p = w->parentWidget(); p && p != w->window(); p = p->parentWidget()) {
        if (!p->objectName().isEmpty())
            chain << p->objectName();
    }
    // The nearest label in the same parent tells a reader of the failure which control it is.
    QString nearby;
    if (const QWidget* parent = w->parentWidget()) {
        int best = INT_MAX;
        const QPoint at = w->mapTo(parent, QPoint(0, 0));
        for (const QLabel* label : parent->findChildren<QLabel*>(Qt::FindDirectChildrenOnly)) {
            if (label->text().trimmed().isEmpty())
                continue;
            const int d = (label->geometry().topLeft() - at).manhattanLength();
            if (d < best) {
                best = d;
                nearby = label->text().left(60);
            }
        }
    }
    return QStringLiteral("%1 \"%2\" in %3 (near label: \"%4\")")
        .arg(QLatin1String(w->metaObject()->className()), w->objectName(), chain.join(QLatin1String(" < ")),
             nearby);
}

void TestAccessibility::collect(QWidget* window)
{
    if (!window)
        window = m_window.get();
    QCoreApplication::sendPostedEvents(); // pages that fill themselves on a queued call
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (w->window() != window || !isInteractive(w) || isInternalPart(w))
            continue;
        m_checked.insert(w);
        // Judged each time it is seen: some controls take their name when first shown.
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
        const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
        if (name.isEmpty())
            m_offenders.insert(w, describe(w));
        else
            m_offenders.remove(w);
    }
}

void TestAccessibility::visitTabs(QWidget* root)
{
    for (QTabWidget* tabs : root->findChildren<QTabWidget*>()) {
        const int was = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            collect();
        }
        tabs->setCurrentIndex(was);
    }
}

void TestAccessibility::everyControlHasAName()
{
    m_controller = std::make_unique<SetupController>(&m_secrets, m_dir.path());
    m_window = std::make_unique<MainWindow>(m_controller.get());
    m_window->setCloseQuestion([](const QString&) { return QMessageBox::Discard; });
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openSandbox());
    collect();

    const QStringList areas = m_window->areaIds();
    QVERIFY(areas.contains(QStringLiteral("setup")));
    for (const QString& id : areas) {
        QVERIFY(m_window->showArea(id));
        Area* area = m_window->area(id);
        for (const QString& section : area->sectionIds()) {
            area->showSectionId(section);
            collect();
        }
        collect();
        visitTabs(area->widget());
    }

    // Every page of the setup guide, in order.
    m_window->showSetupGuide();
    SetupWizard* wizard = m_window->wizard();
    const QList<int> pages = wizard->pageIds();
    QVERIFY(pages.size() >= 6);
    for (int page : pages) {
        QVERIFY2(wizard->goToPage(page), qPrintable(QString::number(page)));
        collect();
        visitTabs(wizard->currentPage());
    }

    // The first-run and support dialogs: welcome page, About, Settings.
    {
        WelcomePage welcome(m_dir.path(), m_window.get());
        welcome.show();
        QVERIFY(QTest::qWaitForWindowExposed(&welcome));
        const auto beforewelcome = m_checked.size();
        collect(&welcome);
        QVERIFY(m_checked.size() > beforewelcome); // its controls were walked
        AboutDialog about(m_window.get());
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        const auto beforeabout = m_checked.size();
        collect(&about);
        QVERIFY(m_checked.size() > beforeabout); // its controls were walked
        SettingsDialog settings(m_window.get());
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        const auto beforesettings = m_checked.size();
        collect(&settings);
        QVERIFY(m_checked.size() > beforesettings); // its controls were walked
    }

    QVERIFY(m_checked.size() > 50); // the walk really saw the console's controls
    QStringList lines = m_offenders.values();
    lines.sort();
    for (const QString& line : lines)
        qWarning("no accessible name: %s", qPrintable(line));
    QVERIFY2(lines.isEmpty(),
             qPrintable(QStringLiteral("%1 controls without an accessible name (listed above)").arg(lines.size())));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
