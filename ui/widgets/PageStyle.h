#pragma once

class QAbstractItemModel;
class QLabel;
class QTableView;

namespace mm::ui {

// The look the app's pages share, so the Installed, Licenses and module pages stay alike.

// A page title: the label's font, larger and bold.
void stylePageTitle(QLabel* label);

// A table of records: whole rows, one at a time, not editable, alternating colours, columns
// sized to their contents except `stretchColumn`, which takes the remaining width.
void setUpRecordTable(QTableView* table, QAbstractItemModel* model, int stretchColumn);

} // namespace mm::ui
