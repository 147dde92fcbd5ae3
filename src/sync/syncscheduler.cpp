#include "sync/syncscheduler.h"

#include "sync/syncengine.h"
#include "sync/synclogging.h"

#include <QNetworkInformation>

namespace Reqdesk::Sync {

SyncScheduler::SyncScheduler(SyncEngine &engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    m_interval.setInterval(5 * 60 * 1000);
    m_debounce.setInterval(2000);
    m_debounce.setSingleShot(true);
    connect(&m_interval, &QTimer::timeout, &m_engine, &SyncEngine::requestSync);
    connect(&m_debounce, &QTimer::timeout, &m_engine, &SyncEngine::requestSync);
}

void SyncScheduler::start()
{
    m_interval.start();
    // Not every platform has a backend (and a headless CI box may have none): guarded.
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()) {
        connect(QNetworkInformation::instance(),
                &QNetworkInformation::reachabilityChanged,
                this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online) {
                        qCInfo(lcSync) << "network is back: syncing";
                        syncNow();
                    }
                });
    }
    syncNow();
}

void SyncScheduler::stop()
{
    m_interval.stop();
    m_debounce.stop();
}

void SyncScheduler::localEdit()
{
    m_debounce.start();
}

void SyncScheduler::syncNow()
{
    m_debounce.stop();
    m_engine.requestSync();
}

} // namespace Reqdesk::Sync
