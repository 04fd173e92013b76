#pragma once

#include "SetupPage.h"

namespace syncdesk {

class ProfileEditor;

// Step 1 of the setup guide: hosts the profile chooser.
class ProfilePage : public SetupPage
{
    Q_OBJECT
public:
    explicit ProfilePage(SetupController* controller, QWidget* parent = nullptr);

    ProfileEditor* editor() const { return m_editor; }
    void refresh() override;
    bool isComplete() const override;

private:
    ProfileEditor* m_editor;
};

} // namespace syncdesk
