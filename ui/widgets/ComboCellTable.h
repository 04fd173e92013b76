#pragma once

#include <QColor>
#include <QStringList>

class QComboBox;
class QTableWidget;
class QWidget;

namespace syncdesk {

// Mapping tables whose cells are editable combo boxes (suggested values, any typed value kept) and
// whose last column shows the row's problems: the presence-rule tables and the omni-channel status
// mapping share these so both look and behave alike.
namespace comboCells {

// Problem colours, chosen by the palette's lightness (see TextStyles' tones).
QColor errorText();
QColor errorBackground();

// Headers as given; the last column is the read-only problem column.
QTableWidget* makeTable(const QStringList& headers, QWidget* parent);
// An editable combo at (row, column) offering `items` with `text` shown; named cell_<row>_<column>.
QComboBox* addCell(QTableWidget* table, int row, int column, const QStringList& items, const QString& text);
// Names a widget placed in a cell for screen readers: the column's header and the row's first
// cell ("ACD state: Available"), or the row number while that cell is empty.
void nameCell(QTableWidget* table, int row, int column, QWidget* widget);
// Adds the empty problem item at the row's last column.
void addProblemItem(QTableWidget* table, int row);
// Replaces the suggestions and keeps the text typed or chosen.
void setSuggestions(QComboBox* combo, const QStringList& items);
QString cellText(QTableWidget* table, int row, int column);
// Writes the messages into the row's problem cell, coloured when there are any.
void showRowProblems(QTableWidget* table, int row, const QStringList& messages);

} // namespace comboCells

} // namespace syncdesk
