#include "gui/preferencesdialog.h"

#include "gui/settings.h"
#include "gui/signindialog.h"
#include "gui/syncconnection.h"

#include "ui_preferencesdialog.h"

#include <QPushButton>

namespace Reqdesk::Gui {

PreferencesDialog::PreferencesDialog(Settings &settings,
                                     SyncConnection *connection,
                                     QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
    , m_settings(settings)
    , m_connection(connection)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("preferencesDialog"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    // Language names in their own language: someone who cannot read the current one must
    // still find theirs.
    languageCombo()->addItem(tr("System"), QStringLiteral("system"));
    languageCombo()->addItem(QStringLiteral("English"), QStringLiteral("en"));
    languageCombo()->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    languageCombo()->addItem(QStringLiteral("Français"), QStringLiteral("fr"));
    paletteCombo()->addItem(tr("System"), QStringLiteral("system"));
    paletteCombo()->addItem(tr("Light"), QStringLiteral("light"));
    paletteCombo()->addItem(tr("Dark"), QStringLiteral("dark"));

    const QUrl server = m_connection && !m_connection->server().isEmpty() ? m_connection->server()
                                                                          : m_settings.syncServer();
    serverEdit()->setText(server.toDisplayString());
    intervalSpin()->setValue(m_settings.syncIntervalMinutes());
    m_startLanguage = m_settings.language();
    languageCombo()->setCurrentIndex(qMax(0, languageCombo()->findData(m_startLanguage)));
    paletteCombo()->setCurrentIndex(qMax(0, paletteCombo()->findData(m_settings.palette())));
    languageNote()->setVisible(false);
    connect(languageCombo(), &QComboBox::currentIndexChanged, this, [this] {
        languageNote()->setVisible(languageCombo()->currentData().toString() != m_startLanguage);
    });

    connect(signInButton(), &QPushButton::clicked, this, [this] {
        emit signInRequested(serverEdit()->text());
    });
    connect(signOutButton(), &QPushButton::clicked, this, [this] {
        if (m_connection)
            m_connection->signOut();
    });
    if (m_connection) {
        connect(m_connection, &SyncConnection::signedIn, this, &PreferencesDialog::updateAccount);
        connect(m_connection, &SyncConnection::signedOut, this, &PreferencesDialog::updateAccount);
        connect(m_connection,
                &SyncConnection::stateChanged,
                this,
                &PreferencesDialog::updateAccount);
    }
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateAccount();
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::apply()
{
    const QString serverText = serverEdit()->text().trimmed();
    if (serverText.isEmpty())
        m_settings.setSyncServer(QUrl());
    else if (const QUrl url = SignInDialog::parseServer(serverText); url.isValid())
        m_settings.setSyncServer(url);
    m_settings.setSyncIntervalMinutes(intervalSpin()->value());
    m_settings.setLanguage(languageCombo()->currentData().toString());
    m_settings.setPalette(paletteCombo()->currentData().toString());
    m_settings.sync();
    emit applied();
}

void PreferencesDialog::updateAccount()
{
    if (!m_connection) {
        accountLabel()->setText(tr("Sync is off in this session (started with --offline)."));
        signInButton()->setEnabled(false);
        signOutButton()->setEnabled(false);
        return;
    }
    const bool signedIn = m_connection->state() != SyncConnection::State::SignedOut
                          && m_connection->state() != SyncConnection::State::Stopped
                          && !m_connection->user().isEmpty();
    accountLabel()->setText(signedIn ? tr("Signed in as %1").arg(m_connection->user())
                                     : tr("Not signed in"));
    signInButton()->setEnabled(m_connection->state() != SyncConnection::State::Stopped);
    signOutButton()->setEnabled(signedIn);
}

QLineEdit *PreferencesDialog::serverEdit() const
{
    return m_ui->serverEdit;
}

QLabel *PreferencesDialog::accountLabel() const
{
    return m_ui->accountLabel;
}

QPushButton *PreferencesDialog::signInButton() const
{
    return m_ui->signInButton;
}

QPushButton *PreferencesDialog::signOutButton() const
{
    return m_ui->signOutButton;
}

QSpinBox *PreferencesDialog::intervalSpin() const
{
    return m_ui->intervalSpin;
}

QComboBox *PreferencesDialog::languageCombo() const
{
    return m_ui->languageCombo;
}

QLabel *PreferencesDialog::languageNote() const
{
    return m_ui->languageNote;
}

QComboBox *PreferencesDialog::paletteCombo() const
{
    return m_ui->paletteCombo;
}

} // namespace Reqdesk::Gui
