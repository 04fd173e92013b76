#pragma once

#include <QFont>

class QLabel;

namespace syncdesk {

// The few text treatments the console uses, so pages stay consistent and readable in every
// language (word wrap on, nothing sized by pixel widths).
QFont monospaceFont();
// A word-wrapped label; `secondary` draws it in a softer colour for explanations.
QLabel* makeWrappedLabel(const QString& text, bool secondary = false, QWidget* parent = nullptr);
void makeHeading(QLabel* label, qreal scale = 1.0);
// Vendor identifiers (event names, scopes): monospace and selectable, never wrapped mid-name.
QLabel* makeIdentifierLabel(const QString& text, QWidget* parent = nullptr);

} // namespace syncdesk
