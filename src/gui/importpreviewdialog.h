#pragma once

#include "core/import/importresult.h"

#include <QDialog>

#include <memory>

class QTableWidget;
class QListWidget;
class QPushButton;

namespace Ui {
class ImportPreviewDialog;
}

namespace Reqdesk::Gui {

/// Shows what an import extracted — requisitions, their pay bands and the importer's warnings —
/// before anything is saved. Accepting means "save these".
class ImportPreviewDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportPreviewDialog)

public:
    explicit ImportPreviewDialog(QWidget *parent = nullptr);
    ~ImportPreviewDialog() override;

    /// What to preview; `sources` names the files (or "pasted text") it came from.
    void setResult(const Core::ImportResult &result, const QStringList &sources);
    /// The requisitions to save.
    const Core::ImportResult &result() const { return m_result; }

    QTableWidget *bandsTable() const;
    QListWidget *requisitionList() const;
    QListWidget *warningsList() const;
    QPushButton *saveButton() const;

private:
    void showRequisition(int row);

    std::unique_ptr<Ui::ImportPreviewDialog> m_ui;
    Core::ImportResult m_result;
};

} // namespace Reqdesk::Gui
