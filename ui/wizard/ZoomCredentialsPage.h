#pragma once

#include "SetupPage.h"

namespace syncdesk {

class ZoomCredentialsEditor;

// Step 3 of the setup guide: hosts the Zoom credentials form with Test connection.
class ZoomCredentialsPage : public SetupPage
{
    Q_OBJECT
public:
    explicit ZoomCredentialsPage(SetupController* controller, QWidget* parent = nullptr);

    ZoomCredentialsEditor* editor() const { return m_editor; }
    void refresh() override;
    bool validatePage() override;

    void startTest();

private:
    ZoomCredentialsEditor* m_editor;
};

} // namespace syncdesk
