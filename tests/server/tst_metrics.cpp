#include "server/metrics.h"

#include <QTest>

using namespace Reqdesk::Server;

class tst_Metrics : public QObject
{
    Q_OBJECT

private slots:
    void rendersPrometheusText();
};

void tst_Metrics::rendersPrometheusText()
{
    Metrics metrics;
    metrics.recordRequest(QStringLiteral("/v1/me"), "GET", 200, 0.003);
    metrics.recordRequest(QStringLiteral("/v1/me"), "GET", 200, 0.2);
    metrics.recordRequest(QStringLiteral("/v1/me"), "GET", 401, 0.001);
    metrics.recordDatabaseTime(std::chrono::milliseconds(2));
    const QByteArray text = metrics.render();
    QVERIFY(text.contains("# TYPE reqdesk_http_requests_total counter"));
    QVERIFY(text.contains(
            "reqdesk_http_requests_total{route=\"/v1/me\",method=\"GET\",status=\"200\"} 2\n"));
    QVERIFY(text.contains(
            "reqdesk_http_requests_total{route=\"/v1/me\",method=\"GET\",status=\"401\"} 1\n"));
    QVERIFY(text.contains("# TYPE reqdesk_http_request_duration_seconds histogram"));
    QVERIFY(text.contains("reqdesk_http_request_duration_seconds_bucket{route=\"/v1/"
                          "me\",method=\"GET\",le=\"0.005\"} 2\n"));
    QVERIFY(text.contains("reqdesk_http_request_duration_seconds_bucket{route=\"/v1/"
                          "me\",method=\"GET\",le=\"+Inf\"} 3\n"));
    QVERIFY(text.contains(
            "reqdesk_http_request_duration_seconds_count{route=\"/v1/me\",method=\"GET\"} 3\n"));
    QVERIFY(text.contains("reqdesk_db_seconds_count 1\n"));
    QVERIFY(text.contains("reqdesk_build_info{version=\""));
    // Every sample line is "name{labels} value" or "name value".
    for (const QByteArray &line : text.split('\n')) {
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        QVERIFY2(line.lastIndexOf(' ') > 0, line.constData());
    }
}

QTEST_GUILESS_MAIN(tst_Metrics)
#include "tst_metrics.moc"
