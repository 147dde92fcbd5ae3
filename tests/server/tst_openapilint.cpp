// Lints docs/api/openapi.yaml with a real OpenAPI validator (Redocly CLI from the npm registry,
// pinned and installed project-locally by scripts/openapi-lint.sh). Skips only without npm.

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

class tst_OpenApiLint : public QObject
{
    Q_OBJECT

private slots:
    void documentIsValid();
};

void tst_OpenApiLint::documentIsValid()
{
    if (QStandardPaths::findExecutable(QStringLiteral("npm")).isEmpty())
        QSKIP("npm is not installed: cannot fetch the OpenAPI validator (@redocly/cli)");
    QProcess lint;
    lint.setProgram(QStringLiteral(REQDESK_SOURCE_DIR "/scripts/openapi-lint.sh"));
    lint.setProcessChannelMode(QProcess::MergedChannels);
    lint.start();
    QVERIFY(lint.waitForStarted(10000));
    // The first run installs the validator from the registry.
    QVERIFY(lint.waitForFinished(240000));
    const QByteArray output = lint.readAll();
    if (lint.exitCode() == 77)
        QSKIP("npm is not installed: cannot fetch the OpenAPI validator (@redocly/cli)");
    if (lint.exitCode() != 0)
        qWarning().noquote() << QString::fromUtf8(output);
    QCOMPARE(lint.exitStatus(), QProcess::NormalExit);
    QCOMPARE(lint.exitCode(), 0);
    // Warnings do not change the exit code; the summary names them ("You have 2 warnings.").
    static const QRegularExpression warnings(QStringLiteral("You have \\d+ warning"));
    QVERIFY2(!warnings.match(QString::fromUtf8(output)).hasMatch(), output.constData());
}

QTEST_GUILESS_MAIN(tst_OpenApiLint)
#include "tst_openapilint.moc"
