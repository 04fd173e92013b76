#pragma once

#include <QDialog>

class QTableWidget;
class QPushButton;

namespace syncdesk {

// Help → About Syncdesk: what this is, the versions of Syncdesk and of the libraries it runs on
// (with a button that copies them for a support ticket), the license and the user guide.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    QTableWidget* versionsTable() const { return m_versions; }
    QPushButton* copyButton() const { return m_copy; }
    // The text the copy button puts on the clipboard: the version line and the platform.
    static QString versionsText();
    // The installed user guide's folder for the current language, or empty when none is found.
    static QString userGuidePath();

private:
    QTableWidget* m_versions = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace syncdesk
