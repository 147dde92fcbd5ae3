#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class StageReasonDialog;
}

class QPlainTextEdit;
class QPushButton;

namespace Reqdesk::Gui {

/// Asks why a stage move is made (rejections, moves back, reopening). OK stays disabled while a
/// required reason is blank; Cancel aborts the move.
class StageReasonDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageReasonDialog)

public:
    /// `description` says which move ("Move Ada Lane from Onsite to Rejected").
    StageReasonDialog(const QString &description, bool required, QWidget *parent = nullptr);
    ~StageReasonDialog() override;

    /// The reason typed, trimmed.
    QString reason() const;
    void setReason(const QString &text);

    QPlainTextEdit *reasonEdit() const;
    QPushButton *okButton() const;

private:
    void updateOk();

    std::unique_ptr<Ui::StageReasonDialog> m_ui;
    bool m_required;
};

} // namespace Reqdesk::Gui
