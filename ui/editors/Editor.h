#pragma once

#include <QWidget>

class QScrollArea;
class QVBoxLayout;

namespace syncdesk {

class SetupController;

// Base of every editor: one form over the SetupController, shown both by a setup guide page and
// by an area (KeePassXC's editor-widget pattern: one widget per form, hosted in two places).
// An editor has no scroll area of its own; its host scrolls. It shows the controller's current
// state whenever it becomes visible and when another profile is opened.
class Editor : public QWidget
{
    Q_OBJECT
public:
    explicit Editor(SetupController* controller, QWidget* parent = nullptr);

    // Shows the controller's current state.
    virtual void refresh() = 0;
    SetupController* controller() const { return m_controller; }

protected:
    void showEvent(QShowEvent* event) override;
    // The layout the editor's sections go into.
    QVBoxLayout* contentLayout() const { return m_content; }
    // The host's scroll area, if any: to bring a result into view.
    QScrollArea* hostScrollArea() const;

private:
    SetupController* m_controller;
    QVBoxLayout* m_content;
};

} // namespace syncdesk
