#include "NumberRulesEditor.h"

#include "connect/SessionClients.h"
#include "widgets/TextStyles.h"
#include "zoom/ZoomApi.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace syncdesk {

namespace {
QColor kErrorText() { return toneText(Tone::Error); }
QColor kErrorBackground() { return toneBackground(Tone::Error); }
QColor kOkText() { return toneText(Tone::Ok); }

// Commits every keystroke, so a broken pattern is flagged while it is typed, not after Enter.
class LiveCommitDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override
    {
        QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
        if (auto* line = qobject_cast<QLineEdit*>(editor)) {
            line->setFont(monospaceFont());
            connect(line, &QLineEdit::textEdited, this,
                    [this, line] { emit const_cast<LiveCommitDelegate*>(this)->commitData(line); });
        }
        return editor;
    }
};

// The highest \N a replacement names, to catch "\2" with one group before it silently writes "".
int highestGroupReference(const QString& replacement)
{
    int highest = 0;
    for (qsizetype i = 0; i + 1 < replacement.size(); ++i) {
        if (replacement[i] == QLatin1Char('\\')) {
            if (replacement[i + 1].isDigit())
                highest = std::max(highest, replacement[i + 1].digitValue());
            ++i; // "\\" is an escaped backslash
        }
    }
    return highest;
}

QString checkRule(const NumberRule& rule)
{
    if (rule.match.isEmpty())
        return NumberRulesEditor::tr("Enter a regular expression, e.g. ^\\+49(\\d+)$.");
    const QRegularExpression re(rule.match);
    if (!re.isValid()) {
        return NumberRulesEditor::tr("Not a valid regular expression: %1 (at character %2).")
            .arg(re.errorString())
            .arg(re.patternErrorOffset() + 1);
    }
    const int highest = highestGroupReference(rule.replace);
    if (highest > re.captureCount()) {
        return NumberRulesEditor::tr(
                   "The replacement uses \\%1, but the pattern has only %2 groups in parentheses.")
            .arg(highest)
            .arg(re.captureCount());
    }
    return {};
}
} // namespace

NumberRulesEditor::NumberRulesEditor(SessionClients* clients, QWidget* parent)
    : QWidget(parent), m_clients(clients)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(
        makeWrappedLabel(tr("Rules are tried from top to bottom; the first whose pattern matches the "
                            "whole Zoom number rewrites it (\\1 … \\9 insert the groups in "
                            "parentheses). A number no rule matches is written as it is."),
                         true, this));

    m_rules = new QTableWidget(0, RuleColumnCount, this);
    m_rules->setObjectName(QStringLiteral("numberRulesTable"));
    m_rules->setAccessibleName(tr("Number rules"));
    m_rules->setAccessibleDescription(tr("Patterns that turn Zoom numbers into the numbers written to the ACD, tried in order"));
    m_rules->setHorizontalHeaderLabels({tr("Pattern"), tr("Replacement"), tr("Check")});
    m_rules->horizontalHeader()->setSectionResizeMode(PatternColumn, QHeaderView::ResizeToContents);
    m_rules->horizontalHeader()->setSectionResizeMode(ReplacementColumn, QHeaderView::ResizeToContents);
    m_rules->horizontalHeader()->setStretchLastSection(true);
    m_rules->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rules->setSelectionMode(QAbstractItemView::SingleSelection);
    m_rules->setWordWrap(true);
    m_rules->setItemDelegate(new LiveCommitDelegate(m_rules));
    m_rules->setMinimumHeight(m_rules->verticalHeader()->defaultSectionSize() * 4);
    layout->addWidget(m_rules);

    auto* buttons = new QHBoxLayout;
    m_addButton = new QPushButton(tr("Add rule"), this);
    m_addButton->setObjectName(QStringLiteral("addRuleButton"));
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("removeRuleButton"));
    m_upButton = new QPushButton(tr("Move up"), this);
    m_upButton->setObjectName(QStringLiteral("moveRuleUpButton"));
    m_downButton = new QPushButton(tr("Move down"), this);
    m_downButton->setObjectName(QStringLiteral("moveRuleDownButton"));
    for (QPushButton* b : {m_addButton, m_removeButton, m_upButton, m_downButton})
        buttons->addWidget(b);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    auto* previewTitle = new QLabel(tr("Preview"), this);
    makeHeading(previewTitle, 1.0);
    layout->addWidget(previewTitle);
    layout->addWidget(
        makeWrappedLabel(tr("Sample numbers, one per line, as Zoom stores them (E.164):"), true, this));
    m_samples = new QPlainTextEdit(this);
    m_samples->setObjectName(QStringLiteral("sampleNumbersEdit"));
    m_samples->setAccessibleName(tr("Sample numbers"));
    m_samples->setAccessibleDescription(tr("Phone numbers to try the rules on, one per line"));
    m_samples->setFont(monospaceFont());
    m_samples->setTabChangesFocus(true); // no tabs in numbers; Tab must leave the field
    m_samples->setPlainText(QStringLiteral("+493012345678\n+81312345678\n+12125550100"));
    m_samples->setMaximumHeight(m_samples->fontMetrics().lineSpacing() * 6);
    layout->addWidget(m_samples);

    auto* loadRow = new QHBoxLayout;
    m_loadButton = new QPushButton(tr("Load the account's numbers"), this);
    m_loadButton->setObjectName(QStringLiteral("loadAccountNumbersButton"));
    m_loadStatus = makeWrappedLabel(QString(), true, this);
    m_loadStatus->setObjectName(QStringLiteral("loadAccountNumbersStatus"));
    loadRow->addWidget(m_loadButton);
    loadRow->addWidget(m_loadStatus, 1);
    layout->addLayout(loadRow);

    m_preview = new QTableWidget(0, PreviewColumnCount, this);
    m_preview->setObjectName(QStringLiteral("numberPreviewTable"));
    m_preview->setAccessibleName(tr("Number preview"));
    m_preview->setHorizontalHeaderLabels(
        {tr("Zoom number"), tr("From"), tr("Written to the ACD"), tr("Rule")});
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->hide();
    m_preview->setMinimumHeight(m_preview->verticalHeader()->defaultSectionSize() * 6);
    layout->addWidget(m_preview);

    connect(m_addButton, &QPushButton::clicked, this, [this] {
        addRule();
        m_rules->setCurrentCell(m_rules->rowCount() - 1, PatternColumn);
        m_rules->editItem(m_rules->item(m_rules->rowCount() - 1, PatternColumn));
    });
    connect(m_removeButton, &QPushButton::clicked, this, &NumberRulesEditor::removeRule);
    connect(m_upButton, &QPushButton::clicked, this, [this] { moveRule(-1); });
    connect(m_downButton, &QPushButton::clicked, this, [this] { moveRule(1); });
    connect(m_rules, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_updating || item->column() == CheckColumn)
            return;
        validate();
        emit rulesChanged();
    });
    connect(m_rules, &QTableWidget::itemSelectionChanged, this, &NumberRulesEditor::updateButtons);
    connect(m_samples, &QPlainTextEdit::textChanged, this, &NumberRulesEditor::updatePreview);
    connect(m_loadButton, &QPushButton::clicked, this, &NumberRulesEditor::loadAccountNumbers);
    validate();
}

void NumberRulesEditor::setRules(const QList<NumberRule>& rules)
{
    m_updating = true;
    m_rules->setRowCount(0);
    for (const NumberRule& r : rules)
        addRule(r);
    m_updating = false;
    validate();
}

QList<NumberRule> NumberRulesEditor::rules() const
{
    QList<NumberRule> out;
    for (int row = 0; row < m_rules->rowCount(); ++row) {
        out.append(
            {m_rules->item(row, PatternColumn)->text(), m_rules->item(row, ReplacementColumn)->text()});
    }
    return out;
}

void NumberRulesEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_rules->setEditTriggers(readOnly
                                 ? QAbstractItemView::NoEditTriggers
                                 : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                       QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    updateButtons();
}

void NumberRulesEditor::addRule(const NumberRule& rule)
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    const int row = m_rules->rowCount();
    m_rules->insertRow(row);
    auto* pattern = new QTableWidgetItem(rule.match);
    auto* replacement = new QTableWidgetItem(rule.replace);
    pattern->setFont(monospaceFont());
    replacement->setFont(monospaceFont());
    auto* check = new QTableWidgetItem;
    check->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    m_rules->setItem(row, PatternColumn, pattern);
    m_rules->setItem(row, ReplacementColumn, replacement);
    m_rules->setItem(row, CheckColumn, check);
    m_updating = wasUpdating;
    if (!m_updating) {
        validate();
        emit rulesChanged();
    }
}

void NumberRulesEditor::removeRule()
{
    const int row = m_rules->currentRow();
    if (row < 0)
        return;
    m_rules->removeRow(row);
    validate();
    emit rulesChanged();
}

void NumberRulesEditor::moveRule(int delta)
{
    const int row = m_rules->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_rules->rowCount())
        return;
    QList<NumberRule> all = rules();
    all.move(row, to);
    setRules(all);
    m_rules->setCurrentCell(to, PatternColumn);
    emit rulesChanged();
}

void NumberRulesEditor::updateButtons()
{
    const int row = m_rules->currentRow();
    m_addButton->setEnabled(!m_readOnly);
    m_removeButton->setEnabled(!m_readOnly && row >= 0);
    m_upButton->setEnabled(!m_readOnly && row > 0);
    m_downButton->setEnabled(!m_readOnly && row >= 0 && row + 1 < m_rules->rowCount());
}

void NumberRulesEditor::validate()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_firstError.clear();
    const QList<NumberRule> all = rules();
    for (int row = 0; row < all.size(); ++row) {
        const QString error = checkRule(all[row]);
        QTableWidgetItem* check = m_rules->item(row, CheckColumn);
        QTableWidgetItem* pattern = m_rules->item(row, PatternColumn);
        if (error.isEmpty()) {
            check->setText(tr("\u2713 Valid"));
            check->setForeground(kOkText());
            check->setToolTip(QString());
            pattern->setBackground(QBrush());
        } else {
            check->setText(QStringLiteral("\u26A0 ") + error);
            check->setForeground(kErrorText());
            check->setToolTip(error);
            pattern->setBackground(kErrorBackground());
            if (m_firstError.isEmpty())
                m_firstError = tr("Number translation, rule %1: %2").arg(row + 1).arg(error);
        }
    }
    m_rules->resizeRowsToContents();
    m_updating = wasUpdating;
    updateButtons();
    updatePreview();
}

void NumberRulesEditor::updatePreview()
{
    // Invalid rules are left out of the preview, so the others still show what they do; the
    // rule numbers stay those of the table.
    const QList<NumberRule> all = rules();
    QList<NumberRule> valid;
    QList<int> validIndex;
    for (int i = 0; i < all.size(); ++i) {
        if (checkRule(all[i]).isEmpty()) {
            valid.append(all[i]);
            validIndex.append(i);
        }
    }
    const Result<NumberTranslator> translator = NumberTranslator::compile(valid);

    QList<QPair<QString, QString>> numbers;
    const QStringList lines = m_samples->toPlainText().split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (!line.trimmed().isEmpty())
            numbers.append({line.trimmed(), tr("Sample")});
    }
    numbers.append(m_accountNumbers);

    m_preview->setRowCount(int(numbers.size()));
    for (int row = 0; row < numbers.size(); ++row) {
        const QString& number = numbers[row].first;
        int rule = -1;
        const QString result = translator.ok() ? translator.value().translate(number, &rule) : number;
        const QString ruleText =
            rule >= 0 ? tr("Rule %1").arg(validIndex.value(rule) + 1) : tr("No rule matched");
        const QString texts[] = {number, numbers[row].second, result, ruleText};
        for (int col = 0; col < PreviewColumnCount; ++col) {
            auto* item = new QTableWidgetItem(texts[col]);
            if (col == NumberColumn || col == ResultColumn)
                item->setFont(monospaceFont());
            if (col == ResultColumn && result.size() > 30) {
                item->setForeground(kErrorText());
                item->setToolTip(tr("Longer than the 30 characters the ACD accepts: this user is skipped."));
            }
            m_preview->setItem(row, col, item);
        }
    }
}

void NumberRulesEditor::loadAccountNumbers()
{
    const int generation = ++m_loadGeneration;
    m_loadButton->setEnabled(false);
    m_loadStatus->setText(tr("Reading Zoom Phone users…"));
    m_clients->zoomApi(this, [this, generation](ZoomApi* api, const Error& error) {
        if (generation != m_loadGeneration)
            return;
        if (!error.ok()) {
            m_loadButton->setEnabled(true);
            m_loadStatus->setText(tr("Could not connect to Zoom: %1").arg(error.message));
            return;
        }
        auto numbers = std::make_shared<QList<QPair<QString, QString>>>();
        api->allPhoneUsers(
            100, this,
            [numbers](const QList<QJsonObject>& items) {
                for (const QJsonObject& o : items) {
                    const ZoomPhoneUser u = ZoomPhoneUser::fromJson(o);
                    for (const QString& n : u.phoneNumbers) {
                        if (numbers->size() >= kAccountNumbers)
                            return false;
                        numbers->append({n, u.name.isEmpty() ? u.email : u.name});
                    }
                }
                return numbers->size() < kAccountNumbers; // enough for a preview: stop paging
            },
            [this, numbers, generation](int, int, const Error& e) {
                if (generation != m_loadGeneration)
                    return;
                m_loadButton->setEnabled(true);
                if (!e.ok() && e.code != ErrorCode::Cancelled && numbers->isEmpty()) {
                    m_loadStatus->setText(tr("Could not read the Zoom Phone users: %1").arg(e.message));
                    return;
                }
                m_accountNumbers = *numbers;
                m_loadStatus->setText(numbers->isEmpty() ? tr("The account has no Zoom Phone numbers.")
                                                         : tr("Numbers loaded: %1").arg(numbers->size()));
                updatePreview();
            });
    });
}

} // namespace syncdesk
