#pragma once

#include "Area.h"
#include "widgets/PageScroll.h"

#include <QWidget>

class QTabWidget;

namespace syncdesk {

class AcdAccountMappingEditor;
class AcdConnectionCheck;
class AcdConnectionEditor;
class AddressBookEditor;
class DirectorySyncEditor;
class Banner;
class SessionClients;
class SetupController;

// The NICE CXone ACD: its connection with Test connection, the Zoom account mapping copy sheet,
// the address books and Directory Sync; addPage() adds more. The connection and mapping editors
// are the same classes the setup guide shows.
class AcdArea : public QWidget, public Area
{
    Q_OBJECT
public:
    enum class Section
    {
        Connection,
        Mapping,
        AddressBooks,
        DirectorySync
    };

    // `clients` and `check` are the console's shared ones (MainWindow owns them).
    AcdArea(SetupController* controller, SessionClients* clients, AcdConnectionCheck* check,
            QWidget* parent = nullptr);

    QString areaId() const override { return QStringLiteral("acd"); }
    QString title() const override;
    QIcon icon() const override;
    QWidget* widget() override { return this; }
    QKeySequence shortcut() const override;
    QString toolTip() const override;

    // Adds a tab after the existing ones (address books, Directory Sync); the page scrolls in it
    // when it is not a scroll area itself. The area takes ownership.
    void addPage(QWidget* page, const QString& title, PageFit fit = PageFit::Natural);

    AcdConnectionEditor* connectionEditor() const { return m_connection; }
    AcdAccountMappingEditor* mappingEditor() const { return m_mapping; }
    QTabWidget* tabs() const { return m_tabs; }
    SessionClients* clients() const { return m_clients; }
    void showSection(Section section);
    QStringList sectionIds() const override; // connection, mapping, addressbooks, directory
    void showSectionId(const QString& id) override;
    AddressBookEditor* addressBookEditor() const { return m_addressBooks; }
    DirectorySyncEditor* directorySyncEditor() const { return m_directory; }

signals:
    void setupGuideRequested();
    void zoomChecklistRequested();

private:
    void updateBanner();

    SetupController* m_controller;
    SessionClients* m_clients;
    Banner* m_noProfileBanner;
    QTabWidget* m_tabs;
    AcdConnectionEditor* m_connection;
    AcdAccountMappingEditor* m_mapping;
    AddressBookEditor* m_addressBooks;
    DirectorySyncEditor* m_directory;
};

} // namespace syncdesk
