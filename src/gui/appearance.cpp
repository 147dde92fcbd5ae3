#include "gui/appearance.h"

#include "gui/guilogging.h"
#include "gui/settings.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QPointer>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace Reqdesk::Gui {

namespace {

const QString kFusion = QStringLiteral("Fusion");

QPalette makePalette(const QColor &window,
                     const QColor &text,
                     const QColor &base,
                     const QColor &alternateBase,
                     const QColor &button,
                     const QColor &highlight,
                     const QColor &link,
                     const QColor &toolTipBase,
                     const QColor &toolTipText,
                     const QColor &disabledText,
                     bool dark)
{
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, alternateBase);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xc0, 0x1f, 0x3a));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, link);
    p.setColor(QPalette::LinkVisited, link.darker(dark ? 90 : 120));
    p.setColor(QPalette::ToolTipBase, toolTipBase);
    p.setColor(QPalette::ToolTipText, toolTipText);
    p.setColor(QPalette::PlaceholderText, disabledText);
    // Fusion draws bevels and frames from these: derived from the button colour.
    p.setColor(QPalette::Light, button.lighter(dark ? 150 : 130));
    p.setColor(QPalette::Midlight, button.lighter(dark ? 125 : 110));
    p.setColor(QPalette::Mid, button.darker(dark ? 130 : 130));
    p.setColor(QPalette::Dark, button.darker(dark ? 160 : 150));
    p.setColor(QPalette::Shadow, dark ? QColor(0x10, 0x10, 0x10) : QColor(0x76, 0x76, 0x76));
    for (QPalette::ColorRole role :
         {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, button.darker(dark ? 110 : 115));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

} // namespace

Appearance::Appearance(QObject *parent)
    : QObject(parent)
    , m_systemPalette(QApplication::palette())
    , m_systemStyle(QApplication::style() ? QApplication::style()->name() : QString())
{
    m_dark = isDarkPalette(m_systemPalette);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, this, [this] {
        if (m_mode == Mode::System)
            apply(Mode::System);
    });
#endif
    // The platform changes the palette itself while ours is not set (System mode): notice it.
    qApp->installEventFilter(this);
}

Appearance *Appearance::instance()
{
    static QPointer<Appearance> one;
    if (!one)
        one = new Appearance(qApp);
    return one;
}

bool Appearance::isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPalette Appearance::lightPalette()
{
    return makePalette(QColor(0xef, 0xef, 0xef),
                       QColor(0x1e, 0x1e, 0x1e),
                       QColor(0xff, 0xff, 0xff),
                       QColor(0xf4, 0xf5, 0xf7),
                       QColor(0xef, 0xef, 0xef),
                       QColor(0x2f, 0x6f, 0xb5),
                       QColor(0x1a, 0x5f, 0xb4),
                       QColor(0xff, 0xf4, 0xe0),
                       QColor(0x5a, 0x3a, 0x00),
                       QColor(0x90, 0x90, 0x90),
                       false);
}

QPalette Appearance::darkPalette()
{
    return makePalette(QColor(0x2d, 0x2f, 0x33),
                       QColor(0xe6, 0xe6, 0xe6),
                       QColor(0x1f, 0x21, 0x24),
                       QColor(0x29, 0x2b, 0x2f),
                       QColor(0x3a, 0x3d, 0x42),
                       QColor(0x2f, 0x6f, 0xb5),
                       QColor(0x6c, 0xa8, 0xf0),
                       QColor(0x45, 0x3c, 0x26),
                       QColor(0xf3, 0xe3, 0xbd),
                       QColor(0x80, 0x80, 0x80),
                       true);
}

bool Appearance::systemPrefersDark() const
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark;
#endif
    return isDarkPalette(m_systemPalette);
}

QString Appearance::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Appearance::Mode> Appearance::modeFromName(QStringView name)
{
    for (Mode mode : {Mode::System, Mode::Light, Mode::Dark}) {
        if (name.trimmed().compare(modeName(mode), Qt::CaseInsensitive) == 0)
            return mode;
    }
    return std::nullopt;
}

bool Appearance::applyName(const QString &name)
{
    const auto mode = modeFromName(name);
    apply(mode.value_or(Mode::System));
    return mode.has_value();
}

void Appearance::useStyle(const QString &name)
{
    if (name.isEmpty() || !QApplication::style()
        || QApplication::style()->name().compare(name, Qt::CaseInsensitive) == 0)
        return;
    if (QStyle *style = QStyleFactory::create(name))
        QApplication::setStyle(style); // the application takes ownership
}

void Appearance::apply(Mode mode)
{
    m_applying = true;
    m_mode = mode;
    const bool wantDark = mode == Mode::Dark || (mode == Mode::System && systemPrefersDark());
    if (mode == Mode::System && isDarkPalette(m_systemPalette) == wantDark) {
        // The platform's own look: its style, and a palette without a resolve mask, which Qt
        // treats as "not set" and keeps in step with the platform theme.
        useStyle(m_systemStyle);
        QApplication::setPalette(QPalette());
        m_systemPalette = QApplication::palette();
        m_ownPalette = false;
    } else {
        useStyle(kFusion);
        QApplication::setPalette(wantDark ? darkPalette() : lightPalette());
        m_ownPalette = true;
    }
    m_applying = false;
    m_dark = isDarkPalette(QApplication::palette());
    qCDebug(lcGui) << "appearance" << modeName(mode) << (m_dark ? "dark" : "light");
    emit changed(m_mode, m_dark);
}

bool Appearance::eventFilter(QObject *watched, QEvent *event)
{
    // Only the platform's own palette is remembered: the change events of ours may arrive late.
    if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange && !m_applying
        && !m_ownPalette && m_mode == Mode::System) {
        m_systemPalette = QApplication::palette();
        if (const bool dark = isDarkPalette(m_systemPalette); dark != m_dark) {
            m_dark = dark;
            emit changed(m_mode, m_dark);
        }
    }
    return QObject::eventFilter(watched, event);
}

QMenu *Appearance::createMenu(QWidget *parent)
{
    auto *menu = new QMenu(tr("&Appearance"), parent);
    menu->setObjectName(QStringLiteral("appearanceMenu"));
    auto *group = new QActionGroup(menu);
    group->setExclusive(true);
    const QList<std::pair<Mode, QString>> choices{{Mode::System, tr("Follow the &system")},
                                                  {Mode::Light, tr("&Light")},
                                                  {Mode::Dark, tr("&Dark")}};
    for (const auto &[mode, text] : choices) {
        QAction *action = menu->addAction(text);
        action->setObjectName(QStringLiteral("appearance_") + modeName(mode));
        action->setCheckable(true);
        action->setChecked(mode == m_mode);
        action->setData(int(mode));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode = mode] {
            apply(mode);
            Settings settings;
            settings.setPalette(modeName(mode));
            settings.sync();
        });
    }
    connect(this, &Appearance::changed, group, [group](Mode mode) {
        for (QAction *action : group->actions())
            action->setChecked(Mode(action->data().toInt()) == mode);
    });
    return menu;
}

} // namespace Reqdesk::Gui
