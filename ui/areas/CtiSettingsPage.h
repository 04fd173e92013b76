#pragma once

#include "cc/CtiSettings.h"
#include "common/Error.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace syncdesk {

class OmniStatusMappingBox;
class SessionClients;
class SetupController;

// Contact Center > Salesforce CTI: seed 004's settings as forms saved in the profile
// (Profile::contactCenter["cti"]): the package/authorization/web-portal checklist, the call-center
// definition with live Open CTI validation and its XML, country codes, related objects and screen
// pop, the utility item and the permission-set table.
class CtiSettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit CtiSettingsPage(SetupController* controller, QWidget* parent = nullptr);

    const CtiSettings& settings() const { return m_settings; }
    // What the buttons do after their file dialog (tests call these directly).
    Error saveXmlTo(const QString& path);
    QList<CtiProblem> validateFile(const QString& path);
    Error exportSoftphoneLayoutTo(const QString& path);
    // The omni-channel mapping loads the org's presence statuses through these clients.
    void setSessionClients(SessionClients* clients);
    OmniStatusMappingBox* omniBox() const { return m_omni; }

private:
    QWidget* makeChecklist();
    QWidget* makeDefinition();
    QWidget* makeCountryCodes();
    QWidget* makeScreenPop();
    QWidget* makeUtilityItem();
    QWidget* makePermissions();
    QLabel* addErrorLabel(const QString& item, QWidget* parent);

    void loadFromProfile();
    void fillWidgets();
    void readWidgets();
    void onEdited();
    void onVariantChanged();
    void updateValidation();

    SetupController* m_controller;
    CtiSettings m_settings;
    bool m_filling = false;

    QLabel* m_noProfile = nullptr;
    QLabel* m_progress = nullptr;
    QHash<QString, QCheckBox*> m_steps;

    QComboBox* m_variant = nullptr;
    QLineEdit* m_vanityHost = nullptr;
    QLineEdit* m_internalName = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_adapterUrl = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QComboBox* m_mode = nullptr;
    QLineEdit* m_outside = nullptr;
    QLineEdit* m_longDistance = nullptr;
    QLineEdit* m_international = nullptr;
    QHash<QString, QLabel*> m_fieldErrors; // by Open CTI item name
    QLabel* m_definitionStatus = nullptr;
    QPlainTextEdit* m_preview = nullptr;
    QPlainTextEdit* m_fileProblems = nullptr;

    QLineEdit* m_countryCodes = nullptr;
    QLabel* m_countryError = nullptr;
    QHash<QString, QCheckBox*> m_objects;
    QLineEdit* m_layoutName = nullptr;
    QComboBox* m_openWithin = nullptr;
    QComboBox* m_noMatch = nullptr;
    QComboBox* m_singleMatch = nullptr;
    QComboBox* m_multipleMatches = nullptr;

    QLineEdit* m_utilityLabel = nullptr;
    QLineEdit* m_utilityIcon = nullptr;
    QSpinBox* m_panelWidth = nullptr;
    QSpinBox* m_panelHeight = nullptr;
    QCheckBox* m_startAutomatically = nullptr;
    OmniStatusMappingBox* m_omni = nullptr;
};

} // namespace syncdesk
