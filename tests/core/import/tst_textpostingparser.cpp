// Text posting structure: titles, headings, lists, fields and what is left out.
#include "core/import/textpostingparser.h"

#include <QTest>

using namespace Reqdesk::Core;

namespace {

Requisition parseOk(const QString &text)
{
    Result<ImportResult> r = TextPostingParser::parse(text);
    if (!r)
        qFatal("parse failed: %s", qPrintable(r.error().message()));
    return r->requisitions.first();
}

} // namespace

class TestTextPostingParser : public QObject
{
    Q_OBJECT

private slots:
    void title_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("company");
        QTest::newRow("first line") << "Welder\nWe build bridges."
                                    << "Welder"
                                    << "";
        QTest::newRow("title at company") << "Welder at Acme Steel\nBody."
                                          << "Welder"
                                          << "Acme Steel";
        QTest::newRow("fields win") << "Careers\nTitle: Welder\nCompany: Acme Steel"
                                    << "Welder"
                                    << "Acme Steel";
        QTest::newRow("job title field") << "Job Title: Night Welder\nEmployer: Acme"
                                         << "Night Welder"
                                         << "Acme";
        QTest::newRow("join to apply")
                << "Acme\nOverview\nWelder role at\nAcme . Join to apply for the\nWelder\nrole "
                   "at\nAcme . You will weld."
                << "Welder"
                << "Acme";
        QTest::newRow("long first line skipped")
                << "We are a team of forty people who build bridges across three states and we "
                   "hire carefully, slowly, and for the long run, always.\nWelder"
                << "Welder"
                << "";
    }

    void title()
    {
        QFETCH(QString, text);
        QFETCH(QString, title);
        QFETCH(QString, company);
        const Requisition r = parseOk(text);
        QCOMPARE(r.title, title);
        QCOMPARE(r.company, company);
    }

    void headings_data()
    {
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("section");
        QTest::newRow("what you'll do") << "What you'll do"
                                        << "responsibilities";
        QTest::newRow("curly apostrophe") << "What you’ll do:"
                                          << "responsibilities";
        QTest::newRow("key responsibilities") << "KEY RESPONSIBILITIES"
                                              << "responsibilities";
        QTest::newRow("minimum qualifications") << "Minimum qualifications"
                                                << "required";
        QTest::newRow("what we're looking for") << "What we're looking for"
                                                << "required";
        QTest::newRow("markdown heading") << "## Requirements"
                                          << "required";
        QTest::newRow("bold heading") << "**Nice to have**"
                                      << "preferred";
        QTest::newRow("glued qualifications") << "Qualifications Preferred Qualifications"
                                              << "preferred";
        QTest::newRow("other requirements") << "Other Requirements"
                                            << "other";
        QTest::newRow("perks") << "Perks and benefits"
                               << "benefits";
        QTest::newRow("what we offer") << "What we offer:"
                                       << "benefits";
    }

    void headings()
    {
        QFETCH(QString, heading);
        QFETCH(QString, section);
        const Requisition r = parseOk(QStringLiteral("Welder\n") + heading
                                      + QStringLiteral("\n- First item.\n• Second item.\n"));
        const PostingSections &s = r.sections;
        const QStringList expected{QStringLiteral("First item."), QStringLiteral("Second item.")};
        const QStringList actual = section == u"responsibilities" ? s.responsibilities
                                   : section == u"required"       ? s.requiredQualifications
                                   : section == u"preferred"      ? s.preferredQualifications
                                   : section == u"other"          ? s.otherRequirements
                                                                  : s.benefits;
        QCOMPARE(actual, expected);
    }

    void ignoredSectionsAndBoilerplate()
    {
        const Requisition r = parseOk(QStringLiteral(
                "Welder\nResponsibilities\nWeld frames.\nShow more\n#LI-Onsite\nEqual Opportunity "
                "We hire everyone.\nStill equal opportunity text.\nHow to apply\nSend a letter.\n"
                "Benefits\nFree lunch.\n"));
        QCOMPARE(r.sections.responsibilities, QStringList{QStringLiteral("Weld frames.")});
        QCOMPARE(r.sections.benefits, QStringList{QStringLiteral("Free lunch.")});
        QVERIFY(r.sections.overview.isEmpty());
    }

    void continuationAttachesOnce()
    {
        const QString block = QStringLiteral(
                "Requirements\nA degree in welding.\nOR equivalent experience.\nA licence.\n");
        const Requisition r = parseOk(QStringLiteral("Welder\n") + block + block);
        QCOMPARE(r.sections.requiredQualifications,
                 QStringList({QStringLiteral("A degree in welding. OR equivalent experience."),
                              QStringLiteral("A licence.")}));
    }

    void fields()
    {
        const Requisition r = parseOk(QStringLiteral(
                "Title: Welder\nCompany: Acme\nOrganization: Heavy Industry\nDepartment: "
                "Fabrication\nLocations: Gary, IN | Toledo, OH\nJob type: Contract\nWorkplace: "
                "On-site\nApplication deadline: 15 March 2026\nPosted: 2026-02-01\nLevel: W2\n"));
        QCOMPARE(r.org, QStringLiteral("Heavy Industry"));
        QCOMPARE(r.team, QStringLiteral("Fabrication"));
        QCOMPARE(r.locations,
                 QStringList({QStringLiteral("Gary, IN"), QStringLiteral("Toledo, OH")}));
        QCOMPARE(r.employmentType, QStringLiteral("contract"));
        QCOMPARE(r.workplaceType, QStringLiteral("onsite"));
        QCOMPARE(r.closesOn, QDate(2026, 3, 15));
        QCOMPARE(r.postedOn, QDate(2026, 2, 1));
        QCOMPARE(r.level, QStringLiteral("W2"));
        QCOMPARE(r.status, RequisitionStatus::Draft);
    }

    void unreadableFieldsWarn()
    {
        const Result<ImportResult> r = TextPostingParser::parse(
                QStringLiteral("Title: Welder\nCompany: Acme\nCloses: soon-ish\nWorkplace: "
                               "boat\nPay: $30 - $35 per hour"));
        QVERIFY(r.ok());
        QCOMPARE(r->warnings.size(), 2);
        QCOMPARE(r->warnings.at(0).line, 3);
        QVERIFY(r->warnings.at(0).message.contains(QStringLiteral("closing date")));
        QCOMPARE(r->warnings.at(1).line, 4);
        QVERIFY(r->warnings.at(1).message.contains(QStringLiteral("workplace")));
    }

    void payLinesBecomeBandsNotItems()
    {
        const Requisition r = parseOk(QStringLiteral(
                "Welder\nBenefits\nDental cover.\nHourly pay of $30 - $35 per hour.\n"));
        QCOMPARE(r.sections.benefits, QStringList{QStringLiteral("Dental cover.")});
        QCOMPARE(r.bands.size(), 1);
        QCOMPARE(r.bands.first().period, Period::Hour);
    }

    void noTitleIsAnErrorOnTheFirstLine()
    {
        const Result<ImportResult> r
                = TextPostingParser::parse(QStringLiteral("\n\n\nResponsibilities\n- Weld.\n"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::ParseError);
        QCOMPARE(r.error().line, 4);
    }

    void bodyNeedsNoTitle()
    {
        const ImportResult r = TextPostingParser::parseBody(
                QStringLiteral("Short intro line\nResponsibilities\n- Weld.\n"));
        QCOMPARE(r.requisitions.size(), 1);
        QVERIFY(r.requisitions.first().title.isEmpty());
        QCOMPARE(r.requisitions.first().sections.overview, QStringLiteral("Short intro line"));
    }
};

QTEST_GUILESS_MAIN(TestTextPostingParser)
#include "tst_textpostingparser.moc"
