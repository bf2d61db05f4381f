#include "core/resolver/FailureReport.h"

using namespace Qt::StringLiterals;

namespace mm::resolver {

FailureReport::FailureReport(const Incompatibilities& all, const IncompatibilityText& text)
    : m_all(all)
    , m_text(text)
{}

QString FailureReport::write(int failure)
{
    m_root = failure;
    if (!isDerived(failure))
        return tr("Because %1, no plan exists.").arg(m_text.text(at(failure)));
    countDerivations(failure);
    // Not numbered as a conclusion: pub's writer only numbers lines that are cited later.
    visit(failure);

    const qsizetype padding = m_lineNumbers.isEmpty() ? 0 : u"(%1) "_s.arg(m_lineNumbers.size()).size();
    QStringList out;
    bool lastWasEmpty = false;
    for (const auto& [message, number] : std::as_const(m_lines)) {
        if (message.isEmpty()) {
            if (!lastWasEmpty)
                out.append(QString());
            lastWasEmpty = true;
            continue;
        }
        lastWasEmpty = false;
        const QString prefix = number ? u"(%1)"_s.arg(number) : QString();
        out.append(prefix.leftJustified(padding) + message);
    }
    return out.join(u'\n');
}

void FailureReport::countDerivations(int root)
{
    // A derivation graph can be tens of thousands of steps deep: walk it without recursion.
    std::vector<int> pending{root};
    while (!pending.empty()) {
        const int index = pending.back();
        pending.pop_back();
        if (++m_derivations[index] == 1 && isDerived(index)) {
            pending.push_back(at(index).right);
            pending.push_back(at(index).left);
        }
    }
}

std::optional<int> FailureReport::lineOf(int index) const
{
    const auto it = m_lineNumbers.constFind(index);
    return it == m_lineNumbers.cend() ? std::nullopt : std::optional(*it);
}

void FailureReport::line(int index, QString message, bool numbered)
{
    int number = 0;
    if (numbered) {
        number = int(m_lineNumbers.size()) + 1;
        m_lineNumbers.insert(index, number);
    }
    m_lines.append({std::move(message), number});
}

bool FailureReport::isSingleLine(int index) const
{
    return !isDerived(at(index).left) && !isDerived(at(index).right);
}

bool FailureReport::isCollapsible(int index) const
{
    if (m_derivations.value(index) > 1)
        return false;
    const Incompatibility& i = at(index);
    if (isDerived(i.left) == isDerived(i.right))
        return false;
    return !m_lineNumbers.contains(isDerived(i.left) ? i.left : i.right);
}

QString FailureReport::both(int first, int second, std::optional<int> firstLine,
                            std::optional<int> secondLine) const
{
    QString a = m_text.text(at(first));
    if (firstLine)
        a += u" (%1)"_s.arg(*firstLine);
    QString b = m_text.text(at(second));
    if (secondLine)
        b += u" (%1)"_s.arg(*secondLine);
    return tr("%1 and %2").arg(a, b);
}

FailureReport::Step FailureReport::prepare(int index, bool conclusion)
{
    // The branch is chosen when the step is reached (after its earlier siblings have numbered
    // their lines), and its sentence is written after its own children, as pub's writer does.
    const bool numbered = conclusion || m_derivations.value(index) > 1;
    const QString conjunction = conclusion || index == m_root ? tr("So,") : tr("And");
    const QString text = m_text.text(at(index));
    const int left = at(index).left;
    const int right = at(index).right;
    Step step;

    if (isDerived(left) && isDerived(right)) {
        const auto leftLine = lineOf(left);
        const auto rightLine = lineOf(right);
        if (leftLine && rightLine) {
            step.finish = [=, this] {
                line(index, tr("Because %1, %2.").arg(both(left, right, leftLine, rightLine), text),
                     numbered);
            };
        } else if (leftLine || rightLine) {
            const int withLine = leftLine ? left : right;
            const int without = leftLine ? right : left;
            const int number = leftLine ? *leftLine : *rightLine;
            step.children = {{without, false}};
            step.finish = [=, this] {
                line(index,
                     tr("%1 because %2 (%3), %4.")
                         .arg(conjunction, m_text.text(at(withLine)))
                         .arg(number)
                         .arg(text),
                     numbered);
            };
        } else if (isSingleLine(left) || isSingleLine(right)) {
            const int first = isSingleLine(right) ? left : right;
            const int second = isSingleLine(right) ? right : left;
            step.children = {{first, false}, {second, false}};
            step.finish = [=, this] { line(index, tr("Thus, %1.").arg(text), numbered); };
        } else {
            step.children = {{left, true}, {blankLine, false}, {right, false}};
            step.finish = [=, this] {
                line(index,
                     tr("%1 because %2 (%3), %4.")
                         .arg(conjunction, m_text.text(at(left)))
                         .arg(*lineOf(left))
                         .arg(text),
                     numbered);
            };
        }
    } else if (isDerived(left) || isDerived(right)) {
        const int derived = isDerived(left) ? left : right;
        const int external = isDerived(left) ? right : left;
        if (const auto derivedLine = lineOf(derived)) {
            step.finish = [=, this] {
                line(index, tr("Because %1, %2.").arg(both(external, derived, {}, derivedLine), text),
                     numbered);
            };
        } else if (isCollapsible(derived)) {
            const Incompatibility& d = at(derived);
            const int collapsedDerived = isDerived(d.left) ? d.left : d.right;
            const int collapsedExternal = isDerived(d.left) ? d.right : d.left;
            step.children = {{collapsedDerived, false}};
            step.finish = [=, this] {
                line(index,
                     tr("%1 because %2, %3.").arg(conjunction, both(collapsedExternal, external), text),
                     numbered);
            };
        } else {
            step.children = {{derived, false}};
            step.finish = [=, this] {
                line(index, tr("%1 because %2, %3.").arg(conjunction, m_text.text(at(external)), text),
                     numbered);
            };
        }
    } else {
        step.finish = [=, this] {
            line(index, tr("Because %1, %2.").arg(both(left, right), text), numbered);
        };
    }
    return step;
}

void FailureReport::visit(int root)
{
    // An explicit stack instead of recursion: an unsatisfiable catalog can derive a chain far
    // deeper than a thread's stack.
    std::vector<Step> stack;
    stack.push_back(prepare(root, false));
    while (!stack.empty()) {
        Step& top = stack.back();
        if (top.next == top.children.size()) {
            const std::function<void()> finish = std::move(top.finish);
            stack.pop_back();
            finish();
            continue;
        }
        const auto [child, conclusion] = top.children[top.next++];
        if (child == blankLine)
            m_lines.append({QString(), 0});
        else
            stack.push_back(prepare(child, conclusion));
    }
}

} // namespace mm::resolver
