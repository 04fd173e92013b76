#pragma once

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace syncdesk {

// The selected event's body as an expandable key/value tree, in the order and with the number
// spellings as sent (simdjson keeps key order; QJsonDocument would sort keys and round big numbers).
// Built for one event at a time, when it is selected.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        KeyColumn,
        ValueColumn,
        ColumnCount
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1
    }; // "payload.object.presence_status"

    struct Node; // opaque; internalPointer() of every index

    explicit JsonTreeModel(QObject* parent = nullptr);
    ~JsonTreeModel() override;

    // Not JSON: one row that says so, with the text as received.
    void setJson(const QByteArray& json);
    void clear();
    bool isValidJson() const { return m_valid; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

    // The index whose path is `path`, or invalid.
    QModelIndex find(const QString& path) const;

private:
    Node* nodeOf(const QModelIndex& index) const;

    std::unique_ptr<Node> m_root;
    bool m_valid = false;
};

} // namespace syncdesk
