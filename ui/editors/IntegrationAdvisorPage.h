#pragma once

#include "cc/IntegrationAdvisor.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;

namespace syncdesk {

class SetupController;

// Contact Center > Integration method: the engagement-data seed's decision table as a short
// questionnaire (where agents work, which CRM, an inbound messaging flow, which data) with the
// recommended method and its considerations. Answers and result are saved in the profile under
// Profile::contactCenter["advisor"] at every change.
class IntegrationAdvisorPage : public QWidget
{
    Q_OBJECT
public:
    explicit IntegrationAdvisorPage(SetupController* controller, QWidget* parent = nullptr);

    AdvisorAnswers answers() const { return m_answers; }
    AdvisorRecommendation recommendation() const { return IntegrationAdvisor::recommend(m_answers); }

private:
    void loadFromProfile();
    void fillWidgets();
    void onEdited();
    void showRecommendation();

    SetupController* m_controller;
    AdvisorAnswers m_answers;
    bool m_filling = false;
    bool m_loaded = false;

    QButtonGroup* m_workspace = nullptr;
    QComboBox* m_crm = nullptr;
    QCheckBox* m_messagingFlow = nullptr;
    QHash<QString, QCheckBox*> m_data;
    QLabel* m_method = nullptr;
    QLabel* m_considerations = nullptr;
    QLabel* m_also = nullptr;
};

} // namespace syncdesk
