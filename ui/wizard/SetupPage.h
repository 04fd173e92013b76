#pragma once

#include <QWizardPage>

class QScrollArea;
class QVBoxLayout;

namespace syncdesk {

class SetupController;

// Base of every wizard page: it knows the controller, puts its content in a scroll area (long
// German and Japanese text must never be cut off at small window sizes) and re-reads everything
// it shows in refresh().
class SetupPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit SetupPage(SetupController* controller, QWidget* parent = nullptr);

    // Shows the controller's current state. Called when the page is entered (also when coming
    // back to it) and when another profile is opened.
    virtual void refresh() = 0;
    // QWizard's header clips a subtitle that wraps onto more lines (long translations, 1024×700):
    // shows it as the first, word-wrapped paragraph of the scrolling page instead.
    void moveSubTitleIntoContent();

protected:
    void initializePage() override { refresh(); }
    SetupController* controller() const { return m_controller; }
    // The layout inside the page's scroll area; pages add their sections here.
    QVBoxLayout* contentLayout() const { return m_content; }
    QScrollArea* scrollArea() const { return m_scroll; }

private:
    SetupController* m_controller;
    QScrollArea* m_scroll;
    QVBoxLayout* m_content;
};

} // namespace syncdesk
