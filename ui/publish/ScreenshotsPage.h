#pragma once

#include "ui/publish/PublishDraft.h"

#include <QWizardPage>

class QLabel;
class QListWidget;
class QPushButton;

namespace mm::ui {

// Step 4: the screenshots the module's page shows, PNG or JPEG files copied into the folder's
// screenshots/ (at most 8, 2 MiB each). A package's are part of it and cannot change here.
class ScreenshotsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ScreenshotsPage(PublishDraft& draft, QWidget* parent = nullptr);

    // Checks and copies the files; the problems of those refused are shown on the page.
    void addFiles(const QStringList& paths);
    void removeSelected();

    QListWidget* list() const { return m_list; }
    QLabel* problemLabel() const { return m_problem; }
    QPushButton* addButton() const { return m_add; }

    void initializePage() override;

private:
    void reload();

    PublishDraft& m_draft;
    QLabel* m_note;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
    QLabel* m_problem;
};

} // namespace mm::ui
