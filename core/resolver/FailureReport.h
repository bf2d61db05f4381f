#pragma once

#include "core/resolver/IncompatibilityText.h"

#include <QHash>

#include <functional>
#include <optional>
#include <vector>

namespace mm::resolver {

// Writes the derivation of a failure as sentences, following pub's SolveFailure writer:
// each derived incompatibility becomes "Because A and B, C."; a derivation used more than once
// gets a line number "(1)" so later lines can cite it instead of repeating it; a chain with one
// external cause per step collapses into "And because ..." lines; the last line starts "So,".
class FailureReport
{
    Q_DECLARE_TR_FUNCTIONS(mm::resolver::FailureReport)

public:
    FailureReport(const Incompatibilities& all, const IncompatibilityText& text);

    QString write(int failure);

private:
    const Incompatibility& at(int index) const { return m_all[std::size_t(index)]; }
    bool isDerived(int index) const { return at(index).isDerived(); }
    void countDerivations(int index);
    // One derived incompatibility to write: the steps to write before it, then its own line.
    struct Step
    {
        std::vector<std::pair<int, bool>> children; // index (or blankLine), written as a conclusion
        std::size_t next = 0;
        std::function<void()> finish;
    };
    static constexpr int blankLine = -1;

    void visit(int root);
    Step prepare(int index, bool conclusion);
    void line(int index, QString message, bool numbered);
    std::optional<int> lineOf(int index) const;
    bool isCollapsible(int index) const;
    bool isSingleLine(int index) const;
    QString both(int first, int second, std::optional<int> firstLine = {},
                 std::optional<int> secondLine = {}) const;

    const Incompatibilities& m_all;
    const IncompatibilityText& m_text;
    int m_root = -1;
    QHash<int, int> m_derivations;
    QHash<int, int> m_lineNumbers;
    QList<std::pair<QString, int>> m_lines; // message, number or 0
};

} // namespace mm::resolver
