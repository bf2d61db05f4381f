#pragma once

#include <QStringList>
#include <QTextStream>

namespace mm::cli {

// Plain aligned columns for terminal output; the last column is never padded.
class TextTable
{
public:
    explicit TextTable(QStringList header);
    void addRow(QStringList cells);
    void print(QTextStream& out) const;

private:
    QList<QStringList> m_rows;
};

} // namespace mm::cli
