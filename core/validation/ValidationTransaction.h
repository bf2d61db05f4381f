#pragma once

#include "core/common/Transaction.h"
#include "core/validation/ValidationPipeline.h"

#include <memory>
#include <optional>

namespace mm::validation {

// Runs the pipeline on a pool thread for the app: progress is the step count, cancel() stops it
// between checks and kills a running checker. report() is set when it ends Done.
class ValidationTransaction : public Transaction
{
    Q_OBJECT

public:
    ValidationTransaction(ValidationContext context, QString path, QObject* parent = nullptr);
    ~ValidationTransaction() override;

    const std::optional<ValidationReport>& report() const { return m_report; }

Q_SIGNALS:
    void stepStarted(const QString& what);

protected:
    void run() override;
    void abort() override;

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    ValidationContext m_context;
    QString m_path;
    std::optional<ValidationReport> m_report;
};

} // namespace mm::validation
