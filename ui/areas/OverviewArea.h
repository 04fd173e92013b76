#pragma once

#include "Area.h"
#include "health/IntegrationHealth.h"

#include <QHash>
#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

namespace syncdesk {

class IntegrationHealth;

// The integration health page: one row per configured piece with its state (OK / problem / not
// set up: a colour and a word), what was checked and when, and a button that opens the editor
// that fixes it. Updates live.
class OverviewArea : public QWidget, public Area
{
    Q_OBJECT
public:
    explicit OverviewArea(IntegrationHealth* health, QWidget* parent = nullptr);

    QString areaId() const override { return QStringLiteral("overview"); }
    QString title() const override;
    QIcon icon() const override;
    QWidget* widget() override { return this; }
    QKeySequence shortcut() const override;
    QString toolTip() const override;

signals:
    // A HealthItem::fixTarget: the shell opens that editor (or runs the check).
    void fixRequested(const QString& target);

private:
    struct Row
    {
        QLabel* state = nullptr;
        QLabel* title = nullptr;
        QLabel* detail = nullptr;
        QLabel* checked = nullptr;
        QPushButton* fix = nullptr;
        QString target;
    };
    void rebuild();
    Row& rowFor(const HealthItem& item, int index);
    void updateRow(Row& row, const HealthItem& item);

    IntegrationHealth* m_health;
    QGridLayout* m_grid;
    QHash<QString, Row> m_rows;
};

} // namespace syncdesk
