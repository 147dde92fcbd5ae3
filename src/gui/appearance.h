#pragma once

#include <QObject>
#include <QPalette>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QActionGroup;
class QMenu;
class QWidget;
QT_END_NAMESPACE

namespace Reqdesk::Gui {

/// The application's light or dark look: applies the system's, a light or a dark palette to the
/// whole application at once and, in System mode, follows the system when it switches. Light and
/// Dark use the Fusion style (the only built-in style that honours any palette on every
/// platform); System keeps the platform's own style and palette unless the system asks for dark
/// and the platform palette is not (Qt 6.5+ only knows), where it falls back to Fusion dark.
/// Widgets follow through their PaletteChange events: chart views switch their chart theme.
class Appearance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Appearance)

public:
    /// What the user chose; stored in Settings by name ("system", "light", "dark").
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    /// The application's one instance, created (as a child of the application) on first use;
    /// it remembers the platform's style and palette as they were then.
    static Appearance *instance();

    /// Applies `mode` now.
    void apply(Mode mode);
    /// Applies the mode named `name`; an unknown name applies System and returns false.
    bool applyName(const QString &name);
    /// The mode in effect.
    Mode mode() const { return m_mode; }
    /// True when the application palette in effect is dark.
    bool isDark() const { return m_dark; }

    /// View > Appearance: System, Light and Dark as exclusive checkable actions that apply at
    /// once and are stored in Settings ("appearance/palette"); they follow apply() calls made
    /// elsewhere (a preferences dialog).
    QMenu *createMenu(QWidget *parent);

    /// True for a palette whose window colour is dark (lightness below the middle).
    static bool isDarkPalette(const QPalette &palette);
    /// The Fusion-based light palette.
    static QPalette lightPalette();
    /// The Fusion-based dark palette.
    static QPalette darkPalette();
    /// True when the system asks for dark: QStyleHints::colorScheme() on Qt 6.5+, else (or when
    /// the scheme is unknown) the lightness of the platform's own palette.
    bool systemPrefersDark() const;

    /// "system", "light" or "dark".
    static QString modeName(Mode mode);
    /// The mode of a stored name (case-insensitive); none for anything else.
    static std::optional<Mode> modeFromName(QStringView name);

signals:
    /// The mode or the effective lightness changed.
    void changed(Reqdesk::Gui::Appearance::Mode mode, bool dark);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit Appearance(QObject *parent);
    void useStyle(const QString &name);

    QPalette m_systemPalette;
    QString m_systemStyle;
    Mode m_mode = Mode::System;
    bool m_dark = false;
    bool m_applying = false;
    bool m_ownPalette = false; ///< our light or dark palette is set (not the platform's)
};

} // namespace Reqdesk::Gui
