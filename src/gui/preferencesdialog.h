#pragma once

#include <QDialog>
#include <QPointer>

#include <memory>

namespace Ui {
class PreferencesDialog;
}

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Reqdesk::Gui {

class Settings;
class SyncConnection;

/// Preferences: the sync server, the account (sign in / sign out), the sync interval, the
/// language (applied at the next start, which the dialog says) and the palette. OK writes them
/// to Settings; the account buttons act at once.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    /// `settings` and `connection` (null with --offline) must outlive the dialog.
    PreferencesDialog(Settings &settings, SyncConnection *connection, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    /// Writes the fields to Settings (OK does this, then applied()).
    void apply();

    QLineEdit *serverEdit() const;
    QLabel *accountLabel() const;
    QPushButton *signInButton() const;
    QPushButton *signOutButton() const;
    QSpinBox *intervalSpin() const;
    QComboBox *languageCombo() const;
    QLabel *languageNote() const;
    QComboBox *paletteCombo() const;

signals:
    /// Settings were written.
    void applied();
    /// "Sign in…" was clicked; `server` is the one in the field (may be empty).
    void signInRequested(const QString &server);

private:
    void updateAccount();

    std::unique_ptr<Ui::PreferencesDialog> m_ui;
    Settings &m_settings;
    QPointer<SyncConnection> m_connection;
    QString m_startLanguage;
};

} // namespace Reqdesk::Gui
