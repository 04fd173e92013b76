#include "JsonTreeModel.h"

#include "widgets/TextStyles.h"

#include "common/SimdJson.h"

#include <QBrush>
#include <QColor>

namespace syncdesk {

struct JsonTreeModel::Node
{
    enum class Kind
    {
        Object,
        Array,
        String,
        Number,
        Bool,
        Null,
        Text
    };
    QString key;
    QString value;
    Kind kind = Kind::Null;
    int count = 0; // children of an object or array
    Node* parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    QString path() const
    {
        if (!parent || !parent->parent)
            return key;
        return parent->path() + (key.startsWith(QLatin1Char('[')) ? key : QLatin1Char('.') + key);
    }
};

namespace {
using Node = JsonTreeModel::Node;
constexpr int kMaxDepth = 64; // keeps the tree's own recursion bounded (simdjson allows 1024 levels)

void build(Node* node, const simdjson::dom::element& v, int depth)
{
    using T = simdjson::dom::element_type;
    switch (v.type()) {
    case T::OBJECT:
        node->kind = Node::Kind::Object;
        if (simdjson::dom::object object; depth < kMaxDepth && !v.get_object().get(object)) {
            for (const auto member : object) {
                auto child = std::make_unique<Node>();
                child->key = json::toQString(member.key);
                child->parent = node;
                child->row = int(node->children.size());
                build(child.get(), member.value, depth + 1);
                node->children.push_back(std::move(child));
            }
        }
        break;
    case T::ARRAY:
        node->kind = Node::Kind::Array;
        if (simdjson::dom::array array; depth < kMaxDepth && !v.get_array().get(array)) {
            for (const simdjson::dom::element element : array) {
                auto child = std::make_unique<Node>();
                child->key = QStringLiteral("[%1]").arg(node->children.size());
                child->parent = node;
                child->row = int(node->children.size());
                build(child.get(), element, depth + 1);
                node->children.push_back(std::move(child));
            }
        }
        break;
    case T::STRING:
        node->kind = Node::Kind::String;
        node->value = json::toQString(v.get_string().value_unsafe());
        break;
    case T::INT64:
        node->kind = Node::Kind::Number;
        node->value = QString::number(v.get_int64().value_unsafe());
        break;
    case T::UINT64:
        node->kind = Node::Kind::Number;
        node->value = QString::number(v.get_uint64().value_unsafe());
        break;
    case T::DOUBLE:
        node->kind = Node::Kind::Number;
        node->value = QString::number(v.get_double().value_unsafe(), 'g', 17);
        break;
    case T::BOOL:
        node->kind = Node::Kind::Bool;
        node->value = v.get_bool().value_unsafe() ? QStringLiteral("true") : QStringLiteral("false");
        break;
    case T::NULL_VALUE:
        node->kind = Node::Kind::Null;
        node->value = QStringLiteral("null");
        break;
    }
    node->count = int(node->children.size());
}
} // namespace

JsonTreeModel::JsonTreeModel(QObject* parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
}

JsonTreeModel::~JsonTreeModel() = default;

void JsonTreeModel::clear()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    m_valid = false;
    endResetModel();
}

void JsonTreeModel::setJson(const QByteArray& json)
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    simdjson::dom::element root;
    m_valid = !json::parse(json::threadParser(), json, root);
    if (m_valid && (root.is_object() || root.is_array())) {
        build(m_root.get(), root, 0);
    } else if (!json.isEmpty()) {
        auto child = std::make_unique<Node>();
        child->key = m_valid ? tr("(value)") : tr("(not JSON)");
        child->kind = Node::Kind::Text;
        child->value = QString::fromUtf8(json);
        child->parent = m_root.get();
        m_root->children.push_back(std::move(child));
        m_root->count = 1;
    }
    endResetModel();
}

JsonTreeModel::Node* JsonTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node* p = nodeOf(parent);
    if (row >= int(p->children.size()))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    const Node* n = static_cast<Node*>(child.internalPointer());
    Node* p = n->parent;
    if (!p || p == m_root.get())
        return {};
    return createIndex(p->row, 0, p);
}

int JsonTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags JsonTreeModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (nodeOf(index)->children.empty())
        f |= Qt::ItemNeverHasChildren;
    return f;
}

QVariant JsonTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* n = nodeOf(index);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == KeyColumn)
            return n->key;
        switch (n->kind) {
        case Node::Kind::Object:
            return tr("{ keys: %n }", nullptr, n->count);
        case Node::Kind::Array:
            return tr("[ items: %n ]", nullptr, n->count);
        case Node::Kind::String: {
            // One line per row: line breaks inside a value are shown escaped.
            QString v = n->value;
            v.replace(QLatin1Char('\n'), QLatin1String("\\n"))
                .replace(QLatin1Char('\r'), QLatin1String("\\r"));
            return QLatin1Char('"') + v + QLatin1Char('"');
        }
        default:
            return n->value;
        }
    case Qt::ToolTipRole:
        if (index.column() == ValueColumn && (n->kind == Node::Kind::String || n->kind == Node::Kind::Text))
            return n->value.size() > 2000 ? n->value.left(2000) + QChar(0x2026) : n->value;
        return n->path();
    case Qt::ForegroundRole:
        if (index.column() != ValueColumn)
            return {};
        switch (n->kind) {
        case Node::Kind::Object:
        case Node::Kind::Array:
        case Node::Kind::Null:
            return QBrush(toneText(Tone::Neutral));
        case Node::Kind::String:
            return QBrush(toneText(Tone::Ok));
        case Node::Kind::Number:
        case Node::Kind::Bool:
            return QBrush(toneText(Tone::Info));
        case Node::Kind::Text:
            return {};
        }
        return {};
    case PathRole:
        return n->path();
    default:
        return {};
    }
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == KeyColumn ? tr("Key") : section == ValueColumn ? tr("Value") : QVariant();
}

QModelIndex JsonTreeModel::find(const QString& path) const
{
    // Breadth-first: paths are short and the tree is one event.
    std::vector<const Node*> queue{m_root.get()};
    for (size_t i = 0; i < queue.size(); ++i) {
        for (const auto& c : queue[i]->children) {
            if (c->path() == path)
                return createIndex(c->row, 0, c.get());
            queue.push_back(c.get());
        }
    }
    return {};
}

} // namespace syncdesk
