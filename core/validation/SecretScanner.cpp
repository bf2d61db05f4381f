#include "core/validation/SecretScanner.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace mm::validation {
namespace {

struct Pattern
{
    QString rule;
    QRegularExpression expression; // capture 1 is the secret itself
    const char* what;              // for the message, translated at use
};

const QList<Pattern>& patterns()
{
    static const QList<Pattern> list = {
        {u"secret.private-key"_s,
         QRegularExpression(
             u"(-----BEGIN (?:(?:RSA|DSA|EC|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY(?: BLOCK)?-----)"_s),
         QT_TRANSLATE_NOOP("mm::validation::SecretScanner", "a private key")},
        {u"secret.private-key"_s, QRegularExpression(u"(\"format\"\\s*:\\s*\"modmarket-secret-key/1\")"_s),
         QT_TRANSLATE_NOOP("mm::validation::SecretScanner", "a modmarket secret key file")},
        {u"secret.aws-access-key"_s, QRegularExpression(u"\\b((?:AKIA|ASIA)[0-9A-Z]{16})\\b"_s),
         QT_TRANSLATE_NOOP("mm::validation::SecretScanner", "an AWS access key id")},
        {u"secret.aws-secret-key"_s,
         QRegularExpression(
             u"aws_?secret_?access_?key[\"']?\\s*[:=]\\s*[\"']?([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])"_s,
             QRegularExpression::CaseInsensitiveOption),
         QT_TRANSLATE_NOOP("mm::validation::SecretScanner", "an AWS secret access key")},
        {u"secret.token"_s, QRegularExpression(u"\\b(gh[pousr]_[A-Za-z0-9]{36,255})\\b"_s),
         QT_TRANSLATE_NOOP("mm::validation::SecretScanner", "a GitHub token")},
        {u"secret.token"_s, QRegularExpression(u"\\b(github_pat_[A-Za-z0-9_]{22,255})\\b"_s),
         QT_TRANSLATE_NOOP("mm::validation::SecretScanner", "a GitHub token")},
        {u"secret.token"_s, QRegularExpression(u"\\b(xox[abposr]-[A-Za-z0-9-]{10,255})"_s),
         QT_TRANSLATE_NOOP("mm::validation::SecretScanner", "a Slack token")},
        {u"secret.token"_s, QRegularExpression(u"\\b((?:sk|rk)_live_[A-Za-z0-9]{20,255})\\b"_s),
         QT_TRANSLATE_NOOP("mm::validation::SecretScanner", "a Stripe live key")},
        {u"secret.token"_s, QRegularExpression(u"\\b(AIza[0-9A-Za-z_\\-]{35})"_s),
         QT_TRANSLATE_NOOP("mm::validation::SecretScanner", "a Google API key")},
        {u"secret.token"_s, QRegularExpression(u"\\b(npm_[A-Za-z0-9]{36})\\b"_s),
         QT_TRANSLATE_NOOP("mm::validation::SecretScanner", "an npm token")},
    };
    return list;
}

const QStringList configExtensions = {u"json"_s, u"ini"_s,  u"cfg"_s, u"conf"_s,      u"yaml"_s,
                                      u"yml"_s,  u"toml"_s, u"env"_s, u"properties"_s};

QString redacted(QStringView secret)
{
    return u"%1… (%2 characters)"_s.arg(secret.left(4)).arg(secret.size());
}

// Line numbers by offset, computed once per file.
class Lines
{
public:
    explicit Lines(const QString& text)
    {
        for (qsizetype i = 0; i < text.size(); ++i)
            if (text[i] == u'\n')
                m_breaks.append(i);
    }
    int at(qsizetype offset) const
    {
        return int(std::lower_bound(m_breaks.cbegin(), m_breaks.cend(), offset) - m_breaks.cbegin()) + 1;
    }

private:
    QList<qsizetype> m_breaks;
};

bool looksRandom(QStringView token)
{
    const bool hex =
        std::all_of(token.begin(), token.end(), [](QChar c) { return isxdigit(c.unicode()) != 0; });
    if (hex)
        return token.size() >= 32 && SecretScanner::entropy(token) >= 3.5;
    const bool digit = std::any_of(token.begin(), token.end(), [](QChar c) { return c.isDigit(); });
    const bool upper = std::any_of(token.begin(), token.end(), [](QChar c) { return c.isUpper(); });
    const bool lower = std::any_of(token.begin(), token.end(), [](QChar c) { return c.isLower(); });
    return digit && upper && lower && SecretScanner::entropy(token) >= 4.3;
}

} // namespace

SecretScanner::SecretScanner(FindingSink& sink)
    : m_sink(sink)
{}

double SecretScanner::entropy(QStringView token)
{
    if (token.isEmpty())
        return 0;
    QHash<char16_t, int> counts;
    for (const QChar c : token)
        ++counts[c.unicode()];
    double bits = 0;
    for (const int n : std::as_const(counts)) {
        const double p = double(n) / double(token.size());
        bits -= p * std::log2(p);
    }
    return bits;
}

bool SecretScanner::isConfigFile(const QString& path)
{
    const QString name = path.section(u'/', -1);
    if (path == u"module.json")
        return false; // the manifest: its hashes and ids are meant to look random
    if (name == u".env" || name.startsWith(u".env."))
        return true;
    return configExtensions.contains(name.section(u'.', -1).toLower()) && name.contains(u'.');
}

void SecretScanner::run(const ModuleTree& tree, std::stop_token stop)
{
    const QString check = u"secrets"_s;
    if (!tree.hasFiles()) {
        m_sink.skipped(check, tr("The package could not be extracted."));
        return;
    }
    for (const auto& f : tree.files) {
        if (stop.stop_requested())
            return;
        QFile file(tree.absolute(f.path));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.read(maxFileBytes);
        // Binary files (a NUL early on) are not text a key could be pasted into.
        if (bytes.left(8192).contains('\0'))
            continue;
        scanText(f.path, QString::fromUtf8(bytes), isConfigFile(f.path));
    }
    m_sink.ran(check);
}

void SecretScanner::scanText(const QString& path, const QString& text, bool config)
{
    const Lines lines(text);
    QSet<int> flaggedLines;
    int found = 0;
    for (const auto& pattern : patterns()) {
        auto it = pattern.expression.globalMatch(text);
        while (it.hasNext() && found < maxPerFile) {
            const auto match = it.next();
            const int line = lines.at(match.capturedStart(1));
            flaggedLines.insert(line);
            ++found;
            const QString what = tr(pattern.what);
            m_sink.add(pattern.rule, Severity::Error, path, line,
                       pattern.rule == u"secret.private-key"
                           ? tr("Contains %1. Remove it and treat it as compromised.").arg(what)
                           : tr("Contains %1 (%2). Remove it and revoke it.")
                                 .arg(what, redacted(match.captured(1))));
        }
    }
    if (!config)
        return;
    static const QRegularExpression candidate(u"[A-Za-z0-9+/=_\\-]{24,}"_s);
    auto it = candidate.globalMatch(text);
    while (it.hasNext() && found < maxPerFile) {
        const auto match = it.next();
        const int line = lines.at(match.capturedStart());
        if (flaggedLines.contains(line) || !looksRandom(match.capturedView()))
            continue;
        flaggedLines.insert(line);
        ++found;
        m_sink.add(u"secret.high-entropy"_s, Severity::Warning, path, line,
                   tr("A long random-looking value (%1) in a configuration file; if it is a password, key or "
                      "token, load it at run time instead of shipping it.")
                       .arg(redacted(match.capturedView())));
    }
}

} // namespace mm::validation
