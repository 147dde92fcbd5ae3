#include "gui/synclogmodel.h"

#include "core/error.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace Reqdesk::Gui {

using Core::ErrorCode;

SyncLogModel::SyncLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int SyncLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int SyncLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SyncLogModel::roundText(const Sync::RoundReport &r)
{
    // Counts after a colon read right in every number without plural forms in the source.
    const QLocale locale;
    QString text;
    if (r.pushed == 0 && r.pulled == 0)
        text = tr("Up to date: nothing to send or receive.");
    else
        text = tr("Changes sent: %1, received: %2.")
                       .arg(locale.toString(r.pushed), locale.toString(r.pulled));
    if (r.reset)
        text += u' ' + tr("Everything was downloaded again from the server.");
    if (r.conflicts > 0)
        text += u' '
                + tr("Conflicts with the server's changes: %1 (see Conflicts).")
                          .arg(locale.toString(r.conflicts));
    if (r.setAside > 0)
        text += u' '
                + tr("Changes the server refused: %1; they are set aside, not lost.")
                          .arg(locale.toString(r.setAside));
    if (!r.keptLocal.isEmpty())
        text += u' '
                + tr("Records kept on this computer after the server removed them: %1.")
                          .arg(locale.toString(r.keptLocal.size()));
    if (!r.checksumMismatch.isEmpty())
        text += u' ' + tr("Some records differ from the server's; they will be downloaded again.");
    return text;
}

QString SyncLogModel::failureText(int code, const QString &detail, bool willRetry)
{
    QString text;
    switch (ErrorCode(code)) {
    case ErrorCode::NetworkError:
    case ErrorCode::NetworkTimeout:
    case ErrorCode::ServerUnavailable:
        text = tr("Cannot reach the server; your edits are kept and will sync when it is back.");
        break;
    case ErrorCode::RateLimited:
        text = tr("The server is busy and asked Reqdesk to wait; your edits are kept.");
        break;
    case ErrorCode::BadResponse:
    case ErrorCode::ResponseTooLarge:
        text = tr("The server sent an answer Reqdesk could not read; your edits are kept.");
        break;
    case ErrorCode::NotSignedIn:
        text = tr("You are not signed in, so nothing was sent. Your edits are kept on this "
                  "computer; sign in to sync them.");
        break;
    case ErrorCode::Unauthenticated:
    case ErrorCode::TokenReused:
        text = tr("Your sign-in has expired. Sign in again to sync; your edits are kept.");
        break;
    case ErrorCode::PermissionDenied:
    case ErrorCode::AccountDisabled:
        text = tr("The server refused this account. Ask an administrator; your edits are kept.");
        break;
    case ErrorCode::ClientTooOld:
        text = tr("This version of Reqdesk is too old for the server. Update it to sync; your "
                  "edits are kept.");
        break;
    case ErrorCode::ClientTooNew:
        text = tr("The server is older than this version of Reqdesk. Ask an administrator to "
                  "update it; your edits are kept.");
        break;
    case ErrorCode::EpochMismatch:
    case ErrorCode::CursorExpired:
    case ErrorCode::CursorAhead:
        text = tr("The server's data was restored or reset. Reqdesk will download everything "
                  "again and then send your edits.");
        break;
    case ErrorCode::SyncNoProgress:
        text = tr("Sync stopped after several attempts without progress. Your edits are kept; "
                  "try again later.");
        break;
    case ErrorCode::TokenStoreFailed:
        text = tr("Reqdesk could not read your saved sign-in from the system keychain. Sign in "
                  "again; your edits are kept.");
        break;
    case ErrorCode::DiskFull:
        text = tr("The disk is full: free some space so Reqdesk can save what it receives.");
        break;
    default:
        text = detail.isEmpty() ? tr("Sync failed; your edits are kept.")
                                : tr("Sync failed (%1); your edits are kept.").arg(detail);
        break;
    }
    text += u' '
            + (willRetry ? tr("Trying again automatically.")
                         : tr("Not retrying: use Sync now when the problem is solved."));
    return text;
}

QVariant SyncLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    const int column = index.column();
    auto count = [&](int column) -> QVariant {
        switch (column) {
        case PushedColumn:
            return e.report.pushed;
        case PulledColumn:
            return e.report.pulled;
        case ConflictsColumn:
            return e.report.conflicts;
        case SetAsideColumn:
            return e.report.setAside;
        case KeptLocalColumn:
            return int(e.report.keptLocal.size());
        }
        return {};
    };
    switch (role) {
    case Qt::DisplayRole:
        if (column == TimeColumn)
            return QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat);
        if (column == ResultColumn)
            return e.text;
        if (e.failed)
            return QString();
        return QLocale().toString(count(column).toInt());
    case Qt::ToolTipRole:
        if (column == ResultColumn && e.failed && !e.detail.isEmpty())
            return tr("Details: %1").arg(e.detail);
        if (column == TimeColumn)
            return QLocale().toString(e.at.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::ForegroundRole:
        if (e.failed && column == ResultColumn)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case Qt::TextAlignmentRole:
        if (column >= PushedColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        if (column == TimeColumn)
            return e.at;
        if (column == ResultColumn)
            return e.failed;
        return e.failed ? QVariant(-1) : count(column);
    case FailedRole:
        return e.failed;
    case ErrorCodeRole:
        return e.code;
    default:
        return {};
    }
}

QVariant SyncLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ResultColumn:
        return tr("What happened");
    case PushedColumn:
        return tr("Sent");
    case PulledColumn:
        return tr("Received");
    case ConflictsColumn:
        return tr("Conflicts");
    case SetAsideColumn:
        return tr("Set aside");
    case KeptLocalColumn:
        return tr("Kept here");
    }
    return {};
}

void SyncLogModel::prepend(const Entry &entry)
{
    if (m_entries.size() >= maxEntries) {
        const int last = int(m_entries.size()) - 1;
        beginRemoveRows({}, maxEntries - 1, last);
        m_entries.resize(maxEntries - 1);
        endRemoveRows();
    }
    beginInsertRows({}, 0, 0);
    m_entries.prepend(entry);
    endInsertRows();
}

void SyncLogModel::addRound(const QDateTime &at, const Sync::RoundReport &report)
{
    Entry e;
    e.at = at;
    e.report = report;
    e.text = roundText(report);
    prepend(e);
}

void SyncLogModel::addFailure(const QDateTime &at, int code, const QString &detail, bool willRetry)
{
    Entry e;
    e.at = at;
    e.failed = true;
    e.code = code;
    e.detail = detail;
    e.willRetry = willRetry;
    e.text = failureText(code, detail, willRetry);
    prepend(e);
}

void SyncLogModel::addEarlier(const QList<Entry> &entries)
{
    const int room = maxEntries - int(m_entries.size());
    const int count = qMin(room, int(entries.size()));
    if (count <= 0)
        return;
    const int first = int(m_entries.size());
    beginInsertRows({}, first, first + count - 1);
    m_entries.append(entries.first(count));
    endInsertRows();
}

Store::SyncLogEntry SyncLogModel::toStore(const Entry &entry)
{
    Store::SyncLogEntry e;
    e.at = entry.at;
    e.failed = entry.failed;
    if (entry.failed) {
        e.code = entry.code;
        e.detail = entry.detail;
        e.willRetry = entry.willRetry;
    } else {
        e.pushed = entry.report.pushed;
        e.pulled = entry.report.pulled;
        e.conflicts = entry.report.conflicts;
        e.setAside = entry.report.setAside;
        e.reset = entry.report.reset;
        e.keptLocal = entry.report.keptLocal;
        e.checksumMismatch = entry.report.checksumMismatch;
    }
    return e;
}

SyncLogModel::Entry SyncLogModel::fromStore(const Store::SyncLogEntry &stored)
{
    Entry e;
    e.at = stored.at;
    e.failed = stored.failed;
    if (stored.failed) {
        e.code = stored.code;
        e.detail = stored.detail;
        e.willRetry = stored.willRetry;
        e.text = failureText(e.code, e.detail, e.willRetry);
    } else {
        e.report.pushed = stored.pushed;
        e.report.pulled = stored.pulled;
        e.report.conflicts = stored.conflicts;
        e.report.setAside = stored.setAside;
        e.report.reset = stored.reset;
        e.report.keptLocal = stored.keptLocal;
        e.report.checksumMismatch = stored.checksumMismatch;
        e.text = roundText(e.report);
    }
    return e;
}

} // namespace Reqdesk::Gui
