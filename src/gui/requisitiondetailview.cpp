#include "gui/requisitiondetailview.h"

#include "core/rules/requisitionlifecycle.h"
#include "core/rules/transparencychecker.h"
#include "gui/displaytext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Reqdesk::Gui {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

void appendList(QString &html, const QString &heading, const QStringList &items)
{
    if (items.isEmpty())
        return;
    html += u"<h3>" + escaped(heading) + u"</h3><ul>";
    for (const QString &item : items)
        html += u"<li>" + escaped(item) + u"</li>";
    html += u"</ul>";
}

} // namespace

RequisitionDetailView::RequisitionDetailView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_bands(new QTableWidget(0, BandColumnCount, this))
    , m_browser(new QTextBrowser(this))
    , m_editButton(new QPushButton(tr("&Edit…"), this))
    , m_statusButton(new QToolButton(this))
    , m_statusMenu(new QMenu(this))
    , m_deleteButton(new QPushButton(tr("&Delete…"), this))
{
    m_editButton->setObjectName(QStringLiteral("editRequisitionButton"));
    m_editButton->setToolTip(tr("Edit the requisition and its pay bands (Ctrl+E)"));
    connect(m_editButton, &QPushButton::clicked, this, &RequisitionDetailView::editRequested);
    m_statusButton->setObjectName(QStringLiteral("changeStatusButton"));
    m_statusButton->setText(tr("&Status"));
    m_statusButton->setAccessibleName(tr("Change status"));
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusButton->setMenu(m_statusMenu);
    m_deleteButton->setObjectName(QStringLiteral("deleteRequisitionButton"));
    connect(m_deleteButton, &QPushButton::clicked, this, &RequisitionDetailView::deleteRequested);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_editButton);
    actions->addWidget(m_statusButton);
    actions->addStretch();
    actions->addWidget(m_deleteButton);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setWordWrap(true);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_bands->setObjectName(QStringLiteral("bandsTable"));
    m_bands->setAccessibleName(tr("Pay bands"));
    m_bands->setHorizontalHeaderLabels({tr("Level"),
                                        tr("Location"),
                                        tr("Minimum"),
                                        tr("Maximum"),
                                        tr("Midpoint"),
                                        tr("Period"),
                                        tr("Note")});
    m_bands->verticalHeader()->hide();
    m_bands->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_bands->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bands->setAlternatingRowColors(true);
    m_bands->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_bands->horizontalHeader()->setSectionResizeMode(LocationColumn, QHeaderView::Stretch);
    m_bands->setWordWrap(false);
    m_bands->verticalHeader()->setDefaultSectionSize(m_bands->fontMetrics().height() + 8);

    m_browser->setObjectName(QStringLiteral("postingBrowser"));
    m_browser->setAccessibleName(tr("Posting"));
    m_browser->setOpenExternalLinks(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(actions);
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_bands);
    layout->addWidget(m_browser, 1);
    clear();
}

RequisitionDetailView::~RequisitionDetailView() = default;

void RequisitionDetailView::clear()
{
    m_id = QUuid();
    m_title->setText(tr("No requisition selected"));
    m_meta->setText(tr("Select a requisition in the list, or import a posting with File > "
                       "Import… or by dropping a file on the window."));
    m_bands->setRowCount(0);
    m_bands->hide();
    m_browser->clear();
    clearStatusMenu();
    setActionsEnabled(false);
}

void RequisitionDetailView::clearStatusMenu()
{
    // A status action may still be emitting (its reason dialog runs an event loop in which the
    // detail can be refreshed): its deletion waits until control is back.
    for (QAction *action : m_statusMenu->actions()) {
        m_statusMenu->removeAction(action);
        action->deleteLater();
    }
}

void RequisitionDetailView::setActionsEnabled(bool enabled)
{
    m_editButton->setEnabled(enabled);
    m_deleteButton->setEnabled(enabled);
    m_statusButton->setEnabled(enabled && !m_statusMenu->isEmpty());
}

void RequisitionDetailView::setRequisition(const Core::Requisition &r, QDate today)
{
    m_id = r.id;
    m_title->setText(r.title);
    QStringList meta;
    for (const QString &part : {r.company, r.org, r.team, r.level}) {
        if (!part.isEmpty())
            meta << part;
    }
    meta << DisplayText::status(r.status);
    if (!r.hiringTeam.hiringManager.isEmpty())
        meta << tr("Hiring manager: %1").arg(r.hiringTeam.hiringManager);
    m_meta->setText(meta.join(QStringLiteral(" · ")));

    const QLocale locale;
    m_bands->setRowCount(int(r.bands.size()));
    for (int i = 0; i < r.bands.size(); ++i) {
        const Core::PayBand &band = r.bands.at(i);
        auto set = [&](int column, const QString &text, bool money = false) {
            auto *item = new QTableWidgetItem(text);
            if (money)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (!band.sourceText.isEmpty())
                item->setToolTip(band.sourceText);
            m_bands->setItem(i, column, item);
        };
        set(LevelColumn, band.level);
        set(LocationColumn, band.location);
        set(MinColumn, DisplayText::money(band.minMinor, band.currency, locale), true);
        set(MaxColumn, DisplayText::money(band.maxMinor, band.currency, locale), true);
        set(MidColumn,
            band.midMinor ? DisplayText::money(*band.midMinor, band.currency, locale) : QString(),
            true);
        set(PeriodColumn, DisplayText::period(band.period));
        set(NoteColumn, band.note);
    }
    // Columns nobody filled only take room from the locations.
    const bool anyMid = std::any_of(
            r.bands.cbegin(), r.bands.cend(), [](const auto &b) { return b.midMinor.has_value(); });
    const bool anyNote = std::any_of(
            r.bands.cbegin(), r.bands.cend(), [](const auto &b) { return !b.note.isEmpty(); });
    m_bands->setColumnHidden(MidColumn, !anyMid);
    m_bands->setColumnHidden(NoteColumn, !anyNote);
    m_bands->setVisible(!r.bands.isEmpty());
    // Tall enough for every band up to eight, so short tables leave no empty block.
    const int shownRows = qMin(int(r.bands.size()), 8);
    m_bands->setFixedHeight(m_bands->horizontalHeader()->sizeHint().height()
                            + shownRows * m_bands->verticalHeader()->defaultSectionSize()
                            + 2 * m_bands->frameWidth() + (r.bands.size() > 8 ? 0 : 2));
    m_browser->setHtml(postingHtml(r, today));

    // Only the moves the lifecycle allows from here are offered.
    clearStatusMenu();
    for (const Core::RequisitionStatus to : Core::RequisitionLifecycle::legalTargets(r.status)) {
        QAction *action = m_statusMenu->addAction(DisplayText::status(to));
        action->setData(int(to));
        connect(action, &QAction::triggered, this, [this, to] { emit statusChangeRequested(to); });
    }
    setActionsEnabled(true);
}

QString RequisitionDetailView::postingHtml(const Core::Requisition &r, QDate today)
{
    QString html;
    const QList<Core::ComplianceFlag> flags = Core::TransparencyChecker::evaluate(r, today);
    if (!flags.isEmpty()) {
        html += u"<h3>" + escaped(tr("Pay-transparency hints")) + u"</h3><ul>";
        for (const Core::ComplianceFlag &flag : flags) {
            const QString marker = flag.severity == Core::Severity::Warning ? QStringLiteral("⚠")
                                                                            : QStringLiteral("ℹ");
            html += u"<li>" + marker + u" <b>" + escaped(flag.jurisdiction) + u"</b> ("
                    + escaped(flag.ruleId) + u"): " + escaped(flag.message) + u"</li>";
        }
        html += u"</ul><p><i>" + escaped(tr("Hints, not legal advice.")) + u"</i></p>";
    }
    if (!r.locations.isEmpty()) {
        html += u"<h3>" + escaped(tr("Locations")) + u"</h3><p>"
                + escaped(r.locations.join(QStringLiteral("; "))) + u"</p>";
    }
    if (!r.sections.overview.isEmpty()) {
        html += u"<h3>" + escaped(tr("Overview")) + u"</h3>";
        for (const QString &para : r.sections.overview.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            html += u"<p>" + escaped(para) + u"</p>";
    }
    appendList(html, tr("Responsibilities"), r.sections.responsibilities);
    appendList(html, tr("Required qualifications"), r.sections.requiredQualifications);
    appendList(html, tr("Preferred qualifications"), r.sections.preferredQualifications);
    appendList(html, tr("Other requirements"), r.sections.otherRequirements);
    appendList(html, tr("Benefits"), r.sections.benefits);
    if (!r.sourceUrl.isEmpty()) {
        html += u"<p><a href=\"" + escaped(r.sourceUrl) + u"\">" + escaped(r.sourceUrl)
                + u"</a></p>";
    }
    return html;
}

} // namespace Reqdesk::Gui
