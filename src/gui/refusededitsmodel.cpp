#include "gui/refusededitsmodel.h"

#include <QLocale>

namespace Reqdesk::Gui {

RefusedEditsModel::RefusedEditsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

QString RefusedEditsModel::keyOf(const Store::OutboxEntry &entry)
{
    return entry.entity + u':' + entry.entityId.toString(QUuid::WithoutBraces);
}

void RefusedEditsModel::setEdits(const QList<Store::OutboxEntry> &edits)
{
    beginResetModel();
    m_edits = edits;
    endResetModel();
}

void RefusedEditsModel::setTitles(const QStringList &keys, const QStringList &titles)
{
    for (qsizetype i = 0; i < keys.size() && i < titles.size(); ++i) {
        if (!titles.at(i).isEmpty())
            m_titles.insert(keys.at(i), titles.at(i));
    }
    if (!m_edits.isEmpty())
        emit dataChanged(index(0, RecordColumn), index(int(m_edits.size()) - 1, RecordColumn));
}

QStringList RefusedEditsModel::recordKeys() const
{
    QStringList keys;
    for (const Store::OutboxEntry &e : m_edits) {
        const QString key = keyOf(e);
        if (!keys.contains(key))
            keys.append(key);
    }
    return keys;
}

QString RefusedEditsModel::entityName(const QString &entity)
{
    if (entity == u"requisition")
        return tr("Requisition");
    if (entity == u"candidate")
        return tr("Candidate");
    if (entity == u"application")
        return tr("Application");
    if (entity == u"stage_event")
        return tr("Stage move");
    if (entity == u"note")
        return tr("Note");
    return entity;
}

QString RefusedEditsModel::changeText(const Store::OutboxEntry &entry)
{
    switch (entry.op) {
    case Store::OutboxOp::Insert:
        return tr("Created");
    case Store::OutboxOp::Delete:
        return tr("Deleted");
    case Store::OutboxOp::Update:
        break;
    }
    QStringList fields = entry.changes.keys();
    fields.removeAll(QStringLiteral("updated_at"));
    for (QString &field : fields)
        field.replace(u'_', u' ');
    return fields.isEmpty() ? tr("Changed")
                            : tr("Changed %1").arg(fields.join(QStringLiteral(", ")));
}

QString RefusedEditsModel::reasonText(const QString &lastError)
{
    const qsizetype colon = lastError.indexOf(u':');
    const QString code = colon < 0 ? lastError : lastError.left(colon).trimmed();
    const QString detail = colon < 0 ? QString() : lastError.mid(colon + 1).trimmed();
    QString words;
    if (code == u"permission_denied")
        words = tr("You may not make this change.");
    else if (code == u"read_only")
        words = tr("Your account may only read.");
    else if (code == u"invalid" || code == u"bad_mutation")
        words = tr("The server found the change invalid.");
    else if (code == u"not_found")
        words = tr("The record no longer exists on the server.");
    else if (code == u"append_only")
        words = tr("Notes and stage moves cannot be changed once sent.");
    else if (code == u"payload_too_large")
        words = tr("The change is too large to send.");
    else
        return lastError.isEmpty() ? tr("Refused by the server.") : lastError;
    return detail.isEmpty() ? words : words + u' ' + tr("(%1)").arg(detail);
}

int RefusedEditsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_edits.size());
}

int RefusedEditsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RefusedEditsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Store::OutboxEntry &e = m_edits.at(index.row());
    if (role == SeqRole)
        return e.seq;
    if (role == KeyRole)
        return keyOf(e);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case RecordColumn: {
        const QString title = m_titles.value(keyOf(e));
        return title.isEmpty() ? entityName(e.entity)
                               : tr("%1 “%2”").arg(entityName(e.entity), title);
    }
    case ChangeColumn:
        return changeText(e);
    case MadeColumn:
        return QLocale().toString(e.createdAt.toLocalTime(), QLocale::ShortFormat);
    case ReasonColumn:
        return reasonText(e.lastError);
    default:
        return {};
    }
}

QVariant RefusedEditsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RecordColumn:
        return tr("Record");
    case ChangeColumn:
        return tr("Edit");
    case MadeColumn:
        return tr("Made");
    case ReasonColumn:
        return tr("Why the server refused it");
    default:
        return {};
    }
}

} // namespace Reqdesk::Gui
