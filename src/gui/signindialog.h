#pragma once

#include <QDialog>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace Ui {
class SignInDialog;
}

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Reqdesk::Gui {

class SyncConnection;

/// Asks for the server, user name and password and signs in through a SyncConnection (on its
/// worker: the dialog never waits on the network). Closes on success; on failure it says why
/// in words, clears the password and stays open. The password is never stored.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    /// `connection` must outlive the dialog.
    explicit SignInDialog(SyncConnection *connection, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setServer(const QUrl &server);
    void setUser(const QString &user);
    void setRemember(bool remember);
    /// The server as typed, made a URL: "host:port" means https, or http on loopback.
    QUrl server() const;
    QString user() const;
    bool remember() const;

    /// Text typed in the server field as a URL; invalid when it is none.
    static QUrl parseServer(const QString &text);

    QLineEdit *serverEdit() const;
    QLineEdit *userEdit() const;
    QLineEdit *passwordEdit() const;
    QCheckBox *rememberCheck() const;
    QPushButton *signInButton() const;
    QLabel *messageLabel() const;

signals:
    /// Signed in as `user` on `server`.
    void signedIn(const QString &user, const QUrl &server);

private:
    void trySignIn();
    void setWaiting(bool waiting);
    void showMessage(const QString &text, bool error);
    void updateButton();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    QPointer<SyncConnection> m_connection;
    bool m_waiting = false;
};

} // namespace Reqdesk::Gui
