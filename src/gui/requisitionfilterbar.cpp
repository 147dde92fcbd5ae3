#include "gui/requisitionfilterbar.h"

#include "core/currency.h"
#include "gui/displaytext.h"

#include <QAction>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>

namespace Reqdesk::Gui {

using Core::RequisitionStatus;

namespace {
const QList<RequisitionStatus> allStatuses{RequisitionStatus::Draft,
                                           RequisitionStatus::PendingApproval,
                                           RequisitionStatus::Open,
                                           RequisitionStatus::OnHold,
                                           RequisitionStatus::Filled,
                                           RequisitionStatus::Closed,
                                           RequisitionStatus::Cancelled};

QSpinBox *paySpinBox(const QString &accessibleName, QWidget *parent)
{
    auto *box = new QSpinBox(parent);
    box->setRange(0, 10'000'000);
    box->setSingleStep(5000);
    box->setGroupSeparatorShown(true);
    box->setSpecialValueText(QStringLiteral("–"));
    box->setAccessibleName(accessibleName);
    box->setToolTip(accessibleName);
    return box;
}
} // namespace

RequisitionFilterBar::RequisitionFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_debounce(new QTimer(this))
{
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_debounce, &QTimer::timeout, this, [this] { emit filterChanged(filter()); });

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search title, organisation, location and posting text"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search requisitions"));
    connect(m_search, &QLineEdit::textChanged, this, &RequisitionFilterBar::schedule);

    m_statusButton = new QToolButton(this);
    m_statusButton->setObjectName(QStringLiteral("statusButton"));
    m_statusButton->setPopupMode(QToolButton::InstantPopup);
    m_statusButton->setAccessibleName(tr("Status filter"));
    auto *statusMenu = new QMenu(m_statusButton);
    for (RequisitionStatus status : allStatuses) {
        QAction *action = statusMenu->addAction(DisplayText::status(status));
        action->setCheckable(true);
        action->setData(int(status));
        connect(action, &QAction::toggled, this, [this] {
            updateStatusButton();
            schedule();
        });
    }
    m_statusButton->setMenu(statusMenu);
    updateStatusButton();

    m_viewsButton = new QToolButton(this);
    m_viewsButton->setObjectName(QStringLiteral("viewsButton"));
    m_viewsButton->setText(tr("Views"));
    m_viewsButton->setAccessibleName(tr("Saved views"));
    m_viewsButton->setToolTip(tr("Apply, save, rename or delete saved views"));
    m_viewsButton->setPopupMode(QToolButton::InstantPopup);
    m_viewsMenu = new QMenu(m_viewsButton);
    m_viewsMenu->setObjectName(QStringLiteral("viewsMenu"));
    m_viewsButton->setMenu(m_viewsMenu);
    rebuildViewsMenu();

    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("levelCombo"));
    m_level->setEditable(true);
    m_level->addItem(QString());
    for (int i = 1; i <= 7; ++i)
        m_level->addItem(QStringLiteral("IC%1").arg(i));
    for (int i = 1; i <= 4; ++i)
        m_level->addItem(QStringLiteral("M%1").arg(i));
    m_level->setAccessibleName(tr("Levels, separated by commas"));
    m_level->setToolTip(tr("Levels, separated by commas (IC3, IC4)"));
    m_level->lineEdit()->setPlaceholderText(tr("Level"));
    m_level->setMinimumWidth(m_level->fontMetrics().horizontalAdvance(QStringLiteral("IC3, IC4"))
                             + 40);
    connect(m_level, &QComboBox::currentTextChanged, this, &RequisitionFilterBar::schedule);

    auto lineEdit = [this](const QString &name, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        edit->setPlaceholderText(placeholder);
        edit->setAccessibleName(placeholder);
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::textChanged, this, &RequisitionFilterBar::schedule);
        return edit;
    };
    m_location = lineEdit(QStringLiteral("locationEdit"), tr("Location"));
    m_org = lineEdit(QStringLiteral("orgEdit"), tr("Organisation"));
    m_hiringManager = lineEdit(QStringLiteral("hiringManagerEdit"), tr("Hiring manager"));

    m_payMin = paySpinBox(tr("Pay at least (per year)"), this);
    m_payMax = paySpinBox(tr("Pay at most (per year)"), this);
    m_currency = new QComboBox(this);
    m_currency->setAccessibleName(tr("Currency of the pay range"));
    m_currency->addItems({QStringLiteral("USD"),
                          QStringLiteral("EUR"),
                          QStringLiteral("GBP"),
                          QStringLiteral("CAD"),
                          QStringLiteral("CHF")});
    connect(m_payMin, &QSpinBox::valueChanged, this, &RequisitionFilterBar::schedule);
    connect(m_payMax, &QSpinBox::valueChanged, this, &RequisitionFilterBar::schedule);
    connect(m_currency, &QComboBox::currentTextChanged, this, &RequisitionFilterBar::schedule);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_search, 0, 0, 1, 6);
    layout->addWidget(m_statusButton, 0, 6);
    layout->addWidget(m_level, 0, 7);
    layout->addWidget(m_viewsButton, 1, 7);
    layout->addWidget(m_location, 1, 0);
    layout->addWidget(m_org, 1, 1);
    layout->addWidget(m_hiringManager, 1, 2);
    auto *payLabel = new QLabel(tr("Pay"), this);
    layout->addWidget(payLabel, 1, 3, Qt::AlignRight);
    layout->addWidget(m_payMin, 1, 4);
    layout->addWidget(m_payMax, 1, 5);
    layout->addWidget(m_currency, 1, 6);
    layout->setColumnStretch(0, 2);
    layout->setColumnStretch(1, 1);
    layout->setColumnStretch(2, 1);
}

RequisitionFilterBar::~RequisitionFilterBar() = default;

Store::RequisitionFilter RequisitionFilterBar::filter() const
{
    Store::RequisitionFilter f;
    f.text = m_search->text().trimmed();
    for (QAction *action : m_statusButton->menu()->actions()) {
        if (action->isChecked())
            f.statuses << RequisitionStatus(action->data().toInt());
    }
    for (const QString &level :
         m_level->currentText().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!level.trimmed().isEmpty())
            f.levels << level.trimmed();
    }
    f.location = m_location->text().trimmed();
    f.org = m_org->text().trimmed();
    f.hiringManager = m_hiringManager->text().trimmed();
    const QString currency = m_currency->currentText();
    const qint64 perMajor = Core::Currency::minorPerMajor(currency);
    if (m_payMin->value() > 0)
        f.payMin = qint64(m_payMin->value()) * perMajor;
    if (m_payMax->value() > 0)
        f.payMax = qint64(m_payMax->value()) * perMajor;
    if (f.payMin || f.payMax)
        f.currency = currency;
    return f;
}

void RequisitionFilterBar::setFilter(const Store::RequisitionFilter &f)
{
    {
        // One query for the whole view, made by the caller: no field may schedule its own.
        const QSignalBlocker b1(m_search);
        const QSignalBlocker b2(m_level);
        const QSignalBlocker b3(m_location);
        const QSignalBlocker b4(m_org);
        const QSignalBlocker b5(m_hiringManager);
        const QSignalBlocker b6(m_payMin);
        const QSignalBlocker b7(m_payMax);
        const QSignalBlocker b8(m_currency);
        m_search->setText(f.text);
        m_level->setCurrentText(f.levels.join(QStringLiteral(", ")));
        m_location->setText(f.location);
        m_org->setText(f.org);
        m_hiringManager->setText(f.hiringManager);
        if (!f.currency.isEmpty()) {
            if (m_currency->findText(f.currency) < 0)
                m_currency->addItem(f.currency);
            m_currency->setCurrentText(f.currency);
        }
        const qint64 perMajor = Core::Currency::minorPerMajor(m_currency->currentText());
        m_payMin->setValue(f.payMin ? int(*f.payMin / perMajor) : 0);
        m_payMax->setValue(f.payMax ? int(*f.payMax / perMajor) : 0);
        for (QAction *action : m_statusButton->menu()->actions()) {
            const QSignalBlocker b(action);
            action->setChecked(f.statuses.contains(RequisitionStatus(action->data().toInt())));
        }
    }
    updateStatusButton();
    m_debounce->stop();
}

void RequisitionFilterBar::setSavedViews(const QList<SavedView> &views)
{
    m_views = views;
    rebuildViewsMenu();
}

void RequisitionFilterBar::rebuildViewsMenu()
{
    // The menu changes from inside one of its own actions (save, rename, delete): deleting that
    // action while it emits would crash, so the old entries go once control is back.
    for (QAction *action : m_viewsMenu->actions()) {
        m_viewsMenu->removeAction(action);
        if (QMenu *submenu = action->menu())
            submenu->deleteLater();
        else
            action->deleteLater();
    }
    for (const SavedView &view : std::as_const(m_views)) {
        QAction *action = m_viewsMenu->addAction(view.name);
        action->setData(view.name);
        connect(action, &QAction::triggered, this, [this, name = view.name] {
            emit viewChosen(name);
        });
    }
    if (!m_views.isEmpty())
        m_viewsMenu->addSeparator();
    QAction *save = m_viewsMenu->addAction(tr("&Save current view…"));
    save->setObjectName(QStringLiteral("saveViewAction"));
    connect(save, &QAction::triggered, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(
                this, tr("Save view"), tr("Name of the view:"), QLineEdit::Normal, QString(), &ok);
        if (ok && !name.trimmed().isEmpty())
            emit saveViewRequested(name.trimmed());
    });
    if (m_views.isEmpty())
        return;
    QMenu *rename = m_viewsMenu->addMenu(tr("&Rename view"));
    QMenu *remove = m_viewsMenu->addMenu(tr("&Delete view"));
    for (const SavedView &view : std::as_const(m_views)) {
        connect(rename->addAction(view.name), &QAction::triggered, this, [this, name = view.name] {
            bool ok = false;
            const QString to = QInputDialog::getText(
                    this, tr("Rename view"), tr("New name:"), QLineEdit::Normal, name, &ok);
            if (ok && !to.trimmed().isEmpty() && to.trimmed() != name)
                emit renameViewRequested(name, to.trimmed());
        });
        connect(remove->addAction(view.name), &QAction::triggered, this, [this, name = view.name] {
            emit deleteViewRequested(name);
        });
    }
}

void RequisitionFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void RequisitionFilterBar::setStatuses(const QList<RequisitionStatus> &statuses)
{
    for (QAction *action : m_statusButton->menu()->actions())
        action->setChecked(statuses.contains(RequisitionStatus(action->data().toInt())));
}

void RequisitionFilterBar::setDebounceInterval(int milliseconds)
{
    m_debounce->setInterval(milliseconds);
}

void RequisitionFilterBar::clear()
{
    m_search->clear();
    setStatuses({});
    m_level->setCurrentText(QString());
    m_location->clear();
    m_org->clear();
    m_hiringManager->clear();
    m_payMin->setValue(0);
    m_payMax->setValue(0);
}

void RequisitionFilterBar::schedule()
{
    m_debounce->start();
}

void RequisitionFilterBar::updateStatusButton()
{
    QStringList names;
    for (QAction *action : m_statusButton->menu()->actions()) {
        if (action->isChecked())
            names << action->text();
    }
    m_statusButton->setText(names.isEmpty() ? tr("Any status") : names.join(QStringLiteral(", ")));
}

} // namespace Reqdesk::Gui
