#pragma once

#include "ui/publish/PublishDraft.h"

#include <QJsonObject>
#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace mm::catalog {
class CatalogService;
}

namespace mm::ui {

class PricingEditor;

// Step 3: what the catalog will say about the module (name, summary, description, category,
// tags) and how it is sold. For a folder the changes go into its module.json (checked by the
// manifest parser first, unknown fields kept); a package's are shown as they are.
class DetailsPage : public QWizardPage
{
    Q_OBJECT

public:
    DetailsPage(PublishDraft& draft, catalog::CatalogService& catalog, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* summaryEdit() const { return m_summary; }
    QPlainTextEdit* descriptionEdit() const { return m_description; }
    QComboBox* categoryBox() const { return m_category; }
    QLineEdit* tagsEdit() const { return m_tags; }
    PricingEditor* pricing() const { return m_pricing; }
    QLabel* problemLabel() const { return m_problem; }
    bool isLoaded() const { return m_loaded; }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

Q_SIGNALS:
    // The fields show the module's current details.
    void loaded();

private:
    void fill(const QJsonObject& document);
    void fillCategories(const QString& current);
    void setEditable(bool editable);
    QJsonObject changes() const;

    PublishDraft& m_draft;
    catalog::CatalogService& m_catalog;
    quint64 m_generation = 0;
    bool m_loaded = false;
    QString m_loadedPath;
    QLabel* m_note;
    QLineEdit* m_name;
    QLineEdit* m_summary;
    QPlainTextEdit* m_description;
    QComboBox* m_category;
    QLineEdit* m_tags;
    PricingEditor* m_pricing;
    QLabel* m_problem;
};

} // namespace mm::ui
