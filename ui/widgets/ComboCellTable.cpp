#include "ComboCellTable.h"

#include "TextStyles.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QHeaderView>
#include <QSignalBlocker>
#include <QTableWidget>

namespace syncdesk::comboCells {

QColor errorText()
{
    return toneText(Tone::Error);
}

QColor errorBackground()
{
    return toneBackground(Tone::Error);
}

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
    nameCell(table, row, column, combo);
    return combo;
}

void nameCell(QTableWidget* table, int row, int column, QWidget* widget)
{
    const QTableWidgetItem* header = table->horizontalHeaderItem(column);
    const QString what = header ? header->text() : QString::number(column + 1);
    const QTableWidgetItem* first = column > 0 ? table->item(row, 0) : nullptr;
    widget->setAccessibleName(
        first && !first->text().isEmpty()
            ? QCoreApplication::translate("comboCells", "%1: %2").arg(what, first->text())
            : QCoreApplication::translate("comboCells", "%1, row %2").arg(what).arg(row + 1));
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
    item->setForeground(messages.isEmpty() ? QBrush() : QBrush(errorText()));
    item->setBackground(messages.isEmpty() ? QBrush() : QBrush(errorBackground()));
}

} // namespace syncdesk::comboCells
