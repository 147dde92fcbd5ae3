#pragma once

#include "core/requisition.h"

#include <QDialog>
#include <QLocale>

#include <memory>
#include <optional>

namespace Ui {
class RequisitionEditor;
}

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Reqdesk::Gui {

/// The form that edits a requisition (ui/requisitioneditor.ui): title, organisation, hiring
/// manager, level, headcount and openings, locations, status (only the moves the core lifecycle
/// allows are offered, with a reason where it asks for one) and the pay bands (level, location,
/// minimum, maximum, currency, period; amounts typed and shown in the user's QLocale). Save
/// validates and keeps the dialog open with a message naming the first problem.
class RequisitionEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RequisitionEditor)

public:
    enum BandColumn {
        LevelColumn,
        LocationColumn,
        MinColumn,
        MaxColumn,
        CurrencyColumn,
        PeriodColumn,
        BandColumnCount
    };

    /// Edits `requisition`; a new one (`isNew`) starts as a draft and offers no other status.
    RequisitionEditor(const Core::Requisition &requisition,
                      bool isNew,
                      QWidget *parent = nullptr,
                      const QLocale &locale = QLocale());
    ~RequisitionEditor() override;

    /// The requisition the form describes; std::nullopt and `problem` set when it is not valid.
    std::optional<Core::Requisition> edited(QString *problem = nullptr) const;
    /// The requisition as it was accepted (valid once accepted()).
    Core::Requisition savedRequisition() const { return m_result; }
    /// The requisition the form started from.
    const Core::Requisition &original() const { return m_original; }
    /// True when the form creates a requisition.
    bool isNew() const { return m_isNew; }
    /// The statuses the status box offers: the current one first, then the legal moves.
    QList<Core::RequisitionStatus> offeredStatuses() const;
    /// Chooses `status` in the status box; false when it is not offered.
    bool setStatus(Core::RequisitionStatus status);
    /// Appends a band row filled from `band`.
    void addBand(const Core::PayBand &band);
    /// Sets the text of a band cell (the period column takes a Core::periodName).
    void setBandText(int row, BandColumn column, const QString &text);
    /// The message line (the last validation problem; empty when none).
    QString message() const;

    /// Validates; closes with Accepted only when the form describes a valid requisition.
    void accept() override;

    /// Why `requisition` cannot move to `to` with `reason`, in words (the core lifecycle and its
    /// openings rule); empty when the move is allowed.
    static QString statusProblem(const Core::Requisition &requisition,
                                 Core::RequisitionStatus to,
                                 const QString &reason);
    /// An amount as the form shows it: locale digits and grouping, no currency ("100,600" or
    /// "52.50").
    static QString formatAmount(qint64 minor, const QString &currency, const QLocale &locale);
    /// Parses an amount typed in `locale` exactly into minor units of `currency`; nothing for
    /// anything else (letters, negative amounts, more decimals than the currency has).
    static std::optional<qint64>
    parseAmount(const QString &text, const QString &currency, const QLocale &locale);

    QLineEdit *titleEdit() const;
    QLineEdit *orgEdit() const;
    QLineEdit *hiringManagerEdit() const;
    QLineEdit *levelEdit() const;
    QSpinBox *openingsSpin() const;
    QPlainTextEdit *locationsEdit() const;
    QComboBox *statusCombo() const;
    QLineEdit *statusReasonEdit() const;
    QTableWidget *bandsTable() const;
    QPushButton *saveButton() const;
    QLabel *messageLabel() const;

private:
    void updateReason();
    void removeSelectedBands();
    void showProblem(const QString &text);

    std::unique_ptr<Ui::RequisitionEditor> m_ui;
    Core::Requisition m_original;
    Core::Requisition m_result;
    bool m_isNew;
    QLocale m_locale;
};

} // namespace Reqdesk::Gui
