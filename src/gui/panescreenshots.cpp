#include "gui/panescreenshots.h"

#include "gui/mainwindow.h"
#include "gui/requisitionspane.h"
#include "gui/requisitiontablemodel.h"

#include <QDir>
#include <QPixmap>
#include <QTimer>

namespace Reqdesk::Gui {

PaneScreenshots::PaneScreenshots(MainWindow *window, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(directory)
{}

void PaneScreenshots::start()
{
    RequisitionsPane *pane = m_window->requisitionsPane();
    connect(pane->model(), &RequisitionTableModel::firstPageArrived, this, [this, pane] {
        // Without rows there is no detail to wait for.
        if (pane->model()->rowCount() == 0)
            QTimer::singleShot(0, this, &PaneScreenshots::render);
    });
    connect(pane, &RequisitionsPane::detailShown, this, [this] {
        QTimer::singleShot(0, this, &PaneScreenshots::render);
    });
    connect(m_window, &MainWindow::databaseFailed, this, [this](const auto &, const QString &text) {
        if (!m_done) {
            m_done = true;
            emit finished(false, text);
        }
    });
}

void PaneScreenshots::render()
{
    if (m_done)
        return;
    m_done = true;
    if (!QDir().mkpath(m_directory)) {
        emit finished(false, tr("cannot create %1").arg(m_directory));
        return;
    }
    const int shown = m_window->currentPane();
    for (int pane = 0; pane < MainWindow::PaneCount; ++pane) {
        m_window->setCurrentPane(pane);
        const QString file
                = QDir(m_directory).filePath(MainWindow::paneName(pane) + QStringLiteral(".png"));
        if (!m_window->grab().save(file)) {
            emit finished(false, tr("cannot write %1").arg(file));
            return;
        }
        m_files << file;
    }
    m_window->setCurrentPane(shown);
    emit finished(true, m_files.join(QLatin1Char('\n')));
}

} // namespace Reqdesk::Gui
