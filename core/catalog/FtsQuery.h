#pragma once

#include <QString>

namespace mm::catalog {

// Turns what a user typed into a safe FTS5 MATCH expression. Every word becomes a quoted
// string, so FTS5 syntax characters (", *, -, NEAR(, column filters) are searched as text or
// dropped and can never make the query fail. The last word matches as a prefix while the user
// is still typing it (no trailing space). Returns an empty string when nothing searchable is left.
QString toFtsMatch(QStringView userText);

} // namespace mm::catalog
