#include "gui/signindialog.h"

#include "gui/syncconnection.h"

#include "ui_signindialog.h"

#include <QPushButton>

namespace Reqdesk::Gui {

SignInDialog::SignInDialog(SyncConnection *connection, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_connection(connection)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("signInDialog"));
    signInButton()->setText(tr("Sign in"));
    signInButton()->setAccessibleName(tr("Sign in"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    m_ui->messageLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::trySignIn);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *edit : {serverEdit(), userEdit(), passwordEdit()})
        connect(edit, &QLineEdit::textChanged, this, &SignInDialog::updateButton);
    if (m_connection) {
        connect(m_connection,
                &SyncConnection::signedIn,
                this,
                [this](const QString &user, const QUrl &server) {
                    if (!m_waiting)
                        return;
                    setWaiting(false);
                    passwordEdit()->clear();
                    emit signedIn(user, server);
                    accept();
                });
        connect(m_connection,
                &SyncConnection::signInFailed,
                this,
                [this](int, const QString &text) {
                    if (!m_waiting)
                        return;
                    setWaiting(false);
                    passwordEdit()->clear();
                    showMessage(text, true);
                    passwordEdit()->setFocus();
                });
    }
    updateButton();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setServer(const QUrl &server)
{
    serverEdit()->setText(server.toDisplayString());
}

void SignInDialog::setUser(const QString &user)
{
    userEdit()->setText(user);
    if (!user.isEmpty())
        passwordEdit()->setFocus();
}

void SignInDialog::setRemember(bool remember)
{
    rememberCheck()->setChecked(remember);
}

QUrl SignInDialog::server() const
{
    return parseServer(serverEdit()->text());
}

QString SignInDialog::user() const
{
    return userEdit()->text().trimmed();
}

bool SignInDialog::remember() const
{
    return rememberCheck()->isChecked();
}

QUrl SignInDialog::parseServer(const QString &text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (!t.contains(QLatin1String("://"))) {
        // Plain HTTP only where nothing leaves the machine; everything else gets TLS.
        const bool loopback = t.startsWith(QLatin1String("localhost"))
                              || t.startsWith(QLatin1String("127.")) || t.startsWith(u'[');
        t = (loopback ? QStringLiteral("http://") : QStringLiteral("https://")) + t;
    }
    QUrl url(t, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty()
        || (url.scheme() != u"http" && url.scheme() != u"https"))
        return {};
    // One spelling per server: the engine compares URLs to know whether the cache is signed in.
    if (url.path() == u"/")
        url.setPath(QString());
    return url.adjusted(QUrl::StripTrailingSlash);
}

QLineEdit *SignInDialog::serverEdit() const
{
    return m_ui->serverEdit;
}

QLineEdit *SignInDialog::userEdit() const
{
    return m_ui->userEdit;
}

QLineEdit *SignInDialog::passwordEdit() const
{
    return m_ui->passwordEdit;
}

QCheckBox *SignInDialog::rememberCheck() const
{
    return m_ui->rememberCheck;
}

QPushButton *SignInDialog::signInButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}

QLabel *SignInDialog::messageLabel() const
{
    return m_ui->messageLabel;
}

void SignInDialog::trySignIn()
{
    if (m_waiting)
        return;
    const QUrl url = server();
    if (!url.isValid()) {
        showMessage(tr("Enter the server address, for example https://reqdesk.example.com."), true);
        serverEdit()->setFocus();
        return;
    }
    if (!m_connection) {
        showMessage(tr("Sync is off in this session (started with --offline)."), true);
        return;
    }
    setWaiting(true);
    showMessage(tr("Signing in to %1…").arg(url.toDisplayString()), false);
    m_connection->signIn(url, user(), passwordEdit()->text());
}

void SignInDialog::setWaiting(bool waiting)
{
    m_waiting = waiting;
    for (QWidget *w : {static_cast<QWidget *>(serverEdit()),
                       static_cast<QWidget *>(userEdit()),
                       static_cast<QWidget *>(passwordEdit()),
                       static_cast<QWidget *>(rememberCheck())})
        w->setEnabled(!waiting);
    updateButton();
}

void SignInDialog::showMessage(const QString &text, bool error)
{
    m_ui->messageLabel->setText(text);
    if (error)
        m_ui->messageLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    else
        m_ui->messageLabel->setStyleSheet(QString());
    m_ui->messageLabel->setAccessibleDescription(text);
    m_ui->messageLabel->show();
}

void SignInDialog::updateButton()
{
    signInButton()->setEnabled(!m_waiting && !serverEdit()->text().trimmed().isEmpty()
                               && !user().isEmpty() && !passwordEdit()->text().isEmpty());
}

} // namespace Reqdesk::Gui
