#pragma once

#include "Editor.h"
#include "catalog/ZoomCatalog.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QVBoxLayout;

namespace syncdesk {

class CopyField;

// Registering the Zoom app in the Marketplace, following the seed procedure step by step, with
// the exact values to paste (endpoint URL, event names, scopes) one click away. Shown by the setup
// guide's checklist page and by the Zoom app area.
class ZoomAppChecklistEditor : public Editor
{
    Q_OBJECT
public:
    explicit ZoomAppChecklistEditor(SetupController* controller, QWidget* parent = nullptr);

    void refresh() override;

signals:
    // The locked endpoint validation step links to the ACD account mapping sheet.
    void acdMappingRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void rebuildSteps();
    QWidget* makeStepRow(int number, const ChecklistStep& step);
    QWidget* makeAccountFields(QWidget* parent);
    QWidget* makeEndpointField(QWidget* parent);
    QWidget* makeEventsView(QWidget* parent);
    QWidget* makeScopesView(QWidget* parent);
    void updateTicks();
    void updateLocks();
    void updateAccountFields();
    void updateEndpoint();
    void updateProgress();
    void onAppTypeToggled();
    void onAccountEdited();

    QCheckBox* m_directoryCheck;
    QCheckBox* m_presenceCheck;
    QLabel* m_noAppTypeLabel;
    QLabel* m_progressLabel;
    QProgressBar* m_progressBar;
    QWidget* m_stepsHost;
    QVBoxLayout* m_stepsLayout;

    QList<ChecklistStep> m_steps;
    QList<QCheckBox*> m_stepChecks; // parallel to m_steps
    QList<QLabel*> m_lockNotes;     // parallel to m_steps; null for steps that never lock
    bool m_builtDirectory = false;
    bool m_builtPresence = false;
    bool m_built = false;
    QLineEdit* m_accountIdEdit = nullptr;
    QLineEdit* m_clientIdEdit = nullptr;
    CopyField* m_endpointField = nullptr;
    QLabel* m_endpointNote = nullptr;
};

} // namespace syncdesk
