#pragma once

#include "core/note.h"
#include "core/stageevent.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Reqdesk::Gui {

/// The selected application's stage history (from, to, when, who, reason) and its notes, with
/// a box to add a note.
class ApplicationHistoryView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationHistoryView)

public:
    explicit ApplicationHistoryView(QWidget *parent = nullptr);
    ~ApplicationHistoryView() override;

    /// Shows `title` (the candidate and requisition) with an empty history until setHistory().
    void setApplication(const QUuid &id, const QString &title);
    /// Shows nothing selected.
    void clear();
    /// Fills the timeline (oldest first) and the notes.
    void setHistory(const QList<Core::StageEvent> &events, const QList<Core::Note> &notes);

    QUuid applicationId() const { return m_id; }
    QTreeWidget *timeline() const { return m_timeline; }
    QListWidget *notesList() const { return m_notes; }
    QPlainTextEdit *noteEdit() const { return m_noteEdit; }
    QPushButton *addNoteButton() const { return m_addNote; }

signals:
    /// "Add note" was pressed with `text` (trimmed, not empty).
    void noteRequested(const QUuid &applicationId, const QString &text);

private:
    QUuid m_id;
    QLabel *m_title = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QListWidget *m_notes = nullptr;
    QPlainTextEdit *m_noteEdit = nullptr;
    QPushButton *m_addNote = nullptr;
};

} // namespace Reqdesk::Gui
