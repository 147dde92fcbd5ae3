#include "gui/cacherebuild.h"

#include "store/cacherecovery.h"

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QPushButton>

namespace Reqdesk::Gui {

bool CacheRebuild::offer(QWidget *parent,
                         const QString &path,
                         const Core::Error &error,
                         const QString &text)
{
    const QString intro
            = tr("Reqdesk cannot open its cache %1.").arg(QDir::toNativeSeparators(path));
    if (error.code != Core::ErrorCode::DatabaseCorrupt
        && error.code != Core::ErrorCode::DatabaseNotReqdesk) {
        QMessageBox::critical(parent, tr("Reqdesk"), intro + u"\n\n" + text);
        return false;
    }
    QMessageBox box(QMessageBox::Critical,
                    tr("Reqdesk"),
                    intro + u"\n\n" + text,
                    QMessageBox::NoButton,
                    parent);
    box.setInformativeText(
            tr("Rebuild it? Your unsent edits are saved to a file beside it first and kept in the "
               "new cache; the damaged file is kept under another name; everything else is "
               "downloaded again from the server at the next sync."));
    QPushButton *rebuild = box.addButton(tr("Rebuild the Cache"), QMessageBox::AcceptRole);
    box.addButton(tr("Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(rebuild);
    box.exec();
    return box.clickedButton() == rebuild;
}

bool CacheRebuild::run(QWidget *parent, const QString &path)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const auto report = Store::CacheRecovery::rebuild(path);
    QApplication::restoreOverrideCursor();
    if (!report) {
        QMessageBox::critical(
                parent,
                tr("Reqdesk"),
                tr("The cache could not be rebuilt: %1").arg(report.error().message()));
        return false;
    }
    QString text = tr("The cache was rebuilt. %n unsent edit(s) were kept; they are also "
                      "saved in %1. The damaged file is now %2.",
                      nullptr,
                      report->editsRecovered)
                           .arg(QDir::toNativeSeparators(report->exportFile),
                                QDir::toNativeSeparators(report->damagedCopy));
    if (report->unreadableEdits > 0) {
        text += u"\n\n"
                + tr("%n unsent edit(s) were on damaged parts of the file "
                     "and could not be read.",
                     nullptr,
                     report->unreadableEdits);
    }
    QMessageBox::information(parent, tr("Reqdesk"), text);
    return true;
}

} // namespace Reqdesk::Gui
