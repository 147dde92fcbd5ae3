#include "gui/stagereasondialog.h"

#include "ui_stagereasondialog.h"

#include <QPushButton>

namespace Reqdesk::Gui {

StageReasonDialog::StageReasonDialog(const QString &description, bool required, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::StageReasonDialog>())
    , m_required(required)
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("stageReasonDialog"));
    m_ui->descriptionLabel->setText(required ? tr("%1\nA reason is required.").arg(description)
                                             : description);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->reasonEdit, &QPlainTextEdit::textChanged, this, &StageReasonDialog::updateOk);
    updateOk();
}

StageReasonDialog::~StageReasonDialog() = default;

QString StageReasonDialog::reason() const
{
    return m_ui->reasonEdit->toPlainText().trimmed();
}

void StageReasonDialog::setReason(const QString &text)
{
    m_ui->reasonEdit->setPlainText(text);
}

QPlainTextEdit *StageReasonDialog::reasonEdit() const
{
    return m_ui->reasonEdit;
}

QPushButton *StageReasonDialog::okButton() const
{
    return m_ui->buttonBox->button(QDialogButtonBox::Ok);
}

void StageReasonDialog::updateOk()
{
    // White space alone is no reason (the state machine says the same).
    okButton()->setEnabled(!m_required || !reason().isEmpty());
}

} // namespace Reqdesk::Gui
