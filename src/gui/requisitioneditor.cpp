#include "gui/requisitioneditor.h"

#include "core/currency.h"
#include "core/money.h"
#include "core/rules/paymath.h"
#include "core/rules/requisitionlifecycle.h"
#include "gui/displaytext.h"

#include "ui_requisitioneditor.h"

#include <algorithm>
#include <functional>

#include <QComboBox>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>

namespace Reqdesk::Gui {

using Core::Period;
using Core::RequisitionLifecycle;
using Core::RequisitionStatus;

namespace {

const QList<Period> kPeriods{Period::Year, Period::Month, Period::Week, Period::Day, Period::Hour};

QComboBox *periodCombo(Period period, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(RequisitionEditor::tr("Period"));
    for (Period p : kPeriods)
        combo->addItem(DisplayText::period(p), int(p));
    combo->setCurrentIndex(int(kPeriods.indexOf(period)));
    return combo;
}

} // namespace

RequisitionEditor::RequisitionEditor(const Core::Requisition &requisition,
                                     bool isNew,
                                     QWidget *parent,
                                     const QLocale &locale)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::RequisitionEditor>())
    , m_original(requisition)
    , m_isNew(isNew)
    , m_locale(locale)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("requisitionEditor"));
    setWindowTitle(isNew ? tr("New requisition") : tr("Edit requisition"));
    m_ui->titleEdit->setText(requisition.title);
    m_ui->orgEdit->setText(requisition.org);
    m_ui->hiringManagerEdit->setText(requisition.hiringTeam.hiringManager);
    m_ui->levelEdit->setText(requisition.level);
    m_ui->headcountSpin->setValue(requisition.headcount);
    m_ui->openingsSpin->setValue(requisition.openings);
    m_ui->locationsEdit->setPlainText(requisition.locations.join(u'\n'));

    // The current status, then only the moves the lifecycle allows from it.
    m_ui->statusCombo->addItem(DisplayText::status(requisition.status), int(requisition.status));
    if (!isNew) {
        for (RequisitionStatus to : RequisitionLifecycle::legalTargets(requisition.status))
            m_ui->statusCombo->addItem(DisplayText::status(to), int(to));
    }
    m_ui->statusReasonEdit->setText(QString());
    connect(m_ui->statusCombo,
            &QComboBox::currentIndexChanged,
            this,
            &RequisitionEditor::updateReason);
    updateReason();

    m_ui->bandsTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->bandsTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->bandsTable->horizontalHeader()->setSectionResizeMode(LocationColumn,
                                                               QHeaderView::Stretch);
    for (const Core::PayBand &band : requisition.bands)
        addBand(band);
    connect(m_ui->addBandButton, &QPushButton::clicked, this, [this] {
        Core::PayBand band;
        // A new band takes the currency and period of the one above: postings rarely mix them.
        if (const int rows = m_ui->bandsTable->rowCount(); rows > 0) {
            band.currency = m_ui->bandsTable->item(rows - 1, CurrencyColumn)->text();
            const auto *combo = qobject_cast<QComboBox *>(
                    m_ui->bandsTable->cellWidget(rows - 1, PeriodColumn));
            band.period = Period(combo->currentData().toInt());
        } else {
            band.currency = QStringLiteral("USD");
        }
        addBand(band);
        // Shown blank rather than 0: a blank amount is refused with a message on Save.
        m_ui->bandsTable->item(m_ui->bandsTable->rowCount() - 1, MinColumn)->setText(QString());
        m_ui->bandsTable->item(m_ui->bandsTable->rowCount() - 1, MaxColumn)->setText(QString());
        m_ui->bandsTable->setCurrentCell(m_ui->bandsTable->rowCount() - 1, LevelColumn);
        m_ui->bandsTable->editItem(m_ui->bandsTable->currentItem());
    });
    connect(m_ui->removeBandButton,
            &QPushButton::clicked,
            this,
            &RequisitionEditor::removeSelectedBands);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RequisitionEditor::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // A problem must stand out from the form without a colour of its own (dark palettes).
    QFont bold = m_ui->messageLabel->font();
    bold.setBold(true);
    m_ui->messageLabel->setFont(bold);
    m_ui->messageLabel->hide();
    m_ui->titleEdit->setFocus();
}

RequisitionEditor::~RequisitionEditor() = default;

QString
RequisitionEditor::formatAmount(qint64 minor, const QString &currency, const QLocale &locale)
{
    const QString exact = Core::minorToDecimalString(minor, currency);
    const qsizetype dot = exact.indexOf(u'.');
    const QString whole = dot < 0 ? exact : exact.left(dot);
    QString text = locale.toString(whole.toLongLong());
    if (dot >= 0)
        text += locale.decimalPoint() + exact.mid(dot + 1);
    return text;
}

std::optional<qint64>
RequisitionEditor::parseAmount(const QString &text, const QString &currency, const QLocale &locale)
{
    QString plain = text.trimmed();
    if (plain.isEmpty())
        return std::nullopt;
    // Grouping as the locale writes it (and the spaces some locales group with), then the
    // locale's decimal mark as a dot: what Core::Money parses exactly, without a double.
    plain.remove(locale.groupSeparator());
    plain.remove(QChar(0x00A0));
    plain.remove(QChar(0x202F));
    plain.remove(u' ');
    if (locale.decimalPoint() != QStringLiteral("."))
        plain.replace(locale.decimalPoint(), QStringLiteral("."));
    return Core::Money::parseDecimal(plain, currency);
}

void RequisitionEditor::addBand(const Core::PayBand &band)
{
    QTableWidget *table = m_ui->bandsTable;
    const int row = table->rowCount();
    table->insertRow(row);
    auto *level = new QTableWidgetItem(band.level);
    // What the form does not show (family, midpoint, source, note) follows the band by its id.
    level->setData(Qt::UserRole, band.id);
    table->setItem(row, LevelColumn, level);
    table->setItem(row, LocationColumn, new QTableWidgetItem(band.location));
    auto money = [&](qint64 minor) {
        auto *item = new QTableWidgetItem(formatAmount(minor, band.currency, m_locale));
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        return item;
    };
    table->setItem(row, MinColumn, money(band.minMinor));
    table->setItem(row, MaxColumn, money(band.maxMinor));
    table->setItem(row, CurrencyColumn, new QTableWidgetItem(band.currency));
    table->setCellWidget(row, PeriodColumn, periodCombo(band.period, table));
}

void RequisitionEditor::setBandText(int row, BandColumn column, const QString &text)
{
    if (column == PeriodColumn) {
        auto *combo = qobject_cast<QComboBox *>(m_ui->bandsTable->cellWidget(row, column));
        if (const auto period = Core::periodFromName(text); combo && period)
            combo->setCurrentIndex(int(kPeriods.indexOf(*period)));
        return;
    }
    if (QTableWidgetItem *item = m_ui->bandsTable->item(row, column))
        item->setText(text);
}

void RequisitionEditor::removeSelectedBands()
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->bandsTable->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_ui->bandsTable->currentRow() >= 0)
        rows << m_ui->bandsTable->currentRow();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows))
        m_ui->bandsTable->removeRow(row);
}

QList<RequisitionStatus> RequisitionEditor::offeredStatuses() const
{
    QList<RequisitionStatus> statuses;
    for (int i = 0; i < m_ui->statusCombo->count(); ++i)
        statuses << RequisitionStatus(m_ui->statusCombo->itemData(i).toInt());
    return statuses;
}

bool RequisitionEditor::setStatus(RequisitionStatus status)
{
    const int index = m_ui->statusCombo->findData(int(status));
    if (index < 0)
        return false;
    m_ui->statusCombo->setCurrentIndex(index);
    return true;
}

void RequisitionEditor::updateReason()
{
    const auto to = RequisitionStatus(m_ui->statusCombo->currentData().toInt());
    const bool moves = to != m_original.status;
    m_ui->statusReasonEdit->setEnabled(moves);
    m_ui->statusReasonEdit->setPlaceholderText(
            !moves ? tr("Reason for the status change")
            : RequisitionLifecycle::requiresReason(m_original.status, to)
                    ? tr("Reason (required)")
                    : tr("Reason (optional)"));
}

std::optional<Core::Requisition> RequisitionEditor::edited(QString *problem) const
{
    auto refuse = [problem](const QString &text) {
        if (problem)
            *problem = text;
        return std::nullopt;
    };
    Core::Requisition r = m_original;
    r.title = m_ui->titleEdit->text().trimmed();
    if (r.title.isEmpty())
        return refuse(tr("The title cannot be empty."));
    r.org = m_ui->orgEdit->text().trimmed();
    r.hiringTeam.hiringManager = m_ui->hiringManagerEdit->text().trimmed();
    r.level = m_ui->levelEdit->text().trimmed();
    r.headcount = m_ui->headcountSpin->value();
    r.openings = m_ui->openingsSpin->value();
    if (r.openings > r.headcount) {
        return refuse(tr("Openings (%1) cannot be more than the headcount (%2).")
                              .arg(r.openings)
                              .arg(r.headcount));
    }
    r.locations.clear();
    for (const QString &line : m_ui->locationsEdit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            r.locations << line.trimmed();
    }

    r.bands.clear();
    const QTableWidget *table = m_ui->bandsTable;
    for (int row = 0; row < table->rowCount(); ++row) {
        const int n = row + 1;
        const QUuid id = table->item(row, LevelColumn)->data(Qt::UserRole).toUuid();
        Core::PayBand band;
        for (const Core::PayBand &old : m_original.bands) {
            if (!id.isNull() && old.id == id)
                band = old;
        }
        if (band.id.isNull())
            band.id = QUuid::createUuid();
        band.level = table->item(row, LevelColumn)->text().trimmed();
        band.location = table->item(row, LocationColumn)->text().trimmed();
        band.currency = table->item(row, CurrencyColumn)->text().trimmed().toUpper();
        if (!Core::Currency::isKnown(band.currency)) {
            return refuse(tr("Band %1: “%2” is not a currency code (three letters, like USD).")
                                  .arg(n)
                                  .arg(table->item(row, CurrencyColumn)->text().trimmed()));
        }
        const QString minText = table->item(row, MinColumn)->text().trimmed();
        const QString maxText = table->item(row, MaxColumn)->text().trimmed();
        const auto min = parseAmount(minText, band.currency, m_locale);
        if (!min) {
            return refuse(minText.isEmpty()
                                  ? tr("Band %1: the minimum is missing.").arg(n)
                                  : tr("Band %1: the minimum “%2” is not an amount in %3.")
                                            .arg(n)
                                            .arg(minText, band.currency));
        }
        const auto max = parseAmount(maxText, band.currency, m_locale);
        if (!max) {
            return refuse(maxText.isEmpty()
                                  ? tr("Band %1: the maximum is missing.").arg(n)
                                  : tr("Band %1: the maximum “%2” is not an amount in %3.")
                                            .arg(n)
                                            .arg(maxText, band.currency));
        }
        if (*min > *max) {
            return refuse(tr("Band %1: the minimum (%2) is above the maximum (%3).")
                                  .arg(n)
                                  .arg(DisplayText::money(*min, band.currency, m_locale),
                                       DisplayText::money(*max, band.currency, m_locale)));
        }
        band.minMinor = *min;
        band.maxMinor = *max;
        const auto *combo = qobject_cast<const QComboBox *>(table->cellWidget(row, PeriodColumn));
        band.period = Period(combo->currentData().toInt());
        // The form does not show a stated midpoint; once the range no longer holds it, it is
        // no longer what the posting said.
        if (band.midMinor && (*band.midMinor < band.minMinor || *band.midMinor > band.maxMinor))
            band.midMinor.reset();
        if (!Core::PayMath::validate(band).ok())
            return refuse(tr("Band %1: the amounts are too large to compute with.").arg(n));
        r.bands << band;
    }

    const auto to = RequisitionStatus(m_ui->statusCombo->currentData().toInt());
    if (to != m_original.status) {
        const QString reason = m_ui->statusReasonEdit->text().trimmed();
        Core::Requisition probe = r;
        probe.status = m_original.status;
        if (const QString why = statusProblem(probe, to, reason); !why.isEmpty())
            return refuse(why);
        r.status = to;
        r.statusReason = reason;
    }
    if (problem)
        problem->clear();
    return r;
}

QString RequisitionEditor::statusProblem(const Core::Requisition &requisition,
                                         RequisitionStatus to,
                                         const QString &reason)
{
    const Core::Status s = RequisitionLifecycle::check(requisition, to, reason);
    if (s)
        return QString();
    const QString from = DisplayText::status(requisition.status);
    const QString target = DisplayText::status(to);
    if (s.error().code == Core::ErrorCode::ReasonRequired)
        return tr("Moving from %1 to %2 needs a reason.").arg(from, target);
    if (!RequisitionLifecycle::isLegal(requisition.status, to))
        return tr("A requisition cannot move from %1 to %2.").arg(from, target);
    if (to == RequisitionStatus::Filled) {
        return tr("A requisition is filled only when no openings are left "
                  "(%1 of %2 are still open).")
                .arg(requisition.openings)
                .arg(requisition.headcount);
    }
    return tr("Add an opening before reopening a filled requisition.");
}

QString RequisitionEditor::message() const
{
    return m_ui->messageLabel->isHidden() ? QString() : m_ui->messageLabel->text();
}

void RequisitionEditor::showProblem(const QString &text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

void RequisitionEditor::accept()
{
    QString problem;
    const auto r = edited(&problem);
    if (!r) {
        showProblem(problem);
        return;
    }
    showProblem(QString());
    m_result = *r;
    QDialog::accept();
}

QLineEdit *RequisitionEditor::titleEdit() const
{
    return m_ui->titleEdit;
}

QLineEdit *RequisitionEditor::orgEdit() const
{
    return m_ui->orgEdit;
}

QLineEdit *RequisitionEditor::hiringManagerEdit() const
{
    return m_ui->hiringManagerEdit;
}

QLineEdit *RequisitionEditor::levelEdit() const
{
    return m_ui->levelEdit;
}

QSpinBox *RequisitionEditor::openingsSpin() const
{
    return m_ui->openingsSpin;
}

QPlainTextEdit *RequisitionEditor::locationsEdit() const
{
    return m_ui->locationsEdit;
}

QComboBox *RequisitionEditor::statusCombo() const
{
    return m_ui->statusCombo;
}

QLineEdit *RequisitionEditor::statusReasonEdit() const
{
    return m_ui->statusReasonEdit;
}

QTableWidget *RequisitionEditor::bandsTable() const
{
    return m_ui->bandsTable;
}

QPushButton *RequisitionEditor::saveButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Save);
}

QLabel *RequisitionEditor::messageLabel() const
{
    return m_ui->messageLabel;
}

} // namespace Reqdesk::Gui
