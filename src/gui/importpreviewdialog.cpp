#include "gui/importpreviewdialog.h"

#include "gui/displaytext.h"
#include "ui_importpreviewdialog.h"

#include <QHeaderView>
#include <QPushButton>

namespace Reqdesk::Gui {

ImportPreviewDialog::ImportPreviewDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportPreviewDialog>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("importPreviewDialog"));
    m_ui->bandsTable->setColumnCount(5);
    m_ui->bandsTable->setHorizontalHeaderLabels(
            {tr("Level"), tr("Location"), tr("Minimum"), tr("Maximum"), tr("Period")});
    m_ui->bandsTable->verticalHeader()->hide();
    m_ui->bandsTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_ui->splitter->setSizes({260, 560});
    saveButton()->setText(tr("&Save"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->requisitionList,
            &QListWidget::currentRowChanged,
            this,
            &ImportPreviewDialog::showRequisition);
}

ImportPreviewDialog::~ImportPreviewDialog() = default;

void ImportPreviewDialog::setResult(const Core::ImportResult &result, const QStringList &sources)
{
    m_result = result;
    int bands = 0;
    for (const Core::Requisition &r : result.requisitions)
        bands += int(r.bands.size());
    m_ui->sourceLabel->setText(
            tr("%1: %n requisition(s)", nullptr, int(result.requisitions.size()))
                    .arg(sources.join(QStringLiteral(", ")))
            + u", "
            + tr("%n pay band(s) found. Nothing is saved until you press Save.", nullptr, bands));
    m_ui->requisitionList->clear();
    for (const Core::Requisition &r : result.requisitions) {
        m_ui->requisitionList->addItem(r.company.isEmpty() ? r.title
                                                           : r.title + u" — " + r.company);
    }
    m_ui->warningsList->clear();
    for (const Core::ImportWarning &w : result.warnings) {
        m_ui->warningsList->addItem(w.line > 0 ? tr("Line %1: %2").arg(w.line).arg(w.message)
                                               : w.message);
    }
    m_ui->warningsHeading->setText(tr("Warnings (%1)").arg(result.warnings.size()));
    saveButton()->setEnabled(!result.requisitions.isEmpty());
    if (!result.requisitions.isEmpty())
        m_ui->requisitionList->setCurrentRow(0);
    else
        showRequisition(-1);
}

QTableWidget *ImportPreviewDialog::bandsTable() const
{
    return m_ui->bandsTable;
}

QListWidget *ImportPreviewDialog::requisitionList() const
{
    return m_ui->requisitionList;
}

QListWidget *ImportPreviewDialog::warningsList() const
{
    return m_ui->warningsList;
}

QPushButton *ImportPreviewDialog::saveButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Save);
}

void ImportPreviewDialog::showRequisition(int row)
{
    m_ui->bandsTable->setRowCount(0);
    if (row < 0 || row >= m_result.requisitions.size()) {
        m_ui->requisitionLabel->clear();
        return;
    }
    const Core::Requisition &r = m_result.requisitions.at(row);
    QStringList facts;
    for (const QString &part : {r.company, r.org, r.level})
        if (!part.isEmpty())
            facts << part;
    if (!r.locations.isEmpty())
        facts << r.locations.join(QStringLiteral("; "));
    facts << tr("%n responsibility(ies)", nullptr, int(r.sections.responsibilities.size()));
    facts << tr(
            "%n required qualification(s)", nullptr, int(r.sections.requiredQualifications.size()));
    m_ui->requisitionLabel->setText(u"<b>" + r.title.toHtmlEscaped() + u"</b><br>"
                                    + facts.join(QStringLiteral(" · ")).toHtmlEscaped());
    const QLocale locale;
    m_ui->bandsTable->setRowCount(int(r.bands.size()));
    for (int i = 0; i < r.bands.size(); ++i) {
        const Core::PayBand &b = r.bands.at(i);
        const QStringList cells{b.level,
                                b.location,
                                DisplayText::money(b.minMinor, b.currency, locale),
                                DisplayText::money(b.maxMinor, b.currency, locale),
                                DisplayText::period(b.period)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(b.note.isEmpty() ? b.sourceText : b.note);
            m_ui->bandsTable->setItem(i, c, item);
        }
    }
}

} // namespace Reqdesk::Gui
