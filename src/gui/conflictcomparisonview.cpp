#include "gui/conflictcomparisonview.h"

#include "gui/conflictlistmodel.h"
#include "gui/conflictvaluetext.h"

#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Reqdesk::Gui {

namespace {

constexpr int kHighlightRole = Qt::UserRole + 1;

// A soft tint over the palette's base colour, so the highlight reads in light and dark themes.
QColor tint(const QPalette &palette, const QColor &accent)
{
    const QColor base = palette.color(QPalette::Base);
    const double a = 0.28;
    return QColor::fromRgbF(float(base.redF() * (1 - a) + accent.redF() * a),
                            float(base.greenF() * (1 - a) + accent.greenF() * a),
                            float(base.blueF() * (1 - a) + accent.blueF() * a));
}

} // namespace

ConflictComparisonView::ConflictComparisonView(QWidget *parent)
    : QWidget(parent)
{
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("comparisonHeading"));
    QFont font = m_heading->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_heading->setFont(font);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("comparisonExplanation"));
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("comparisonTable"));
    m_table->setAccessibleName(tr("Values in conflict: base, mine and theirs"));
    m_table->setHorizontalHeaderLabels({tr("Field"),
                                        tr("Base (last synced)"),
                                        tr("Mine (this computer)"),
                                        tr("Theirs (server)")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(true);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    for (int c = BaseColumn; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_fields.size())
            m_explanation->setText(ConflictValueText::explanation(m_fields.at(row)));
        emit currentConflictChanged(currentConflict());
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addWidget(m_explanation);
    layout->addWidget(m_table, 1);
}

void ConflictComparisonView::showRecord(const QList<Store::ConflictRow> &rows, const QUuid &current)
{
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(0);
    m_ids.clear();
    m_fields.clear();
    if (rows.isEmpty()) {
        clear();
        emit currentConflictChanged(QUuid());
        return;
    }
    const Store::ConflictRow &first = rows.first();
    m_heading->setText(ConflictValueText::entity(first.conflict.entity) + QStringLiteral(": ")
                       + ConflictListModel::recordText(first));
    QString explanation;
    const QColor mineAccent(0x2a, 0x7a, 0xd0);
    const QColor theirsAccent(0xe0, 0x8a, 0x1a);
    m_table->setRowCount(int(rows.size()));
    int selected = 0;
    for (int r = 0; r < int(rows.size()); ++r) {
        const Store::Conflict &c = rows.at(r).conflict;
        m_ids << c.id;
        m_fields << c.field;
        if (c.id == current) {
            selected = r;
            explanation = ConflictValueText::explanation(c.field);
        }
        const bool differ = c.localValue != c.serverValue;
        const QStringList texts{ConflictValueText::field(c.entity, c.field),
                                ConflictValueText::value(c.field, c.baseValue),
                                ConflictValueText::value(c.field, c.localValue),
                                ConflictValueText::value(c.field, c.serverValue)};
        for (int col = 0; col < ColumnCount; ++col) {
            auto *item = new QTableWidgetItem(texts.at(col));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            const bool mine = col == MineColumn;
            const bool theirs = col == TheirsColumn;
            if (differ && (mine || theirs)) {
                item->setBackground(tint(palette(), mine ? mineAccent : theirsAccent));
                item->setData(kHighlightRole, true);
            }
            // A side that moved away from the base is the side that made a change.
            if ((mine && c.localValue != c.baseValue) || (theirs && c.serverValue != c.baseValue)) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            if (col == FieldColumn)
                item->setToolTip(ConflictValueText::explanation(c.field));
            m_table->setItem(r, col, item);
        }
    }
    if (explanation.isEmpty())
        explanation = ConflictValueText::explanation(first.conflict.field);
    m_explanation->setText(explanation);
    m_table->setCurrentCell(selected, FieldColumn);
    m_table->selectRow(selected);
}

void ConflictComparisonView::clear()
{
    {
        const QSignalBlocker blocker(m_table);
        m_table->setRowCount(0);
    }
    m_ids.clear();
    m_fields.clear();
    m_heading->setText(tr("No conflict selected"));
    m_explanation->clear();
}

QUuid ConflictComparisonView::currentConflict() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : QUuid();
}

void ConflictComparisonView::setCurrentConflict(const QUuid &id)
{
    const int row = int(m_ids.indexOf(id));
    if (row >= 0)
        m_table->selectRow(row);
}

QString ConflictComparisonView::cellText(int row, Column column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item ? item->text() : QString();
}

bool ConflictComparisonView::isHighlighted(int row, Column column) const
{
    const QTableWidgetItem *item = m_table->item(row, column);
    return item && item->data(kHighlightRole).toBool();
}

QString ConflictComparisonView::heading() const
{
    return m_heading->text();
}

} // namespace Reqdesk::Gui
