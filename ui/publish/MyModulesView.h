#pragma once

#include "core/profile/Profile.h"
#include "core/publish/Submission.h"

#include <QUrl>
#include <QWidget>

#include <chrono>

class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace mm::ui {

class FindingTableModel;
class SubmissionTableModel;

// The developer's "My modules" page: the submissions of the publishers this profile publishes as
// (PublisherList: the ones the publish wizard found or made a key for), read on a worker, with
// their status, and for the one selected the marketplace's report. While any is queued or being
// checked it asks again every few seconds, and stops once all are final.
class MyModulesView : public QWidget
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Loading,
        NoPublisher, // nothing published from this profile yet
        Empty,
        Loaded,
        Failed,
    };
    Q_ENUM(State)

    MyModulesView(Profile profile, QUrl marketplace, QWidget* parent = nullptr);

    // Reads the submissions again; reloaded() follows.
    void reload();
    // Selects the submission (once it is listed) and shows its report.
    void selectSubmission(const QString& id);
    void setPollInterval(std::chrono::milliseconds interval);

    QStringList publishers() const;
    State state() const { return m_state; }
    bool isPolling() const;
    SubmissionTableModel* model() const { return m_model; }
    FindingTableModel* reportModel() const { return m_report; }
    QTableView* table() const { return m_table; }
    QLabel* stateLabel() const { return m_stateLabel; }
    QLabel* reportLabel() const { return m_reportLabel; }
    QPushButton* publishButton() const { return m_publish; }
    QPushButton* refreshButton() const { return m_refresh; }

Q_SIGNALS:
    void reloaded();
    void publishRequested();

private:
    struct Read;
    void showRead(const Read& read);
    void showReport();
    void setState(State state, const QString& text);

    Profile m_profile;
    QUrl m_marketplace;
    State m_state = State::Idle;
    quint64 m_generation = 0;
    bool m_reading = false;
    QString m_wanted; // selectSubmission() before the row exists
    SubmissionTableModel* m_model;
    FindingTableModel* m_report;
    QTimer* m_poll;
    QLabel* m_publishers;
    QPushButton* m_publish;
    QPushButton* m_refresh;
    QLabel* m_stateLabel;
    QWidget* m_content;
    QTableView* m_table;
    QLabel* m_reportLabel;
    QTableView* m_reportTable;
};

} // namespace mm::ui
