// docs/api/openapi.yaml against the router's table, both ways: every route the server registers
// is documented with its method, and every documented path and method is a route.

#include "server/apirouter.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using Reqdesk::Server::ApiRouter;

namespace {

/// "METHOD path" for each operation under `paths:` of an OpenAPI document. The document is
/// block-style YAML with two-space indents, so a line scan is exact enough: a path is a key at
/// indent 2 starting with `/`, an operation a method key at indent 4 below it.
QSet<QString> documentedOperations(const QByteArray &yaml)
{
    static const QRegularExpression pathKey(QStringLiteral("^  (/[^:\\s]*):\\s*$"));
    static const QRegularExpression methodKey(
            QStringLiteral("^    (get|put|post|delete|patch|head|options|trace):\\s*$"));
    QSet<QString> operations;
    bool inPaths = false;
    QString path;
    for (const QByteArray &raw : yaml.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (!line.isEmpty() && !line.front().isSpace() && !line.startsWith(u'#')) {
            inPaths = line.startsWith(QLatin1String("paths:"));
            path.clear();
            continue;
        }
        if (!inPaths)
            continue;
        if (const auto match = pathKey.match(line); match.hasMatch()) {
            path = match.captured(1);
            continue;
        }
        if (const auto match = methodKey.match(line); match.hasMatch() && !path.isEmpty())
            operations.insert(match.captured(1).toUpper() + u' ' + path);
    }
    return operations;
}

} // namespace

class tst_OpenApiRoutes : public QObject
{
    Q_OBJECT

private slots:
    void parserReadsOperations();
    void routesAndDocumentAgree();
};

void tst_OpenApiRoutes::parserReadsOperations()
{
    const QByteArray yaml = "openapi: 3.0.3\n"
                            "paths:\n"
                            "  /a:\n"
                            "    get:\n"
                            "      summary: x\n"
                            "    post:\n"
                            "      responses:\n"
                            "        get:\n"
                            "  /b/{id}/c:\n"
                            "    # a comment\n"
                            "    delete:\n"
                            "components:\n"
                            "  /notapath:\n"
                            "    get:\n";
    const QSet<QString> expected{QStringLiteral("GET /a"),
                                 QStringLiteral("POST /a"),
                                 QStringLiteral("DELETE /b/{id}/c")};
    QCOMPARE(documentedOperations(yaml), expected);
}

void tst_OpenApiRoutes::routesAndDocumentAgree()
{
    QFile file(QStringLiteral(REQDESK_SOURCE_DIR "/docs/api/openapi.yaml"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
    const QSet<QString> documented = documentedOperations(file.readAll());
    QVERIFY(!documented.isEmpty());

    QSet<QString> registered;
    for (const auto &[method, pattern] : ApiRouter().routeTable())
        registered.insert(QString::fromLatin1(method) + u' ' + pattern);
    QVERIFY(!registered.isEmpty());

    QStringList undocumented = (registered - documented).values();
    QStringList unrouted = (documented - registered).values();
    undocumented.sort();
    unrouted.sort();
    QVERIFY2(undocumented.isEmpty(),
             qPrintable(QStringLiteral("routes missing from openapi.yaml: ")
                        + undocumented.join(QStringLiteral(", "))));
    QVERIFY2(unrouted.isEmpty(),
             qPrintable(QStringLiteral("documented but not routed: ")
                        + unrouted.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(tst_OpenApiRoutes)
#include "tst_openapiroutes.moc"
