#pragma once

#include "SetupPage.h"

namespace syncdesk {

class SalesforceAccountMappingEditor;
class SessionClients;

// The setup guide's step after the ACD account mapping: the Salesforce account mapping (values,
// Verify, browser sign-in). Optional: a user without Salesforce goes on without filling it.
class SalesforceAccountMappingPage : public SetupPage
{
    Q_OBJECT
public:
    SalesforceAccountMappingPage(SetupController* controller, SessionClients* clients,
                                 QWidget* parent = nullptr);

    SalesforceAccountMappingEditor* editor() const { return m_editor; }
    void refresh() override;

protected:
    // Leaving the page hands typed secrets to the keychain, as leaving the area's tab does.
    bool validatePage() override;
    void cleanupPage() override;

private:
    SalesforceAccountMappingEditor* m_editor;
};

} // namespace syncdesk
