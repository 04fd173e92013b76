#include "DirectoryPlanModel.h"

#include "widgets/TextStyles.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QFont>

namespace syncdesk {

namespace {
QString entryField(const AcdEntry& e, const QString& field)
{
    if (field == QLatin1String("firstName"))
        return e.firstName;
    if (field == QLatin1String("middleName"))
        return e.middleName;
    if (field == QLatin1String("lastName"))
        return e.lastName;
    if (field == QLatin1String("company"))
        return e.company;
    if (field == QLatin1String("phone"))
        return e.phone;
    if (field == QLatin1String("mobile"))
        return e.mobile;
    if (field == QLatin1String("email"))
        return e.email;
    return {};
}

QString rowKey(DirectoryAction action, const QString& externalId)
{
    return QString::number(int(action)) + QChar(0x1f) + externalId;
}

// Light tints behind the action word; the text colour is explicit too, so it reads the same on
// dark themes.
QColor actionTint(DirectoryAction a)
{
    switch (a) {
    case DirectoryAction::Add:
        return toneBackground(Tone::Ok);
    case DirectoryAction::Update:
        return toneBackground(Tone::Info);
    case DirectoryAction::Remove:
        return toneBackground(Tone::Error);
    case DirectoryAction::Skip:
        return toneBackground(Tone::Neutral);
    case DirectoryAction::Unchanged:
        break;
    }
    return QGuiApplication::palette().color(QPalette::Base);
}
} // namespace

QString directoryEntryField(const AcdEntry& e, const QString& field)
{
    return entryField(e, field);
}

DirectoryPlanModel::DirectoryPlanModel(QObject* parent) : QAbstractTableModel(parent)
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &DirectoryPlanModel::flush);
}

int DirectoryPlanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DirectoryPlanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags DirectoryPlanModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QString DirectoryPlanModel::actionWord(DirectoryAction action)
{
    switch (action) {
    case DirectoryAction::Add:
        return tr("Add");
    case DirectoryAction::Update:
        return tr("Update");
    case DirectoryAction::Remove:
        return tr("Remove");
    case DirectoryAction::Skip:
        return tr("Skip");
    case DirectoryAction::Unchanged:
        return tr("Unchanged");
    }
    return {};
}

QString DirectoryPlanModel::actionLabel(DirectoryAction action)
{
    // A symbol as well as a colour and a word: readable without colour vision and in print.
    static const QString symbols[] = {QStringLiteral("+"), QStringLiteral("~"), QStringLiteral("\u2212"),
                                      QStringLiteral("\u2298"), QStringLiteral("=")};
    return symbols[int(action)] + QLatin1Char(' ') + actionWord(action);
}

QColor DirectoryPlanModel::actionColor(DirectoryAction action)
{
    switch (action) {
    case DirectoryAction::Add:
        return toneText(Tone::Ok);
    case DirectoryAction::Update:
        return toneText(Tone::Info);
    case DirectoryAction::Remove:
        return toneText(Tone::Error);
    case DirectoryAction::Skip:
        return toneText(Tone::Neutral);
    case DirectoryAction::Unchanged:
        break;
    }
    return QGuiApplication::palette().color(QPalette::Text);
}

QString DirectoryPlanModel::fieldLabel(const QString& acdField)
{
    if (acdField == QLatin1String("firstName"))
        return tr("First name");
    if (acdField == QLatin1String("middleName"))
        return tr("Middle name");
    if (acdField == QLatin1String("lastName"))
        return tr("Last name");
    if (acdField == QLatin1String("company"))
        return tr("Company");
    if (acdField == QLatin1String("phone"))
        return tr("Phone");
    if (acdField == QLatin1String("mobile"))
        return tr("Mobile");
    if (acdField == QLatin1String("email"))
        return tr("E-mail");
    return acdField;
}

QString DirectoryPlanModel::entryName(const DirectoryChange& c)
{
    const AcdEntry* e = c.after ? &*c.after : c.before ? &*c.before : nullptr;
    if (!e)
        return {};
    QStringList parts;
    for (const QString* s : {&e->firstName, &e->middleName, &e->lastName}) {
        if (!s->isEmpty())
            parts.append(*s);
    }
    QString name = parts.join(QLatin1Char(' '));
    if (!e->email.isEmpty())
        name += name.isEmpty() ? e->email : QStringLiteral(" <%1>").arg(e->email);
    return name;
}

QString DirectoryPlanModel::changesText(const DirectoryChange& c)
{
    if (c.action == DirectoryAction::Skip)
        return c.reason;
    if (c.action != DirectoryAction::Update || !c.before || !c.after)
        return {};
    QStringList parts;
    for (const QString& f : c.changed) {
        QString before = entryField(*c.before, f), after = entryField(*c.after, f);
        if (before.isEmpty())
            before = QStringLiteral("\u2205");
        if (after.isEmpty())
            after = QStringLiteral("\u2205");
        parts.append(QStringLiteral("%1: %2 \u2192 %3").arg(f, before, after));
    }
    return parts.join(QStringLiteral("; "));
}

QString DirectoryPlanModel::widthSample(Column column)
{
    switch (column) {
    case ActionColumn: {
        QString best;
        for (auto a : {DirectoryAction::Add, DirectoryAction::Update, DirectoryAction::Remove,
                       DirectoryAction::Skip}) {
            if (actionLabel(a).size() > best.size())
                best = actionLabel(a);
        }
        return best + QStringLiteral("  ");
    }
    case IdColumn:
        return QStringLiteral("KDcuGIm1QgePTO8WbOqwIQ");
    case NameColumn:
        return QStringLiteral("Alexandra Montgomery <alexandra.montgomery@example.com>");
    case ChangesColumn:
        return QStringLiteral("phone: +493012345678 \u2192 03012345678; company: Sales");
    case ResultColumn:
        // Measured only, never shown: the translated prefix and room for a short ACD error.
        return tr("Failed: %1").arg(QString(16, QLatin1Char('x')));
    case ColumnCount:
        break;
    }
    return {};
}

const DirectoryApplyResult* DirectoryPlanModel::result(int row) const
{
    const int i = m_rows[row].result;
    return i >= 0 ? &m_results[i] : nullptr;
}

const QString& DirectoryPlanModel::searchText(int row) const
{
    const Row& r = m_rows[row];
    if (r.search.isEmpty()) {
        const DirectoryChange& c = r.change;
        r.search =
            (c.externalId + QLatin1Char('\n') + entryName(c) + QLatin1Char('\n') + changesText(c)).toLower();
    }
    return r.search;
}

bool DirectoryPlanModel::isFailed(int row) const
{
    const DirectoryApplyResult* r = result(row);
    return r && !r->success;
}

QVariant DirectoryPlanModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    const DirectoryChange& c = row.change;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ActionColumn:
            return actionLabel(c.action);
        case IdColumn:
            return c.externalId;
        case NameColumn:
            return entryName(c);
        case ChangesColumn:
            return changesText(c);
        case ResultColumn: {
            const DirectoryApplyResult* r = result(index.row());
            if (!r)
                return QString();
            return r->success ? tr("Written") : tr("Failed: %1").arg(r->error);
        }
        }
        break;
    case Qt::ForegroundRole:
        if (index.column() == ActionColumn)
            return QBrush(actionColor(c.action));
        if (index.column() == ResultColumn && isFailed(index.row()))
            return QBrush(toneText(Tone::Error));
        if (index.column() == ResultColumn)
            return QBrush(toneText(Tone::Ok));
        break;
    case Qt::BackgroundRole:
        if (index.column() == ActionColumn)
            return QBrush(actionTint(c.action));
        break;
    case Qt::FontRole:
        if (index.column() == ActionColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        break;
    case ActionRole:
        return int(c.action);
    case FailedRole:
        return isFailed(index.row());
    }
    return {};
}

QVariant DirectoryPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ActionColumn:
        return tr("Action");
    case IdColumn:
        return tr("Zoom user ID");
    case NameColumn:
        return tr("Name");
    case ChangesColumn:
        return tr("Changes or reason");
    case ResultColumn:
        return tr("Apply result");
    }
    return {};
}

void DirectoryPlanModel::clear()
{
    m_flushTimer.stop();
    beginResetModel();
    m_rows.clear();
    m_queue.clear();
    m_results.clear();
    m_rowOfId.clear();
    m_counts = {};
    endResetModel();
}

void DirectoryPlanModel::append(const QList<DirectoryChange>& changes)
{
    if (changes.isEmpty())
        return;
    m_queue.append(changes);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void DirectoryPlanModel::flush()
{
    m_flushTimer.stop();
    if (m_queue.isEmpty())
        return;
    const int first = int(m_rows.size());
    const int count = int(m_queue.size());
    beginInsertRows({}, first, first + count - 1);
    for (DirectoryChange& c : m_queue) {
        Row r;
        switch (c.action) {
        case DirectoryAction::Add:
            ++m_counts.add;
            break;
        case DirectoryAction::Update:
            ++m_counts.update;
            break;
        case DirectoryAction::Remove:
            ++m_counts.remove;
            break;
        case DirectoryAction::Skip:
            ++m_counts.skip;
            break;
        case DirectoryAction::Unchanged:
            ++m_counts.unchanged;
            break;
        }
        m_rowOfId.insert(rowKey(c.action, c.externalId), int(m_rows.size()));
        r.change = std::move(c);
        m_rows.append(std::move(r));
    }
    m_queue.clear();
    endInsertRows();
    emit rowsAppended(count);
}

void DirectoryPlanModel::setResults(const QList<DirectoryApplyResult>& results)
{
    flush();
    int lo = int(m_rows.size()), hi = -1;
    for (const DirectoryApplyResult& r : results) {
        const int row = m_rowOfId.value(rowKey(r.action, r.externalId), -1);
        if (row < 0)
            continue;
        m_rows[row].result = int(m_results.size());
        m_results.append(r);
        lo = std::min(lo, row);
        hi = std::max(hi, row);
    }
    // One signal for the span touched by this batch: results arrive in plan order.
    if (hi >= lo)
        emit dataChanged(index(lo, 0), index(hi, ColumnCount - 1));
}

DirectoryPlanFilter::DirectoryPlanFilter(QObject* parent) : QSortFilterProxyModel(parent)
{
    // Changed rows are re-checked for "Failed" as results come in.
    setDynamicSortFilter(true);
}

void DirectoryPlanFilter::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void DirectoryPlanFilter::setText(const QString& text)
{
    const QString t = text.trimmed().toLower();
    if (t == m_text)
        return;
    m_text = t;
    invalidateFilter();
}

bool DirectoryPlanFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    auto* model = static_cast<const DirectoryPlanModel*>(sourceModel());
    const DirectoryAction a = model->change(sourceRow).action;
    switch (m_kind) {
    case Kind::All:
        break;
    case Kind::Add:
        if (a != DirectoryAction::Add)
            return false;
        break;
    case Kind::Update:
        if (a != DirectoryAction::Update)
            return false;
        break;
    case Kind::Remove:
        if (a != DirectoryAction::Remove)
            return false;
        break;
    case Kind::Skip:
        if (a != DirectoryAction::Skip)
            return false;
        break;
    case Kind::Failed:
        if (!model->isFailed(sourceRow))
            return false;
        break;
    }
    return m_text.isEmpty() || model->searchText(sourceRow).contains(m_text);
}

} // namespace syncdesk
