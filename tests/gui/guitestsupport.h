#pragma once

// Shared helpers of the GUI tests: a private data folder and a cache filled through the worker.

#include "core/demodatagenerator.h"
#include "store/databaseclient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace Reqdesk::Gui::TestSupport {

/// Points REQDESK_HOME (cache and settings) at `dir`.
inline void useHome(const QTemporaryDir &dir)
{
    qputenv("REQDESK_HOME", dir.path().toUtf8());
}

/// Saves `count` deterministic demo requisitions (as server data) through `client`, which must
/// have the cache open. Returns them.
inline QList<Core::Requisition> seed(Store::DatabaseClient &client, int count, quint64 seed = 7)
{
    const Core::DemoDataGenerator generator(seed);
    QList<Core::Requisition> list;
    for (int i = 0; i < count; ++i)
        list << generator.requisition(i);
    QSignalSpy saved(&client, &Store::DatabaseClient::saved);
    client.save(list, Store::WriteOrigin::Sync);
    if (!saved.wait(30000))
        qWarning("seeding the cache timed out");
    return list;
}

/// Opens `path` through `client` and waits for the answer; true when it opened.
inline bool open(Store::DatabaseClient &client, const QString &path)
{
    QSignalSpy opened(&client, &Store::DatabaseClient::opened);
    QSignalSpy failed(&client, &Store::DatabaseClient::failed);
    client.open(path);
    return QTest::qWaitFor([&] { return !opened.isEmpty() || !failed.isEmpty(); }, 30000)
           && !opened.isEmpty();
}

} // namespace Reqdesk::Gui::TestSupport
