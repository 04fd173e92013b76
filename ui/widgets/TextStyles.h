#pragma once

#include <QColor>
#include <QFont>
#include <QString>

class QLabel;
class QWidget;

namespace syncdesk {

// The few text treatments the console uses, so pages stay consistent and readable in every
// language (word wrap on, nothing sized by pixel widths).
QFont monospaceFont();
// A word-wrapped label; `secondary` draws it in a softer colour for explanations.
QLabel* makeWrappedLabel(const QString& text, bool secondary = false, QWidget* parent = nullptr);
void makeHeading(QLabel* label, qreal scale = 1.0);
// Vendor identifiers (event names, scopes): monospace and selectable, never wrapped mid-name.
QLabel* makeIdentifierLabel(const QString& text, QWidget* parent = nullptr);

// Status colours that stay readable on light and dark palettes: chosen by the application
// palette's lightness (a dark desktop theme or `--palette dark`), never one fixed light colour.
enum class Tone
{
    Neutral,
    Ok,
    Info,
    Warning,
    Error
};
bool isDarkPalette();
// Text in this tone on the window or base background.
QColor toneText(Tone tone);
// A soft tinted background for this tone, with toneText() on it; toneBorder() around it.
QColor toneBackground(Tone tone);
QColor toneBorder(Tone tone);
// "color: #rrggbb;" for style sheets.
QString toneTextCss(Tone tone);

} // namespace syncdesk
