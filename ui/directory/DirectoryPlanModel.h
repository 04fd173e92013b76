#pragma once

#include "directory/DirectoryApply.h"
#include "directory/DirectoryPlan.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSortFilterProxyModel>
#include <QTimer>
#include <QVector>

namespace syncdesk {

// The value of an ACD entry field by its name (firstName … email).
QString directoryEntryField(const AcdEntry& entry, const QString& acdField);

// The rows of a dry run as they stream in: changes are queued by append() and inserted on a
// short timer in one beginInsertRows per flush, so 10,000 users arrive in a handful of inserts
// and the view never repaints per page. Display strings are built in data() for the rows on
// screen only; each row keeps a lower-case search text built the first time a search needs it,
// so streaming builds no strings and the text filter does not rebuild them per keystroke. After an apply,
// each row also shows what the ACD answered.
class DirectoryPlanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ActionColumn,
        IdColumn,
        NameColumn,
        ChangesColumn,
        ResultColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        ActionRole = Qt::UserRole + 1, // int(DirectoryAction)
        FailedRole,                    // bool: the apply failed for this row
    };

    explicit DirectoryPlanModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    void clear();
    // Queues changes; they become rows on the next flush (at most every kFlushMs).
    void append(const QList<DirectoryChange>& changes);
    void flush();
    void setResults(const QList<DirectoryApplyResult>& results);

    const DirectoryChange& change(int row) const { return m_rows[row].change; }
    const DirectoryApplyResult* result(int row) const;
    // Lower-case ID, name, e-mail, changes and reason; built the first time a search needs it.
    const QString& searchText(int row) const;
    bool isFailed(int row) const;
    // Counts of the rows shown so far (live while the dry run streams).
    DirectoryCounts liveCounts() const { return m_counts; }

    static QString actionLabel(DirectoryAction action); // "+ Add", "~ Update"…
    static QString actionWord(DirectoryAction action);  // "Add", "Update"…
    static QColor actionColor(DirectoryAction action);
    static QString fieldLabel(const QString& acdField); // "First name"…
    static QString entryName(const DirectoryChange& change);
    // "phone: +49301 → 0301; company: Sales → Support"
    static QString changesText(const DirectoryChange& change);
    static QString widthSample(Column column);

    // The monitor's tail interval: fewer, larger inserts repaint the view less often.
    static constexpr int kFlushMs = 100;

signals:
    void rowsAppended(int count);

private:
    struct Row
    {
        DirectoryChange change;
        mutable QString search; // lower case, built on first use
        int result = -1;        // index into m_results
    };
    QVector<Row> m_rows;
    QList<DirectoryChange> m_queue;
    QList<DirectoryApplyResult> m_results;
    QHash<QString, int> m_rowOfId; // "action\x1fexternalId" → row
    DirectoryCounts m_counts;
    QTimer m_flushTimer;
};

// The review's filter: one action (or all, or the failed rows after an apply) and a text that
// must occur in the row's ID, name, e-mail, changes or reason.
class DirectoryPlanFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum class Kind
    {
        All,
        Add,
        Update,
        Remove,
        Skip,
        Failed
    };
    explicit DirectoryPlanFilter(QObject* parent = nullptr);
    void setKind(Kind kind);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    Kind m_kind = Kind::All;
    QString m_text;
};

} // namespace syncdesk
