#include "gui/settings.h"

#include "core/paths.h"

#include <array>
#include <utility>

namespace Reqdesk::Gui {

namespace {

namespace Key {
const QString WindowGeometry = QStringLiteral("Gui/MainWindow/geometry");
const QString WindowState = QStringLiteral("Gui/MainWindow/state");
const QString CurrentPane = QStringLiteral("Gui/MainWindow/currentPane");
const QString RequisitionsSplitter = QStringLiteral("Gui/Requisitions/splitter");
const QString RequisitionsHeader = QStringLiteral("Gui/Requisitions/header");
const QString RequisitionsSortColumn = QStringLiteral("Gui/Requisitions/sortColumn");
const QString RequisitionsSortOrder = QStringLiteral("Gui/Requisitions/sortOrder");
const QString LastFolder = QStringLiteral("Gui/lastFolder");
const QString Palette = QStringLiteral("appearance/palette");
const QString SavedViews = QStringLiteral("Gui/Requisitions/savedViews");
const QString ApplicationsSortColumn = QStringLiteral("Gui/Applications/sortColumn");
const QString ApplicationsSortOrder = QStringLiteral("Gui/Applications/sortOrder");
const QString SyncServer = QStringLiteral("Sync/server");
const QString SyncUser = QStringLiteral("Sync/user");
const QString RememberSyncUser = QStringLiteral("Sync/rememberUser");
const QString SyncInterval = QStringLiteral("Sync/intervalMinutes");
const QString Language = QStringLiteral("Gui/language");
} // namespace Key

constexpr std::array<std::pair<Store::SortColumn, const char *>, 8> sortNames{{
        {Store::SortColumn::Title, "title"},
        {Store::SortColumn::Company, "company"},
        {Store::SortColumn::Org, "org"},
        {Store::SortColumn::Level, "level"},
        {Store::SortColumn::Status, "status"},
        {Store::SortColumn::Updated, "updated"},
        {Store::SortColumn::PayMin, "pay_min"},
        {Store::SortColumn::PayMax, "pay_max"},
}};

constexpr std::array<std::pair<Store::ApplicationSort, const char *>, 6> applicationSortNames{{
        {Store::ApplicationSort::Candidate, "candidate"},
        {Store::ApplicationSort::Requisition, "requisition"},
        {Store::ApplicationSort::Stage, "stage"},
        {Store::ApplicationSort::Applied, "applied"},
        {Store::ApplicationSort::LastMove, "last_move"},
        {Store::ApplicationSort::ExpectedSalary, "expected_salary"},
}};

QString orderName(Qt::SortOrder order)
{
    return order == Qt::AscendingOrder ? QStringLiteral("ascending") : QStringLiteral("descending");
}

QString defaultFileName()
{
    Core::Paths::ensureDir(Core::Paths::dataDir());
    return Core::Paths::dataDir() + QStringLiteral("/settings.ini");
}

} // namespace

Settings::Settings()
    : Settings(defaultFileName())
{}

Settings::Settings(const QString &fileName)
    : m_settings(fileName, QSettings::IniFormat)
{}

QString Settings::fileName() const
{
    return m_settings.fileName();
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(Key::WindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(Key::WindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(Key::WindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(Key::WindowState, state);
}

int Settings::currentPane() const
{
    return m_settings.value(Key::CurrentPane, 0).toInt();
}

void Settings::setCurrentPane(int pane)
{
    m_settings.setValue(Key::CurrentPane, pane);
}

QByteArray Settings::requisitionsSplitter() const
{
    return m_settings.value(Key::RequisitionsSplitter).toByteArray();
}

void Settings::setRequisitionsSplitter(const QByteArray &state)
{
    m_settings.setValue(Key::RequisitionsSplitter, state);
}

QByteArray Settings::requisitionsHeader() const
{
    return m_settings.value(Key::RequisitionsHeader).toByteArray();
}

void Settings::setRequisitionsHeader(const QByteArray &state)
{
    m_settings.setValue(Key::RequisitionsHeader, state);
}

Store::SortColumn Settings::requisitionsSortColumn() const
{
    return sortColumnFromName(m_settings.value(Key::RequisitionsSortColumn).toString())
            .value_or(Store::SortColumn::Updated);
}

void Settings::setRequisitionsSortColumn(Store::SortColumn column)
{
    m_settings.setValue(Key::RequisitionsSortColumn, sortColumnName(column));
}

Qt::SortOrder Settings::requisitionsSortOrder() const
{
    return m_settings.value(Key::RequisitionsSortOrder).toString() == u"ascending"
                   ? Qt::AscendingOrder
                   : Qt::DescendingOrder;
}

void Settings::setRequisitionsSortOrder(Qt::SortOrder order)
{
    m_settings.setValue(Key::RequisitionsSortOrder,
                        order == Qt::AscendingOrder ? QStringLiteral("ascending")
                                                    : QStringLiteral("descending"));
}

QList<SavedView> Settings::savedViews() const
{
    QList<SavedView> views;
    QSettings &settings = m_settings;
    const int size = settings.beginReadArray(Key::SavedViews);
    for (int i = 0; i < size; ++i) {
        settings.setArrayIndex(i);
        SavedView view;
        view.name = settings.value(QStringLiteral("name")).toString();
        if (view.name.isEmpty())
            continue;
        Store::RequisitionFilter &f = view.filter;
        f.text = settings.value(QStringLiteral("text")).toString();
        for (const QString &name : settings.value(QStringLiteral("statuses")).toStringList()) {
            if (const auto status = Core::requisitionStatusFromName(name))
                f.statuses << *status;
        }
        f.levels = settings.value(QStringLiteral("levels")).toStringList();
        f.location = settings.value(QStringLiteral("location")).toString();
        f.org = settings.value(QStringLiteral("org")).toString();
        f.hiringManager = settings.value(QStringLiteral("hiringManager")).toString();
        if (const QVariant v = settings.value(QStringLiteral("payMin")); v.isValid())
            f.payMin = v.toLongLong();
        if (const QVariant v = settings.value(QStringLiteral("payMax")); v.isValid())
            f.payMax = v.toLongLong();
        f.currency = settings.value(QStringLiteral("currency")).toString();
        view.sort = sortColumnFromName(settings.value(QStringLiteral("sort")).toString())
                            .value_or(Store::SortColumn::Updated);
        view.order = settings.value(QStringLiteral("order")).toString() == u"ascending"
                             ? Qt::AscendingOrder
                             : Qt::DescendingOrder;
        views << view;
    }
    settings.endArray();
    return views;
}

void Settings::setSavedViews(const QList<SavedView> &views)
{
    m_settings.remove(Key::SavedViews);
    m_settings.beginWriteArray(Key::SavedViews, int(views.size()));
    for (int i = 0; i < views.size(); ++i) {
        const SavedView &view = views.at(i);
        const Store::RequisitionFilter &f = view.filter;
        m_settings.setArrayIndex(i);
        m_settings.setValue(QStringLiteral("name"), view.name);
        m_settings.setValue(QStringLiteral("text"), f.text);
        QStringList statuses;
        for (const Core::RequisitionStatus status : f.statuses)
            statuses << Core::requisitionStatusName(status);
        m_settings.setValue(QStringLiteral("statuses"), statuses);
        m_settings.setValue(QStringLiteral("levels"), f.levels);
        m_settings.setValue(QStringLiteral("location"), f.location);
        m_settings.setValue(QStringLiteral("org"), f.org);
        m_settings.setValue(QStringLiteral("hiringManager"), f.hiringManager);
        if (f.payMin)
            m_settings.setValue(QStringLiteral("payMin"), *f.payMin);
        if (f.payMax)
            m_settings.setValue(QStringLiteral("payMax"), *f.payMax);
        m_settings.setValue(QStringLiteral("currency"), f.currency);
        m_settings.setValue(QStringLiteral("sort"), sortColumnName(view.sort));
        m_settings.setValue(QStringLiteral("order"), orderName(view.order));
    }
    m_settings.endArray();
}

Store::ApplicationSort Settings::applicationsSortColumn() const
{
    const QString name = m_settings.value(Key::ApplicationsSortColumn).toString();
    for (const auto &[value, text] : applicationSortNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return Store::ApplicationSort::Applied;
}

void Settings::setApplicationsSortColumn(Store::ApplicationSort column)
{
    for (const auto &[value, text] : applicationSortNames) {
        if (value == column)
            m_settings.setValue(Key::ApplicationsSortColumn, QLatin1String(text));
    }
}

Qt::SortOrder Settings::applicationsSortOrder() const
{
    return m_settings.value(Key::ApplicationsSortOrder).toString() == u"descending"
                   ? Qt::DescendingOrder
                   : Qt::AscendingOrder;
}

void Settings::setApplicationsSortOrder(Qt::SortOrder order)
{
    m_settings.setValue(Key::ApplicationsSortOrder, orderName(order));
}

QString Settings::lastFolder() const
{
    return m_settings.value(Key::LastFolder).toString();
}

void Settings::setLastFolder(const QString &folder)
{
    m_settings.setValue(Key::LastFolder, folder);
}

QString Settings::palette() const
{
    const QString name = m_settings.value(Key::Palette).toString().trimmed().toLower();
    if (name == QLatin1String("light") || name == QLatin1String("dark"))
        return name;
    return QStringLiteral("system");
}

void Settings::setPalette(const QString &name)
{
    m_settings.setValue(Key::Palette, name.trimmed().toLower());
}

QUrl Settings::syncServer() const
{
    return QUrl(m_settings.value(Key::SyncServer).toString());
}

void Settings::setSyncServer(const QUrl &server)
{
    m_settings.setValue(Key::SyncServer, server.toString());
}

QString Settings::syncUser() const
{
    return m_settings.value(Key::SyncUser).toString();
}

void Settings::setSyncUser(const QString &user)
{
    m_settings.setValue(Key::SyncUser, user);
}

bool Settings::rememberSyncUser() const
{
    return m_settings.value(Key::RememberSyncUser, true).toBool();
}

void Settings::setRememberSyncUser(bool remember)
{
    m_settings.setValue(Key::RememberSyncUser, remember);
}

int Settings::syncIntervalMinutes() const
{
    return qBound(1, m_settings.value(Key::SyncInterval, 5).toInt(), 24 * 60);
}

void Settings::setSyncIntervalMinutes(int minutes)
{
    m_settings.setValue(Key::SyncInterval, qBound(1, minutes, 24 * 60));
}

QString Settings::language() const
{
    const QString value = m_settings.value(Key::Language).toString();
    static const QStringList known{
            QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr")};
    return known.contains(value) ? value : QStringLiteral("system");
}

void Settings::setLanguage(const QString &language)
{
    m_settings.setValue(Key::Language, language);
}

void Settings::sync()
{
    m_settings.sync();
}

QString Settings::sortColumnName(Store::SortColumn column)
{
    for (const auto &[value, name] : sortNames) {
        if (value == column)
            return QLatin1String(name);
    }
    return QStringLiteral("updated");
}

std::optional<Store::SortColumn> Settings::sortColumnFromName(QStringView name)
{
    for (const auto &[value, text] : sortNames) {
        if (name == QLatin1String(text))
            return value;
    }
    return std::nullopt;
}

} // namespace Reqdesk::Gui
