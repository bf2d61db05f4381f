#include "ui/widgets/TextPrompt.h"

#include <QInputDialog>

namespace mm::ui {

QInputDialog* openTextPrompt(QWidget* parent, const QString& objectName, const QString& title,
                             const QString& label, std::function<void(const QString&)> use)
{
    auto* dialog = new QInputDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(objectName);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    QObject::connect(dialog, &QInputDialog::textValueSelected, parent,
                     [use = std::move(use)](const QString& reason) {
                         if (!reason.trimmed().isEmpty())
                             use(reason);
                     });
    dialog->open();
    return dialog;
}

} // namespace mm::ui
