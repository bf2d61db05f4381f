#include "ui/publish/SourcePage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mm::ui {

SourcePage::SourcePage(PublishDraft& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_path(new QLineEdit(this))
    , m_chooseFolder(new QPushButton(tr("Choose folder…"), this))
    , m_choosePackage(new QPushButton(tr("Choose package…"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"sourcePage"_s);
    setTitle(tr("Choose the module"));
    setSubTitle(tr("Publish from the module's folder (the one holding module.json) to edit its details "
                   "and screenshots here, or from a finished .mmpkg package."));
    m_path->setObjectName(u"sourcePath"_s);
    m_path->setPlaceholderText(tr("Module folder or .mmpkg file"));
    m_path->setClearButtonEnabled(true);
    m_chooseFolder->setObjectName(u"chooseFolderButton"_s);
    m_choosePackage->setObjectName(u"choosePackageButton"_s);
    m_problem->setObjectName(u"sourceProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"QLabel { color: #b3261e; }"_s);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_chooseFolder);
    buttons->addWidget(m_choosePackage);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Module:"), this));
    layout->addWidget(m_path);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);
    layout->addStretch(1);

    connect(m_path, &QLineEdit::textChanged, this, [this] {
        updateProblem();
        Q_EMIT completeChanged();
    });
    connect(m_chooseFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Module folder"), m_path->text());
        if (!dir.isEmpty())
            setPath(dir);
    });
    connect(m_choosePackage, &QPushButton::clicked, this, [this] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Module package"), m_path->text(),
                                                          tr("Module packages (*.mmpkg)"));
        if (!file.isEmpty())
            setPath(file);
    });
}

void SourcePage::setPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString SourcePage::problemWith(const QString& path, PublishDraft::Source* source) const
{
    if (path.trimmed().isEmpty())
        return {};
    const QFileInfo info(QDir::fromNativeSeparators(path.trimmed()));
    if (!info.exists())
        return tr("%1 does not exist.").arg(path);
    if (info.isDir()) {
        if (!QFileInfo(QDir(info.filePath()).filePath(u"module.json"_s)).isFile())
            return tr("%1 has no module.json. Choose the module's own folder, or create one with "
                      "“modmarket-cli init”.")
                .arg(path);
        *source = PublishDraft::Source::Folder;
        return {};
    }
    if (!info.isFile() || info.suffix() != u"mmpkg")
        return tr("%1 is neither a module folder nor a .mmpkg package.").arg(path);
    *source = PublishDraft::Source::Package;
    return {};
}

void SourcePage::updateProblem()
{
    PublishDraft::Source source{};
    m_problem->setText(problemWith(m_path->text(), &source));
}

bool SourcePage::isComplete() const
{
    PublishDraft::Source source{};
    return !m_path->text().trimmed().isEmpty() && problemWith(m_path->text(), &source).isEmpty();
}

bool SourcePage::validatePage()
{
    PublishDraft::Source source{};
    if (!problemWith(m_path->text(), &source).isEmpty())
        return false;
    const QString path = QFileInfo(QDir::fromNativeSeparators(m_path->text().trimmed())).absoluteFilePath();
    if (path != m_draft.path || source != m_draft.source)
        m_draft.reset(path, source);
    return true;
}

} // namespace mm::ui
