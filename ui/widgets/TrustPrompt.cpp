#include "ui/widgets/TrustPrompt.h"

#include "core/crypto/Fingerprint.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace mm::ui {

TrustPrompt::TrustPrompt(const QUrl& marketplace, const QString& fingerprint, QWidget* parent)
    : QMessageBox(parent)
    , m_fingerprint(fingerprint)
{
    setObjectName(u"trustPrompt"_s);
    setIcon(QMessageBox::Question);
    setWindowTitle(tr("Trust this marketplace?"));
    setText(tr("<p>This is the first connection to <b>%1</b>. It identifies itself with the root key</p>"
               "<p><tt>%2</tt></p>")
                .arg(marketplace.toDisplayString().toHtmlEscaped(),
                     crypto::fingerprint::display(fingerprint).toHtmlEscaped()));
    setInformativeText(tr("Compare this fingerprint with the one your marketplace operator published. Trust "
                          "it only if they are the same: every catalog and package will be checked against "
                          "this key."));
    m_trust = addButton(tr("Trust This Marketplace"), QMessageBox::AcceptRole);
    addButton(QMessageBox::Cancel);
    setDefaultButton(QMessageBox::Cancel);
    setWindowModality(Qt::WindowModal);
}

} // namespace mm::ui
