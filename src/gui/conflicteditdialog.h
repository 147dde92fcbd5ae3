#pragma once

#include "store/conflictrepository.h"

#include <QDialog>
#include <QJsonValue>
#include <QString>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QStackedWidget;

namespace Reqdesk::Gui {

/// Asks for a merged value of one field in conflict: base, mine and theirs shown as a person
/// reads them, an editor that fits the field (a line, lines of a list, an amount of money, a
/// stage or status by name, JSON for structured fields) started from mine, and OK only while
/// the value is valid. The store checks the value once more with the record's codec.
class ConflictEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictEditDialog)

public:
    /// Which editor the field gets.
    enum Mode { TextMode, MultiLineMode, IntegerMode, MoneyMode, ListMode, ChoiceMode, JsonMode };

    /// For `conflict` (a field conflict) of the record called `recordTitle`.
    ConflictEditDialog(const Store::Conflict &conflict,
                       const QString &recordTitle,
                       QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    /// Fills the editor with `value` (mine or theirs as a starting point).
    void setValue(const QJsonValue &value);
    /// The value in the editor as the wire format wants it; nullopt while invalid.
    std::optional<QJsonValue> value() const;
    /// Why the value is invalid; empty when it is valid.
    QString problem() const;

    QLineEdit *lineEdit() const { return m_line; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *comboBox() const { return m_combo; }
    QDialogButtonBox *buttons() const { return m_buttons; }

private:
    std::optional<QJsonValue> parse(QString *problem) const;
    void validate();

    Store::Conflict m_conflict;
    Mode m_mode = TextMode;
    QStackedWidget *m_editors = nullptr;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_combo = nullptr;
    QLabel *m_unit = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Reqdesk::Gui
