#pragma once

#include "cc/FlowEventScript.h"
#include "common/Error.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace syncdesk {

class SetupController;

// Contact Center > Flow event script: the engagement-data seed's JavaScript event script for a ZCC
// flow (Engagement Closed / Disposition Saved, disposition and transcript posted to an HTTPS URL),
// previewed read-only as it changes, with Copy and Save, and the multi-flow (RouteTo) checklist
// item. Saved in the profile under Profile::contactCenter["flowScript"].
class FlowEventScriptPage : public QWidget
{
    Q_OBJECT
public:
    explicit FlowEventScriptPage(SetupController* controller, QWidget* parent = nullptr);

    const FlowEventScript& settings() const { return m_settings; }
    // What Save does after its file dialog (tests call it directly).
    Error saveTo(const QString& path);

private:
    void loadFromProfile();
    void fillWidgets();
    void onEdited();
    void updatePreview();

    SetupController* m_controller;
    FlowEventScript m_settings;
    bool m_filling = false;
    bool m_loaded = false;

    QLineEdit* m_url = nullptr;
    QLabel* m_urlError = nullptr;
    QCheckBox* m_closed = nullptr;
    QCheckBox* m_disposition = nullptr;
    QCheckBox* m_transcript = nullptr;
    QCheckBox* m_sameInEveryFlow = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace syncdesk
