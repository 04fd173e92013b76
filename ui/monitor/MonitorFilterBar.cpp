#include "MonitorFilterBar.h"

#include "widgets/TextStyles.h"

#include "MonitorBarStyle.h"
#include "zoom/ZoomEvent.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <optional>

namespace syncdesk {

namespace {
// "10:02", "10:02:30", "10:02:30.250" (today) or a date and time. `end`: the bound is inclusive
// to the precision typed, so "to 10:02" means up to 10:02:59.999.
std::optional<qint64> parseTimeBound(const QString& input, bool end)
{
    const QString text = input.trimmed();
    if (text.isEmpty())
        return qint64(0);
    struct Form
    {
        const char* format;
        qint64 span; // ms covered by the last unit typed
    };
    static const Form timeForms[] = {{"h:mm:ss.zzz", 0}, {"h:mm:ss", 999}, {"h:mm", 59'999}};
    for (const Form& f : timeForms) {
        const QTime t = QTime::fromString(text, QLatin1String(f.format));
        if (t.isValid())
            return QDateTime(QDate::currentDate(), t).toMSecsSinceEpoch() + (end ? f.span : 0);
    }
    static const Form dateTimeForms[] = {{"yyyy-MM-dd h:mm:ss.zzz", 0},
                                         {"yyyy-MM-dd h:mm:ss", 999},
                                         {"yyyy-MM-dd h:mm", 59'999},
                                         {"yyyy-MM-ddTh:mm:ss", 999},
                                         {"yyyy-MM-ddTh:mm", 59'999}};
    for (const Form& f : dateTimeForms) {
        const QDateTime dt = QDateTime::fromString(text, QLatin1String(f.format));
        if (dt.isValid())
            return dt.toMSecsSinceEpoch() + (end ? f.span : 0);
    }
    const QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (iso.isValid())
        return iso.toMSecsSinceEpoch();
    return std::nullopt;
}
} // namespace

MonitorFilterBar::MonitorFilterBar(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("filterBar"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const int ch = fontMetrics().horizontalAdvance(QLatin1Char('x'));

    m_textEdit = new QLineEdit(this);
    m_textEdit->setObjectName(QStringLiteral("filterTextEdit"));
    m_textEdit->setAccessibleName(tr("Search events"));
    m_textEdit->setPlaceholderText(tr("Search events"));
    m_textEdit->setToolTip(tr("Finds text in the event name, user, e-mail, status and details"));
    m_textEdit->setClearButtonEnabled(true);
    m_textEdit->setMinimumWidth(ch * 18);

    m_typeCombo = new QComboBox(this);
    m_typeCombo->setObjectName(QStringLiteral("filterTypeCombo"));
    m_typeCombo->addItem(tr("All event types"), -1);
    for (int t = 0; t < int(ZoomEventType::Count_); ++t) {
        const auto type = ZoomEventType(t);
        m_typeCombo->addItem(
            type == ZoomEventType::Gap ? tr("Possible gap") : ZoomEventParser::typeLabel(type), t);
        const QString name = ZoomEventParser::typeName(type);
        if (!name.isEmpty())
            m_typeCombo->setItemData(m_typeCombo->count() - 1, name, Qt::ToolTipRole);
    }
    m_typeCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_userEdit = new QLineEdit(this);
    m_userEdit->setObjectName(QStringLiteral("filterUserEdit"));
    m_userEdit->setAccessibleName(tr("User ID or e-mail"));
    m_userEdit->setPlaceholderText(tr("User ID or e-mail"));
    m_userEdit->setClearButtonEnabled(true);
    m_userEdit->setMinimumWidth(ch * 16);

    const QString timeHelp = tr("A time today such as 10:02 or 10:02:30, or a date and time such as "
                                "2024-05-01 10:02:30");
    m_fromEdit = new QLineEdit(this);
    m_fromEdit->setObjectName(QStringLiteral("filterFromEdit"));
    m_fromEdit->setAccessibleName(tr("From time"));
    m_fromEdit->setPlaceholderText(tr("From"));
    m_fromEdit->setToolTip(timeHelp);
    m_toEdit = new QLineEdit(this);
    m_toEdit->setObjectName(QStringLiteral("filterToEdit"));
    m_toEdit->setAccessibleName(tr("To time"));
    m_toEdit->setPlaceholderText(tr("To"));
    m_toEdit->setToolTip(timeHelp);
    for (QLineEdit* e : {m_fromEdit, m_toEdit}) {
        e->setClearButtonEnabled(true);
        e->setFixedWidth(
            std::max(ch * 12, e->fontMetrics().horizontalAdvance(e->placeholderText()) + ch * 5));
    }

    m_clearFilterButton = new QPushButton(tr("Show All"), this);
    m_clearFilterButton->setObjectName(QStringLiteral("clearFilterButton"));
    m_clearFilterButton->setToolTip(tr("Clear every filter"));
    m_filterCountLabel = new QLabel(this);
    m_filterCountLabel->setObjectName(QStringLiteral("filterCountLabel"));

    layout->addWidget(m_textEdit, 2);
    layout->addWidget(m_typeCombo);
    layout->addWidget(m_userEdit, 1);
    layout->addWidget(m_fromEdit);
    layout->addWidget(m_toEdit);
    layout->addWidget(m_clearFilterButton);
    layout->addWidget(m_filterCountLabel);

    for (QLineEdit* e : {m_textEdit, m_userEdit, m_fromEdit, m_toEdit})
        connect(e, &QLineEdit::textChanged, this, &MonitorFilterBar::edited);
    connect(m_typeCombo, &QComboBox::currentIndexChanged, this, &MonitorFilterBar::edited);
    connect(m_clearFilterButton, &QPushButton::clicked, this, [this] {
        clearFields();
        emit cleared();
    });
}

EventFilter MonitorFilterBar::filter(bool* timesValid)
{
    EventFilter f;
    f.text = m_textEdit->text().trimmed();
    f.user = m_userEdit->text().trimmed();
    const int type = m_typeCombo->currentData().toInt();
    if (type >= 0)
        f.types = {ZoomEventType(type)};
    *timesValid = true;
    auto bound = [&](QLineEdit* edit, bool end, qint64* out) {
        const std::optional<qint64> ms = parseTimeBound(edit->text(), end);
        setStyleSheetIfChanged(edit, ms ? QString() : toneTextCss(Tone::Error));
        if (ms)
            *out = *ms;
        else
            *timesValid = false;
    };
    bound(m_fromEdit, false, &f.fromMs);
    bound(m_toEdit, true, &f.toMs);
    return f;
}

void MonitorFilterBar::setUser(const QString& userId)
{
    const QSignalBlocker block(m_userEdit);
    m_userEdit->setText(userId);
}

void MonitorFilterBar::clearFields()
{
    const QSignalBlocker b1(m_textEdit), b2(m_userEdit), b3(m_fromEdit), b4(m_toEdit), b5(m_typeCombo);
    for (QLineEdit* e : {m_textEdit, m_userEdit, m_fromEdit, m_toEdit})
        e->clear();
    m_typeCombo->setCurrentIndex(0);
}

void MonitorFilterBar::focusSearch()
{
    m_textEdit->setFocus();
    m_textEdit->selectAll();
}

void MonitorFilterBar::setShownText(const QString& text)
{
    m_filterCountLabel->setText(text);
}

} // namespace syncdesk
