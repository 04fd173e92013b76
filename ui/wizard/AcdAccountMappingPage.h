#pragma once

#include "SetupPage.h"

namespace syncdesk {

class AcdAccountMappingEditor;
class SessionClients;

// The setup guide's step after the ACD connection: the Zoom account mapping copy sheet.
class AcdAccountMappingPage : public SetupPage
{
    Q_OBJECT
public:
    AcdAccountMappingPage(SetupController* controller, SessionClients* clients, QWidget* parent = nullptr);

    AcdAccountMappingEditor* editor() const { return m_editor; }
    void refresh() override;

private:
    AcdAccountMappingEditor* m_editor;
};

} // namespace syncdesk
