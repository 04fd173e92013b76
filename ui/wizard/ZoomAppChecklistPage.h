#pragma once

#include "SetupPage.h"

namespace syncdesk {

class ZoomAppChecklistEditor;

// Step 2 of the setup guide: hosts the Zoom app registration checklist.
class ZoomAppChecklistPage : public SetupPage
{
    Q_OBJECT
public:
    explicit ZoomAppChecklistPage(SetupController* controller, QWidget* parent = nullptr);

    ZoomAppChecklistEditor* editor() const { return m_editor; }
    void refresh() override;

private:
    ZoomAppChecklistEditor* m_editor;
};

} // namespace syncdesk
