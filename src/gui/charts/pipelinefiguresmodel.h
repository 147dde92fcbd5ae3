#pragma once

#include "gui/charts/pipelinefunnel.h"
#include "gui/charts/stagedurations.h"

#include <QAbstractTableModel>

namespace Reqdesk::Gui {

/// The figures of a pipeline chart as a table beside it (what a screen reader or a keyboard
/// user reads instead of the bars): one row per stage, either the funnel's counts and
/// conversions or the time in stage. data() reads memory only.
class PipelineFiguresModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineFiguresModel)

public:
    /// Which chart the table accompanies.
    enum class Kind { Funnel, TimeInStage };
    /// Funnel columns.
    enum FunnelColumn {
        StageColumn,
        ReachedColumn,
        ConversionColumn,
        ShareColumn,
        CurrentColumn,
        ExitedColumn,
        FunnelColumnCount
    };
    /// Time-in-stage columns (StageColumn first, as in the funnel).
    enum DurationColumn { MedianColumn = 1, MeanColumn, StaysColumn, DurationColumnCount };
    /// Raw values for sorting (numbers, not display text).
    enum Role : int { SortRole = Qt::UserRole + 1, StageRole };

    /// An empty table of `kind`.
    explicit PipelineFiguresModel(Kind kind, QObject *parent = nullptr);
    ~PipelineFiguresModel() override;

    /// Which figures the table shows.
    Kind kind() const { return m_kind; }
    /// Shows the funnel's figures (a Funnel table).
    void setFunnel(const PipelineFunnel &funnel);
    /// Shows the time-in-stage figures (a TimeInStage table).
    void setDurations(const StageDurations &durations);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant funnelData(int row, int column, int role) const;
    QVariant durationData(int row, int column, int role) const;

    Kind m_kind;
    PipelineFunnel m_funnel;
    StageDurations m_durations;
    bool m_hasData = false;
};

} // namespace Reqdesk::Gui
