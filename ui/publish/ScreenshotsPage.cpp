#include "ui/publish/ScreenshotsPage.h"

#include "ui/publish/ScreenshotFile.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace mm::ui {

ScreenshotsPage::ScreenshotsPage(PublishDraft& draft, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_note(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add screenshots…"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"screenshotsPage"_s);
    setTitle(tr("Screenshots"));
    setSubTitle(tr("Up to %1 PNG or JPEG images of at most 2 MiB each. This step is optional.")
                    .arg(ScreenshotFile::maxCount));
    m_note->setWordWrap(true);
    m_note->setObjectName(u"screenshotsNote"_s);
    m_list->setObjectName(u"screenshotList"_s);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_add->setObjectName(u"addScreenshotsButton"_s);
    m_remove->setObjectName(u"removeScreenshotButton"_s);
    m_remove->setToolTip(tr("Deletes the copy in the module's screenshots folder"));
    m_problem->setObjectName(u"screenshotsProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"QLabel { color: #b3261e; }"_s);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_problem);

    connect(m_add, &QPushButton::clicked, this, [this] {
        addFiles(
            QFileDialog::getOpenFileNames(this, tr("Screenshots"), {}, tr("Images (*.png *.jpg *.jpeg)")));
    });
    connect(m_remove, &QPushButton::clicked, this, &ScreenshotsPage::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(m_draft.isFolder() && !m_list->selectedItems().isEmpty()); });
}

void ScreenshotsPage::initializePage()
{
    m_problem->clear();
    const bool folder = m_draft.isFolder();
    m_note->setText(folder ? tr("The images are copied into %1.").arg(ScreenshotFile::folderOf(m_draft.path))
                           : tr("A package's screenshots are fixed: they are part of its signed contents. "
                                "To change them, publish from the module's folder."));
    m_add->setEnabled(folder);
    m_remove->setEnabled(false);
    reload();
}

void ScreenshotsPage::reload()
{
    m_list->clear();
    if (!m_draft.isFolder())
        return;
    const QStringList paths = ScreenshotFile::list(m_draft.path);
    for (const QString& path : paths) {
        auto* item = new QListWidgetItem(QFileInfo(path).fileName(), m_list);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
}

void ScreenshotsPage::addFiles(const QStringList& paths)
{
    if (!m_draft.isFolder())
        return;
    QStringList problems;
    for (const QString& path : paths)
        if (auto added = ScreenshotFile::add(m_draft.path, path); !added)
            problems.append(added.error().message);
    m_problem->setText(problems.join(u'\n'));
    reload();
}

void ScreenshotsPage::removeSelected()
{
    QStringList problems;
    const auto items = m_list->selectedItems();
    for (const QListWidgetItem* item : items)
        if (auto removed = ScreenshotFile::remove(item->data(Qt::UserRole).toString()); !removed)
            problems.append(removed.error().message);
    m_problem->setText(problems.join(u'\n'));
    reload();
}

} // namespace mm::ui
