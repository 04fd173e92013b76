#include "OverviewArea.h"

#include "widgets/TextStyles.h"

#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace syncdesk {

namespace {
// Colour and a symbol and a word: the state reads without colour too (and on dark themes).
QString badgeStyle(HealthItem::State state)
{
    Tone tone = Tone::Neutral;
    switch (state) {
    case HealthItem::State::Ok:
        tone = Tone::Ok;
        break;
    case HealthItem::State::Problem:
        tone = Tone::Error;
        break;
    case HealthItem::State::NotSetUp:
        break;
    case HealthItem::State::Pending:
        tone = Tone::Warning;
        break;
    }
    return QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 3px 8px; "
                          "font-weight: bold; }")
        .arg(toneBackground(tone).name(), toneText(tone).name());
}

QString symbol(HealthItem::State state)
{
    switch (state) {
    case HealthItem::State::Ok:
        return QStringLiteral("✓");
    case HealthItem::State::Problem:
        return QStringLiteral("✗");
    case HealthItem::State::NotSetUp:
        return QStringLiteral("–");
    case HealthItem::State::Pending:
        return QStringLiteral("…");
    }
    return {};
}
} // namespace

OverviewArea::OverviewArea(IntegrationHealth* health, QWidget* parent) : QWidget(parent), m_health(health)
{
    setObjectName(QStringLiteral("overviewArea"));
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("overviewView"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // a page container, not a Tab stop (see PageScroll)
    auto* content = new QWidget(scroll);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    auto* heading = new QLabel(tr("Overview"), content);
    makeHeading(heading, 1.3);
    layout->addWidget(heading);
    layout->addWidget(makeWrappedLabel(tr("How the integration is doing. Each row says what was checked and "
                                          "when; its button opens what fixes it."),
                                       true, content));

    auto* table = new QFrame(content);
    table->setObjectName(QStringLiteral("healthTable"));
    table->setFrameShape(QFrame::StyledPanel);
    m_grid = new QGridLayout(table);
    m_grid->setContentsMargins(12, 10, 12, 10);
    m_grid->setHorizontalSpacing(16);
    m_grid->setVerticalSpacing(6);
    m_grid->setColumnStretch(1, 1);
    layout->addWidget(table);
    layout->addStretch(1);
    scroll->setWidget(content);
    scroll->viewport()->setAutoFillBackground(false);
    content->setAutoFillBackground(false);
    outer->addWidget(scroll);

    connect(health, &IntegrationHealth::changed, this, &OverviewArea::rebuild);
    rebuild();
}

QString OverviewArea::title() const
{
    return tr("Overview");
}

QIcon OverviewArea::icon() const
{
    return QIcon(QStringLiteral(":/icons/area-overview.svg"));
}

QKeySequence OverviewArea::shortcut() const
{
    return QKeySequence(Qt::CTRL | Qt::Key_1);
}

QString OverviewArea::toolTip() const
{
    return tr("Health of the integration: what works, what needs attention");
}

void OverviewArea::rebuild()
{
    const QList<HealthItem>& items = m_health->items();
    for (int i = 0; i < items.size(); ++i)
        updateRow(rowFor(items[i], i), items[i]);
}

OverviewArea::Row& OverviewArea::rowFor(const HealthItem& item, int index)
{
    auto it = m_rows.find(item.id);
    if (it != m_rows.end())
        return *it;
    auto* parent = m_grid->parentWidget();
    Row row;
    row.state = new QLabel(parent);
    row.state->setObjectName(QStringLiteral("healthState_") + item.id);
    row.state->setAlignment(Qt::AlignCenter);
    auto* text = new QWidget(parent);
    auto* v = new QVBoxLayout(text);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(2);
    row.title = new QLabel(text);
    makeHeading(row.title);
    row.detail = makeWrappedLabel(QString(), false, text);
    row.detail->setObjectName(QStringLiteral("healthDetail_") + item.id);
    row.detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row.checked = makeWrappedLabel(QString(), true, text);
    row.checked->setObjectName(QStringLiteral("healthChecked_") + item.id);
    v->addWidget(row.title);
    v->addWidget(row.detail);
    v->addWidget(row.checked);
    row.fix = new QPushButton(parent);
    row.fix->setObjectName(QStringLiteral("healthFix_") + item.id);
    const QString id = item.id;
    connect(row.fix, &QPushButton::clicked, this, [this, id] { emit fixRequested(m_rows.value(id).target); });

    const int r = index * 2;
    if (r > 0) {
        auto* line = new QFrame(parent);
        line->setFrameShape(QFrame::HLine);
        line->setFrameShadow(QFrame::Sunken);
        m_grid->addWidget(line, r - 1, 0, 1, 3);
    }
    m_grid->addWidget(row.state, r, 0, Qt::AlignTop);
    m_grid->addWidget(text, r, 1);
    m_grid->addWidget(row.fix, r, 2, Qt::AlignTop);
    return *m_rows.insert(item.id, row);
}

void OverviewArea::updateRow(Row& row, const HealthItem& item)
{
    row.state->setText(symbol(item.state) + QLatin1Char(' ') + item.stateText);
    row.state->setStyleSheet(badgeStyle(item.state));
    row.state->setProperty("healthState", int(item.state));
    row.state->setAccessibleName(item.title + QStringLiteral(": ") + item.stateText);
    row.title->setText(item.title);
    row.detail->setText(item.detail);
    row.checked->setText(
        item.checkedAt.isValid()
            ? tr("Checked at %1").arg(item.checkedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
            : tr("Not checked yet"));
    row.fix->setText(item.fixText);
    // Fusion's buttons hug their text; long German labels ("Einrichtungsassistent öffnen") touched
    // the frame. Room on both sides, measured in the button's own font.
    row.fix->setMinimumWidth(row.fix->fontMetrics().horizontalAdvance(item.fixText) +
                             2 * row.fix->fontMetrics().height());
    row.fix->setVisible(!item.fixTarget.isEmpty());
    row.target = item.fixTarget;
}

} // namespace syncdesk
