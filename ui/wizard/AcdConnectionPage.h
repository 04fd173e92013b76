#pragma once

#include "SetupPage.h"

namespace syncdesk {

class AcdConnectionCheck;
class AcdConnectionEditor;

// The setup guide's step after the Zoom pages: hosts the ACD connection form with Test connection.
class AcdConnectionPage : public SetupPage
{
    Q_OBJECT
public:
    AcdConnectionPage(SetupController* controller, AcdConnectionCheck* check, QWidget* parent = nullptr);

    AcdConnectionEditor* editor() const { return m_editor; }
    void refresh() override;
    bool validatePage() override;

private:
    AcdConnectionEditor* m_editor;
};

} // namespace syncdesk
