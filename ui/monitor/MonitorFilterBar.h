#pragma once

#include "monitor/EventStore.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace syncdesk {

// The monitor's filter bar: free text, event type, user, a time range, Show All and how many
// events pass. It reads the fields into an EventFilter; the pane applies it.
class MonitorFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit MonitorFilterBar(QWidget* parent = nullptr);

    // The filter the fields describe; *timesValid is false (and the field marked) when a time
    // bound cannot be read.
    EventFilter filter(bool* timesValid);
    void setUser(const QString& userId);
    void clearFields();
    void focusSearch();
    // Empty when not filtered.
    void setShownText(const QString& text);

signals:
    // A field changed (the pane applies the filter after a short pause).
    void edited();
    // Show All: apply at once.
    void cleared();

private:
    QLineEdit* m_textEdit;
    QComboBox* m_typeCombo;
    QLineEdit* m_userEdit;
    QLineEdit* m_fromEdit;
    QLineEdit* m_toEdit;
    QPushButton* m_clearFilterButton;
    QLabel* m_filterCountLabel;
};

} // namespace syncdesk
