#pragma once

#include "core/validation/FindingSink.h"
#include "core/validation/ModuleTree.h"

#include <stop_token>

namespace mm::validation {

// Secrets a developer should never ship (secret.private-key, secret.aws-access-key,
// secret.aws-secret-key, secret.token, secret.high-entropy): recognised formats in every text
// file, and long random-looking strings in configuration files. Messages show only the first
// characters of what was found, so the report does not spread the secret further.
class SecretScanner
{
    Q_DECLARE_TR_FUNCTIONS(mm::validation::SecretScanner)

public:
    static constexpr qint64 maxFileBytes = 8LL * 1024 * 1024; // larger files are read up to this
    static constexpr int maxPerFile = 20;

    explicit SecretScanner(FindingSink& sink);

    void run(const ModuleTree& tree, std::stop_token stop);
    // Findings for one file's text (path for the findings, config: whether the high-entropy rule
    // applies). Public for the fuzzer and tests.
    void scanText(const QString& path, const QString& text, bool config);

    // Shannon entropy of the characters of `token`, in bits per character.
    static double entropy(QStringView token);
    static bool isConfigFile(const QString& path);

private:
    FindingSink& m_sink;
};

} // namespace mm::validation
