#pragma once

#include "ui/publish/PublishDraft.h"

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace mm::ui {

// Step 1: the module to publish, a folder holding module.json or a finished .mmpkg package.
class SourcePage : public QWizardPage
{
    Q_OBJECT

public:
    SourcePage(PublishDraft& draft, QWidget* parent = nullptr);

    void setPath(const QString& path);
    QLineEdit* pathEdit() const { return m_path; }
    QLabel* problemLabel() const { return m_problem; }

    bool isComplete() const override;
    bool validatePage() override;

private:
    // Empty when `path` can be published from; otherwise why not.
    QString problemWith(const QString& path, PublishDraft::Source* source) const;
    void updateProblem();

    PublishDraft& m_draft;
    QLineEdit* m_path;
    QPushButton* m_chooseFolder;
    QPushButton* m_choosePackage;
    QLabel* m_problem;
};

} // namespace mm::ui
