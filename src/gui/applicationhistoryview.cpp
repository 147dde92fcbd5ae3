#include "gui/applicationhistoryview.h"

#include "gui/applicationtablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Reqdesk::Gui {

ApplicationHistoryView::ApplicationHistoryView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_timeline(new QTreeWidget(this))
    , m_notes(new QListWidget(this))
    , m_noteEdit(new QPlainTextEdit(this))
    , m_addNote(new QPushButton(tr("Add note"), this))
{
    m_title->setObjectName(QStringLiteral("historyTitle"));
    m_title->setWordWrap(true);
    m_timeline->setObjectName(QStringLiteral("historyTimeline"));
    m_timeline->setRootIsDecorated(false);
    m_timeline->setHeaderLabels({tr("From"), tr("To"), tr("When"), tr("Who"), tr("Reason")});
    m_timeline->header()->setStretchLastSection(true);
    m_notes->setObjectName(QStringLiteral("notesList"));
    m_notes->setWordWrap(true);
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("A note on this application"));
    m_noteEdit->setTabChangesFocus(true);
    m_noteEdit->setMaximumHeight(80);
    m_addNote->setObjectName(QStringLiteral("addNoteButton"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 0, 0, 0);
    layout->addWidget(m_title);
    // The headings are the views' buddies: what a screen reader announces for them.
    auto *historyLabel = new QLabel(tr("History"), this);
    historyLabel->setBuddy(m_timeline);
    auto *notesLabel = new QLabel(tr("Notes"), this);
    notesLabel->setBuddy(m_notes);
    m_timeline->setAccessibleName(tr("Stage history"));
    m_notes->setAccessibleName(tr("Notes"));
    m_noteEdit->setAccessibleName(tr("New note"));
    layout->addWidget(historyLabel);
    layout->addWidget(m_timeline, 2);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes, 1);
    layout->addWidget(m_noteEdit);
    layout->addWidget(m_addNote, 0, Qt::AlignRight);

    connect(m_noteEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_addNote->setEnabled(!m_id.isNull() && !m_noteEdit->toPlainText().trimmed().isEmpty());
    });
    connect(m_addNote, &QPushButton::clicked, this, [this] {
        const QString text = m_noteEdit->toPlainText().trimmed();
        if (m_id.isNull() || text.isEmpty())
            return;
        emit noteRequested(m_id, text);
        m_noteEdit->clear();
    });
    clear();
}

ApplicationHistoryView::~ApplicationHistoryView() = default;

void ApplicationHistoryView::setApplication(const QUuid &id, const QString &title)
{
    m_id = id;
    m_title->setText(title);
    m_timeline->clear();
    m_notes->clear();
    m_addNote->setEnabled(!m_noteEdit->toPlainText().trimmed().isEmpty());
}

void ApplicationHistoryView::clear()
{
    m_id = QUuid();
    m_title->setText(tr("Select an application to see its history and notes."));
    m_timeline->clear();
    m_notes->clear();
    m_addNote->setEnabled(false);
}

void ApplicationHistoryView::setHistory(const QList<Core::StageEvent> &events,
                                        const QList<Core::Note> &notes)
{
    m_timeline->clear();
    const QLocale locale;
    for (const Core::StageEvent &e : events) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(0, e.from ? ApplicationTableModel::stageText(*e.from) : tr("(new)"));
        item->setText(1, ApplicationTableModel::stageText(e.to));
        item->setText(2, locale.toString(e.at.toLocalTime(), QLocale::ShortFormat));
        item->setText(3, e.by);
        item->setText(4, e.reason);
        item->setToolTip(4, e.reason);
    }
    for (int c = 0; c < m_timeline->columnCount() - 1; ++c)
        m_timeline->resizeColumnToContents(c);
    m_notes->clear();
    for (const Core::Note &n : notes) {
        const QString when = locale.toString(n.at.toLocalTime(), QLocale::ShortFormat);
        m_notes->addItem(n.author.isEmpty() ? tr("%1: %2").arg(when, n.text)
                                            : tr("%1, %2: %3").arg(n.author, when, n.text));
    }
}

} // namespace Reqdesk::Gui
