#pragma once

#include <QString>

#include <functional>

class QInputDialog;
class QWidget;

namespace mm::ui {

// Asks for a short text: the reason behind a report, a hidden review or a takedown, or a
// publisher's reply. A window-modal input that deletes itself and calls `use` with the text once
// it is confirmed and not blank. Returns the dialog, already open, so callers can adjust it and
// tests can fill it in.
QInputDialog* openTextPrompt(QWidget* parent, const QString& objectName, const QString& title,
                             const QString& label, std::function<void(const QString&)> use);

} // namespace mm::ui
