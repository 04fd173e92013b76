#include "ComboCellTable.h"

#include <QComboBox>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableWidget>

namespace syncdesk::comboCells {

QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* widget = new QTableWidget(0, int(headers.size()), parent);
    widget->setHorizontalHeaderLabels(headers);
    widget->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    widget->horizontalHeader()->setStretchLastSection(true);
    widget->setSelectionBehavior(QAbstractItemView::SelectRows);
    widget->setSelectionMode(QAbstractItemView::SingleSelection);
    widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
    widget->setWordWrap(true);
    widget->setMinimumHeight(widget->verticalHeader()->defaultSectionSize() * 4);
    // A column sized by its header (German, Japanese) grows after the cell combos were placed; the
    // view does not move index widgets then, so they stayed at their own width inside a wider cell.
    QObject::connect(widget->horizontalHeader(), &QHeaderView::sectionResized, widget, [widget] {
        QMetaObject::invokeMethod(widget, "updateEditorGeometries", Qt::QueuedConnection);
    });
    return widget;
}

QComboBox* addCell(QTableWidget* table, int row, int column, const QStringList& items, const QString& text)
{
    auto* combo = new QComboBox(table);
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    combo->setObjectName(QStringLiteral("cell_%1_%2").arg(row).arg(column));
    combo->addItems(items);
    combo->setCurrentIndex(-1);
    combo->setEditText(text);
    table->setCellWidget(row, column, combo);
    return combo;
}

void addProblemItem(QTableWidget* table, int row)
{
    auto* problem = new QTableWidgetItem;
    problem->setFlags(Qt::ItemIsEnabled);
    table->setItem(row, table->columnCount() - 1, problem);
}

void setSuggestions(QComboBox* combo, const QStringList& items)
{
    const QString text = combo->currentText();
    const QSignalBlocker block(combo);
    combo->clear();
    combo->addItems(items);
    combo->setCurrentIndex(-1);
    combo->setEditText(text);
}

QString cellText(QTableWidget* table, int row, int column)
{
    if (auto* combo = qobject_cast<QComboBox*>(table->cellWidget(row, column)))
        return combo->currentText().trimmed();
    return {};
}

void showRowProblems(QTableWidget* table, int row, const QStringList& messages)
{
    QTableWidgetItem* item = table->item(row, table->columnCount() - 1);
    if (!item)
        return;
    item->setText(messages.join(QLatin1Char('\n')));
    item->setForeground(messages.isEmpty() ? QBrush() : QBrush(kErrorText));
    item->setBackground(messages.isEmpty() ? QBrush() : QBrush(kErrorBackground));
}

} // namespace syncdesk::comboCells
