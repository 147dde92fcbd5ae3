#include "server/metrics.h"

#include "reqdeskversion.h"

namespace Reqdesk::Server {

namespace {
QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 12);
}

QByteArray escapeLabel(const QString &value)
{
    QByteArray text = value.toUtf8();
    text.replace('\\', "\\\\").replace('"', "\\\"").replace('\n', "\\n");
    return text;
}
} // namespace

void Metrics::Histogram::observe(double value)
{
    for (size_t i = 0; i < Buckets.size(); ++i) {
        if (value <= Buckets[i])
            ++counts[i];
    }
    ++count;
    sum += value;
}

void Metrics::recordRequest(const QString &route,
                            const QByteArray &method,
                            int status,
                            double seconds)
{
    // Called for every request on the listening thread: the label text is made once per
    // route and method, not per call.
    QMutexLocker lock(&m_mutex);
    Series &series = m_series[qMakePair(route, method)];
    if (series.labels.isEmpty()) {
        series.labels
                = QStringLiteral("route=\"%1\",method=\"%2\"")
                          .arg(QString::fromUtf8(escapeLabel(route)), QString::fromLatin1(method));
    }
    ++series.statuses[status];
    series.latency.observe(seconds);
}

void Metrics::recordDatabaseTime(std::chrono::nanoseconds time)
{
    QMutexLocker lock(&m_mutex);
    m_database.observe(std::chrono::duration<double>(time).count());
}

void Metrics::recordLoginFailure()
{
    QMutexLocker lock(&m_mutex);
    ++m_loginFailures;
}

void Metrics::setInFlight(int count)
{
    QMutexLocker lock(&m_mutex);
    m_inFlight = count;
}

QByteArray Metrics::render() const
{
    QMutexLocker lock(&m_mutex);
    QByteArray out;
    const auto histogram
            = [&out](const QByteArray &name, const QByteArray &labels, const Histogram &h) {
                  const QByteArray prefix = labels.isEmpty() ? QByteArray() : labels + ',';
                  for (size_t i = 0; i < Buckets.size(); ++i) {
                      out += name + "_bucket{" + prefix + "le=\"" + number(Buckets[i]) + "\"} "
                             + QByteArray::number(h.counts[i]) + '\n';
                  }
                  out += name + "_bucket{" + prefix + "le=\"+Inf\"} " + QByteArray::number(h.count)
                         + '\n';
                  const QByteArray braces = labels.isEmpty() ? QByteArray() : '{' + labels + '}';
                  out += name + "_sum" + braces + ' ' + number(h.sum) + '\n';
                  out += name + "_count" + braces + ' ' + QByteArray::number(h.count) + '\n';
              };

    out += "# HELP reqdesk_build_info Build of this server.\n"
           "# TYPE reqdesk_build_info gauge\n"
           "reqdesk_build_info{version=\"" REQDESK_VERSION_STRING "\",qt=\"" QT_VERSION_STR
           "\"} 1\n";
    out += "# HELP reqdesk_http_requests_total HTTP requests by route, method and status.\n"
           "# TYPE reqdesk_http_requests_total counter\n";
    // Sorted by label text, as before the series were kept by route and method.
    QMap<QString, quint64> requests;
    QMap<QString, const Histogram *> latency;
    for (const Series &series : m_series) {
        for (auto it = series.statuses.cbegin(); it != series.statuses.cend(); ++it)
            requests.insert(series.labels + QStringLiteral(",status=\"%1\"").arg(it.key()),
                            it.value());
        latency.insert(series.labels, &series.latency);
    }
    for (auto it = requests.cbegin(); it != requests.cend(); ++it) {
        out += "reqdesk_http_requests_total{" + it.key().toUtf8() + "} "
               + QByteArray::number(it.value()) + '\n';
    }
    out += "# HELP reqdesk_http_request_duration_seconds Time from request parsed to response "
           "written.\n"
           "# TYPE reqdesk_http_request_duration_seconds histogram\n";
    for (auto it = latency.cbegin(); it != latency.cend(); ++it)
        histogram("reqdesk_http_request_duration_seconds", it.key().toUtf8(), *it.value());
    out += "# HELP reqdesk_db_seconds Database time per worker job.\n"
           "# TYPE reqdesk_db_seconds histogram\n";
    histogram("reqdesk_db_seconds", QByteArray(), m_database);
    out += "# HELP reqdesk_login_failures_total Failed or rate-limited sign-ins.\n"
           "# TYPE reqdesk_login_failures_total counter\n"
           "reqdesk_login_failures_total "
           + QByteArray::number(m_loginFailures) + '\n';
    out += "# HELP reqdesk_http_requests_in_flight Requests being handled.\n"
           "# TYPE reqdesk_http_requests_in_flight gauge\n"
           "reqdesk_http_requests_in_flight "
           + QByteArray::number(m_inFlight) + '\n';
    out += "# HELP reqdesk_sync_mutations_pushed_total Mutations handled by /v1/sync/push.\n"
           "# TYPE reqdesk_sync_mutations_pushed_total counter\n"
           "reqdesk_sync_mutations_pushed_total "
           + QByteArray::number(m_sync.mutationsPushed.load()) + '\n';
    out += "# HELP reqdesk_sync_rows_pulled_total Rows sent by the changes and snapshot routes.\n"
           "# TYPE reqdesk_sync_rows_pulled_total counter\n"
           "reqdesk_sync_rows_pulled_total "
           + QByteArray::number(m_sync.rowsPulled.load()) + '\n';
    out += "# HELP reqdesk_sync_conflicts_total Conflict records made by pushes.\n"
           "# TYPE reqdesk_sync_conflicts_total counter\n"
           "reqdesk_sync_conflicts_total "
           + QByteArray::number(m_sync.conflicts.load()) + '\n';
    return out;
}

} // namespace Reqdesk::Server
