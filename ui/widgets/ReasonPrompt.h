#pragma once

#include <QString>

#include <functional>

class QInputDialog;
class QWidget;

namespace mm::ui {

// Asks for the reason behind a report, a hidden review or a takedown: a window-modal line input
// that deletes itself, and calls `use` with the reason once it is confirmed and not blank.
// Returns the dialog, already open, so tests can fill it in.
QInputDialog* openReasonPrompt(QWidget* parent, const QString& objectName, const QString& title,
                               const QString& label, std::function<void(const QString&)> use);

} // namespace mm::ui
