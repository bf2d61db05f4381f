#include "ui/publish/DetailsPage.h"

#include "core/catalog/CatalogService.h"
#include "core/package/ArchiveManifest.h"
#include "ui/FutureWatch.h"
#include "ui/publish/ManifestEditor.h"
#include "ui/publish/PricingEditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace mm::ui {

DetailsPage::DetailsPage(PublishDraft& draft, catalog::CatalogService& catalog, QWidget* parent)
    : QWizardPage(parent)
    , m_draft(draft)
    , m_catalog(catalog)
    , m_note(new QLabel(this))
    , m_name(new QLineEdit(this))
    , m_summary(new QLineEdit(this))
    , m_description(new QPlainTextEdit(this))
    , m_category(new QComboBox(this))
    , m_tags(new QLineEdit(this))
    , m_pricing(new PricingEditor(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"detailsPage"_s);
    setTitle(tr("Details and pricing"));
    m_note->setObjectName(u"detailsNote"_s);
    m_note->setWordWrap(true);
    m_name->setObjectName(u"moduleName"_s);
    m_summary->setObjectName(u"moduleSummary"_s);
    m_summary->setMaxLength(200);
    m_description->setObjectName(u"moduleDescription"_s);
    m_description->setPlaceholderText(tr("Markdown: what the module does, how to set it up."));
    m_category->setObjectName(u"moduleCategory"_s);
    m_tags->setObjectName(u"moduleTags"_s);
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. notes, markdown"));
    m_problem->setObjectName(u"detailsProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"QLabel { color: #b3261e; }"_s);

    auto* form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("Summary:"), m_summary);
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Category:"), m_category);
    form->addRow(tr("Tags:"), m_tags);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addLayout(form, 1);
    layout->addWidget(m_pricing);
    layout->addWidget(m_problem);

    for (QLineEdit* edit : {m_name, m_summary})
        connect(edit, &QLineEdit::textChanged, this, &DetailsPage::completeChanged);
}

void DetailsPage::initializePage()
{
    if (m_loaded && m_loadedPath == m_draft.path)
        return; // keep what was typed when coming back to the page
    const quint64 generation = ++m_generation;
    m_loaded = false;
    m_problem->clear();
    setEditable(false);
    Q_EMIT completeChanged();
    if (m_draft.isFolder()) {
        m_note->setText(tr("Changes are saved to module.json in %1 when you go on.").arg(m_draft.path));
        auto document = ManifestEditor::read(m_draft.path);
        if (!document) {
            m_problem->setText(document.error().message);
            return;
        }
        fill(*document);
        setEditable(true);
        return;
    }
    m_note->setText(tr("A package's details are part of its signed contents and are shown as they are. "
                       "To change them, publish from the module's folder."));
    whenReady(this, QtConcurrent::run(package::ArchiveManifest::read, m_draft.path),
              [this, generation](const Result<package::Manifest>& manifest) {
                  if (generation != m_generation)
                      return;
                  if (!manifest) {
                      m_problem->setText(manifest.error().message);
                      return;
                  }
                  m_draft.manifest = *manifest;
                  fill(manifest->toJson());
              });
}

void DetailsPage::fill(const QJsonObject& document)
{
    m_name->setText(document.value(u"name").toString());
    m_summary->setText(document.value(u"summary").toString());
    m_description->setPlainText(document.value(u"description").toString());
    QStringList tags;
    for (const QJsonValue& tag : document.value(u"tags").toArray())
        tags.append(tag.toString());
    m_tags->setText(tags.join(u", "_s));
    m_pricing->setPricing(document.value(u"pricing").toObject());
    fillCategories(document.value(u"category").toString());
    m_loaded = true;
    m_loadedPath = m_draft.path;
    Q_EMIT completeChanged();
    Q_EMIT loaded();
}

void DetailsPage::fillCategories(const QString& current)
{
    m_category->clear();
    m_category->addItem(current, current);
    whenReady(this, m_catalog.categories(),
              [this, current](const Result<QList<catalog::Category>>& categories) {
                  if (!categories || categories->isEmpty())
                      return; // no synced catalog yet: the module's own category stays the only choice
                  const QString chosen = m_category->currentData().toString();
                  m_category->clear();
                  for (const catalog::Category& category : *categories)
                      m_category->addItem(category.name, category.id);
                  if (m_category->findData(current) < 0)
                      m_category->addItem(tr("%1 (not in the catalog)").arg(current), current);
                  m_category->setCurrentIndex(std::max(0, m_category->findData(chosen)));
              });
}

void DetailsPage::setEditable(bool editable)
{
    for (QLineEdit* edit : {m_name, m_summary, m_tags})
        edit->setReadOnly(!editable);
    m_description->setReadOnly(!editable);
    m_category->setEnabled(editable);
    m_pricing->setReadOnly(!editable);
}

bool DetailsPage::isComplete() const
{
    return m_loaded && !m_name->text().trimmed().isEmpty() && !m_summary->text().trimmed().isEmpty();
}

QJsonObject DetailsPage::changes() const
{
    QJsonArray tags;
    const QStringList parts = m_tags->text().split(u',', Qt::SkipEmptyParts);
    for (const QString& tag : parts)
        if (!tag.trimmed().isEmpty())
            tags.append(tag.trimmed().toLower());
    return {{u"name"_s, m_name->text().trimmed()},
            {u"summary"_s, m_summary->text().trimmed()},
            {u"description"_s, m_description->toPlainText()},
            {u"category"_s, m_category->currentData().toString()},
            {u"tags"_s, tags}};
}

bool DetailsPage::validatePage()
{
    if (!m_draft.isFolder())
        return m_draft.manifest.has_value();
    auto pricing = m_pricing->pricing();
    if (!pricing) {
        m_problem->setText(pricing.error().message);
        return false;
    }
    QJsonObject update = changes();
    update.insert(u"pricing"_s, *pricing);
    auto manifest = ManifestEditor::write(m_draft.path, update);
    if (!manifest) {
        m_problem->setText(tr("module.json was left as it was: %1").arg(manifest.error().message));
        return false;
    }
    m_problem->clear();
    m_draft.manifest = *manifest;
    return true;
}

} // namespace mm::ui
