// TARGETS.md R5 "no SQL built from values": a source scan of src/server. Every SQL entry point
// (SqlServerStorage::run, QSqlQuery::prepare/exec, QSqlDatabase::exec) must get text made of
// string literals and reviewed constants only; values travel as bound parameters. A call whose
// SQL argument has any other identifier, or a `+` concatenation, fails with its file and line,
// so a new query either binds its values or is reviewed and added to the list below.

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

/// Identifiers allowed in an SQL argument, each checked by hand (sqlserverstorage.cpp):
const QSet<QString> reviewedConstants{
        // Qt's spellings of literals
        QStringLiteral("QStringLiteral"),
        QStringLiteral("QLatin1String"),
        QStringLiteral("QString"),
        QStringLiteral("fromLatin1"),
        QStringLiteral("arg"),
        // file-level const column lists
        QStringLiteral("userColumns"),
        QStringLiteral("recordColumns"),
        // recordsByRef: one of the literals "ref1"/"ref2", picked by an int
        QStringLiteral("column"),
        // constexpr application id, an integer
        QStringLiteral("SqliteApplicationId"),
        // elements of the static migration arrays of literals
        QStringLiteral("statement"),
        // loop over three literal PRAGMAs in openSqlite
        QStringLiteral("pragma"),
        // literal chosen by backend (migrate's table probe)
        QStringLiteral("probe"),
        // changedRows: a literal chosen by backend (how `data` is read as bytes)
        QStringLiteral("feedQuery"),
        // a literal INSERT with placeholders
        QStringLiteral("insertMeta"),
        // run()'s own parameter, passed on to prepare()/exec() with values bound after
        QStringLiteral("sql"),
};

struct Finding
{
    QString where;
    QString argument;
};

/// The text of the first argument of the call whose '(' is at `open`.
QString firstArgument(const QString &text, qsizetype open)
{
    int depth = 0;
    bool inString = false;
    for (qsizetype i = open; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            if (c == u'\\')
                ++i;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c == u'"') {
            inString = true;
        } else if (c == u'(' || c == u'{' || c == u'[') {
            ++depth;
        } else if (c == u')' || c == u'}' || c == u']') {
            if (--depth == 0)
                return text.mid(open + 1, i - open - 1);
        } else if (c == u',' && depth == 1) {
            return text.mid(open + 1, i - open - 1);
        }
    }
    return text.mid(open + 1);
}

/// Problems in one source text: SQL arguments with unreviewed identifiers or concatenation.
QList<Finding> scan(const QString &name, const QString &source)
{
    // run() is SqlServerStorage's one entry point; elsewhere the name means something else.
    static const QRegularExpression storageCall(
            QStringLiteral("\\b(run|runCached|prepare|exec)\\s*\\("));
    static const QRegularExpression qtCall(QStringLiteral("\\b(prepare|exec)\\s*\\("));
    const QRegularExpression &call
            = name.startsWith(QLatin1String("sqlserverstorage")) ? storageCall : qtCall;
    static const QRegularExpression literal(QStringLiteral("\"(?:[^\"\\\\]|\\\\.)*\""));
    static const QRegularExpression identifier(QStringLiteral("[A-Za-z_][A-Za-z_0-9]*"));
    QList<Finding> findings;
    auto it = call.globalMatch(source);
    while (it.hasNext()) {
        const auto match = it.next();
        const qsizetype open = match.capturedEnd() - 1;
        QString argument = firstArgument(source, open).trimmed();
        if (argument.isEmpty())
            continue; // query.exec() of a prepared statement; an event loop's exec()
        if (argument.startsWith(QLatin1String("const "))
            || source.mid(match.capturedStart() - 2, 2) == QLatin1String("::"))
            continue; // the declaration or definition of run() itself
        const qsizetype line = source.left(match.capturedStart()).count(u'\n') + 1;
        const QString where = QStringLiteral("%1:%2").arg(name).arg(line);
        QString skeleton = argument;
        skeleton.replace(literal, QStringLiteral("\"\""));
        if (skeleton.contains(u'+') || skeleton.contains(u'%')) {
            findings.append({where, argument});
            continue;
        }
        auto names = identifier.globalMatch(skeleton);
        while (names.hasNext()) {
            if (!reviewedConstants.contains(names.next().captured())) {
                findings.append({where, argument});
                break;
            }
        }
    }
    return findings;
}

} // namespace

class tst_SqlHygiene : public QObject
{
    Q_OBJECT

private slots:
    void scannerFlagsValues_data();
    void scannerFlagsValues();
    void serverBuildsNoSqlFromValues();
};

void tst_SqlHygiene::scannerFlagsValues_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("bound value") << "run(QStringLiteral(\"SELECT a FROM t WHERE id = ?\"), {id});"
                                 << false;
    QTest::newRow("reviewed columns")
            << "run(QStringLiteral(\"SELECT %1 FROM users\").arg(userColumns));" << false;
    QTest::newRow("prepared exec") << "ok = query.exec();" << false;
    QTest::newRow("value through arg")
            << "run(QStringLiteral(\"SELECT a FROM t WHERE name = '%1'\").arg(name));" << true;
    QTest::newRow("concatenation")
            << "query.exec(QStringLiteral(\"DELETE FROM t WHERE id = \") + id);" << true;
    QTest::newRow("builder operator")
            << "query.prepare(QStringLiteral(\"SELECT \") % field);" << true;
    QTest::newRow("unknown variable") << "db.exec(text);" << true;
    QTest::newRow("cached statement, bound value")
            << "runCached(QStringLiteral(\"SELECT a FROM t WHERE id = ?\"), {id});" << false;
    QTest::newRow("cached statement, value through arg")
            << "runCached(QStringLiteral(\"SELECT a FROM t WHERE id = '%1'\").arg(id), {});"
            << true;
    QTest::newRow("percent inside a literal is fine")
            << "run(QStringLiteral(\"SELECT a FROM t WHERE b LIKE 'x%'\"));" << false;
}

void tst_SqlHygiene::scannerFlagsValues()
{
    QFETCH(QString, source);
    QFETCH(bool, flagged);
    QCOMPARE(!scan(QStringLiteral("sqlserverstorage.cpp"), source).isEmpty(), flagged);
}

void tst_SqlHygiene::serverBuildsNoSqlFromValues()
{
    const QDir dir(QStringLiteral(REQDESK_SOURCE_DIR "/src/server"));
    const QStringList files = dir.entryList({QStringLiteral("*.cpp"), QStringLiteral("*.h")});
    QVERIFY(files.contains(QStringLiteral("sqlserverstorage.cpp")));
    QList<Finding> findings;
    int calls = 0;
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString source = QString::fromUtf8(file.readAll());
        calls += int(source.count(QStringLiteral("run(")));
        findings += scan(name, source);
    }
    QVERIFY(calls > 20); // the scan sees the storage's queries
    QStringList report;
    for (const Finding &finding : findings)
        report << finding.where + QStringLiteral(": ") + finding.argument.simplified();
    QVERIFY2(findings.isEmpty(), qPrintable(report.join(u'\n')));
}

QTEST_GUILESS_MAIN(tst_SqlHygiene)
#include "tst_sqlhygiene.moc"
