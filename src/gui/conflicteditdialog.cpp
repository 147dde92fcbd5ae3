#include "gui/conflicteditdialog.h"

#include "core/currency.h"
#include "core/period.h"
#include "core/requisitionstatus.h"
#include "core/rules/applicationstatemachine.h"
#include "core/stage.h"
#include "gui/applicationtablemodel.h"
#include "gui/conflictvaluetext.h"
#include "gui/displaytext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Reqdesk::Gui {

namespace {

bool isStringList(const QJsonValue &v)
{
    if (!v.isArray())
        return false;
    const QJsonArray a = v.toArray();
    return std::all_of(a.begin(), a.end(), [](const QJsonValue &i) { return i.isString(); });
}

bool isMoney(const QJsonValue &v)
{
    return v.isObject() && v.toObject().contains(QStringLiteral("minor"))
           && v.toObject().contains(QStringLiteral("currency"));
}

bool isRequired(const QString &field)
{
    return field == QLatin1String("title") || field == QLatin1String("name");
}

// An amount typed the way the locale writes it ("100,600.50", "100 600,5") or plainly
// ("100600.5"), to exact minor units: never through a double.
std::optional<qint64> parseAmount(QString text, const QString &currency, const QLocale &locale)
{
    text = text.trimmed();
    text.remove(locale.groupSeparator());
    text.remove(u' ');
    text.remove(QChar(0x00A0));
    text.remove(QChar(0x202F));
    QString decimal = locale.decimalPoint();
    if (!text.contains(decimal) && text.count(u'.') == 1)
        decimal = QStringLiteral(".");
    const QStringList parts = text.split(decimal);
    if (parts.isEmpty() || parts.size() > 2 || parts.first().isEmpty())
        return std::nullopt;
    const int digits = Core::Currency::minorDigits(currency);
    const QString fraction = parts.size() == 2 ? parts.at(1) : QString();
    if (fraction.size() > digits)
        return std::nullopt;
    for (const QString &p : parts) {
        for (QChar ch : p) {
            if (!ch.isDigit())
                return std::nullopt;
        }
    }
    bool ok = false;
    const qint64 major = parts.first().toLongLong(&ok);
    // 2^53: the wire format's exact-integer limit.
    if (!ok || major > (qint64(1) << 53) / Core::Currency::minorPerMajor(currency))
        return std::nullopt;
    const qint64 minor
            = fraction.isEmpty() ? 0 : fraction.leftJustified(digits, u'0').toLongLong(&ok);
    return major * Core::Currency::minorPerMajor(currency) + minor;
}

} // namespace

ConflictEditDialog::ConflictEditDialog(const Store::Conflict &conflict,
                                       const QString &recordTitle,
                                       QWidget *parent)
    : QDialog(parent)
    , m_conflict(conflict)
{
    setObjectName(QStringLiteral("conflictEditDialog"));
    const QString fieldLabel = ConflictValueText::field(conflict.entity, conflict.field);
    setWindowTitle(tr("Edit %1").arg(fieldLabel));

    const QJsonValue sample = conflict.localValue.isNull() || conflict.localValue.isUndefined()
                                      ? conflict.serverValue
                                      : conflict.localValue;
    if (conflict.field == QLatin1String("stage") || conflict.field == QLatin1String("status"))
        m_mode = ChoiceMode;
    else if (isMoney(sample))
        m_mode = MoneyMode;
    else if (sample.isDouble())
        m_mode = IntegerMode;
    else if (sample.isString())
        m_mode = conflict.localValue.toString().contains(u'\n')
                                 || conflict.serverValue.toString().contains(u'\n')
                                 || conflict.field == QLatin1String("overview")
                         ? MultiLineMode
                         : TextMode;
    else if (isStringList(conflict.localValue) && isStringList(conflict.serverValue))
        m_mode = ListMode;
    else
        m_mode = JsonMode;

    auto *intro = new QLabel(tr("%1 of \u201c%2\u201d was changed here and on the server. Enter "
                                "the value to keep; it is saved here and sent with the next sync.")
                                     .arg(fieldLabel, recordTitle),
                             this);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);

    auto *values = new QFormLayout;
    const QList<std::pair<QString, QJsonValue>> sides{
            {tr("Base (last synced):"), conflict.baseValue},
            {tr("Mine:"), conflict.localValue},
            {tr("Theirs:"), conflict.serverValue}};
    for (const auto &[label, v] : sides) {
        auto *text = new QLabel(ConflictValueText::value(conflict.field, v), this);
        text->setTextFormat(Qt::PlainText);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        values->addRow(label, text);
    }

    m_line = new QLineEdit(this);
    m_line->setObjectName(QStringLiteral("mergedLine"));
    m_line->setAccessibleName(tr("Merged value"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("mergedText"));
    m_text->setAccessibleName(tr("Merged value"));
    m_text->setTabChangesFocus(true);
    m_combo = new QComboBox(this);
    m_combo->setObjectName(QStringLiteral("mergedChoice"));
    m_combo->setAccessibleName(tr("Merged value"));
    if (conflict.field == QLatin1String("stage")) {
        for (Core::Stage s : Core::ApplicationStateMachine::allStages())
            m_combo->addItem(ApplicationTableModel::stageText(s), Core::stageName(s));
    } else if (conflict.field == QLatin1String("status")) {
        using S = Core::RequisitionStatus;
        for (S s :
             {S::Draft, S::PendingApproval, S::Open, S::OnHold, S::Filled, S::Closed, S::Cancelled})
            m_combo->addItem(DisplayText::status(s), Core::requisitionStatusName(s));
    }
    m_unit = new QLabel(this);
    auto *lineRow = new QWidget(this);
    auto *lineLayout = new QHBoxLayout(lineRow);
    lineLayout->setContentsMargins(0, 0, 0, 0);
    lineLayout->addWidget(m_line, 1);
    lineLayout->addWidget(m_unit);
    m_editors = new QStackedWidget(this);
    m_editors->addWidget(lineRow);
    m_editors->addWidget(m_text);
    m_editors->addWidget(m_combo);
    switch (m_mode) {
    case TextMode:
    case IntegerMode:
    case MoneyMode:
        m_editors->setCurrentIndex(0);
        break;
    case MultiLineMode:
    case ListMode:
    case JsonMode:
        m_editors->setCurrentIndex(1);
        break;
    case ChoiceMode:
        m_editors->setCurrentIndex(2);
        break;
    }
    if (m_mode == MoneyMode) {
        const QJsonObject o = sample.toObject();
        QString unit = o.value(QStringLiteral("currency")).toString();
        if (const auto p = Core::periodFromName(o.value(QStringLiteral("period")).toString()))
            unit += u' ' + DisplayText::period(*p);
        m_unit->setText(unit);
    }
    QString hint;
    if (m_mode == ListMode)
        hint = tr("One item a line.");
    else if (m_mode == JsonMode)
        hint = tr("A structured value, written as JSON.");
    else if (m_mode == MoneyMode)
        hint = tr("An amount, such as 120,000 or 120000.50.");
    auto *hintLabel = new QLabel(hint, this);
    hintLabel->setVisible(!hint.isEmpty());
    hintLabel->setEnabled(false);

    auto *startMine = new QPushButton(tr("Start from &mine"), this);
    startMine->setObjectName(QStringLiteral("startFromMine"));
    auto *startTheirs = new QPushButton(tr("Start from &theirs"), this);
    startTheirs->setObjectName(QStringLiteral("startFromTheirs"));
    connect(startMine, &QPushButton::clicked, this, [this] { setValue(m_conflict.localValue); });
    connect(startTheirs, &QPushButton::clicked, this, [this] { setValue(m_conflict.serverValue); });
    auto *starts = new QHBoxLayout;
    starts->addWidget(startMine);
    starts->addWidget(startTheirs);
    starts->addStretch();

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problemLabel"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Keep this value"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(values);
    layout->addWidget(new QLabel(tr("Value to keep:"), this));
    layout->addWidget(m_editors, 1);
    layout->addWidget(hintLabel);
    layout->addLayout(starts);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_line, &QLineEdit::textChanged, this, &ConflictEditDialog::validate);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ConflictEditDialog::validate);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &ConflictEditDialog::validate);
    setValue(conflict.localValue);
    resize(560, 420);
}

void ConflictEditDialog::setValue(const QJsonValue &value)
{
    const QLocale locale;
    switch (m_mode) {
    case TextMode:
        m_line->setText(value.toString());
        break;
    case MultiLineMode:
        m_text->setPlainText(value.toString());
        break;
    case IntegerMode:
        m_line->setText(value.isDouble() ? QString::number(value.toInteger()) : QString());
        break;
    case MoneyMode: {
        const QJsonObject o = value.toObject();
        const QString currency = o.value(QStringLiteral("currency")).toString();
        const qint64 minor = o.value(QStringLiteral("minor")).toInteger();
        const qint64 per = Core::Currency::minorPerMajor(currency);
        QString text = QString::number(minor / per);
        if (minor % per != 0)
            text += locale.decimalPoint()
                    + QString::number(qAbs(minor % per))
                              .rightJustified(Core::Currency::minorDigits(currency), u'0');
        m_line->setText(value.isObject() ? text : QString());
        break;
    }
    case ListMode: {
        QStringList lines;
        for (const QJsonValue &item : value.toArray())
            lines << item.toString();
        m_text->setPlainText(lines.join(u'\n'));
        break;
    }
    case ChoiceMode: {
        const int at = m_combo->findData(value.toString());
        m_combo->setCurrentIndex(at >= 0 ? at : 0);
        break;
    }
    case JsonMode:
        if (value.isObject())
            m_text->setPlainText(QString::fromUtf8(QJsonDocument(value.toObject()).toJson()));
        else if (value.isArray())
            m_text->setPlainText(QString::fromUtf8(QJsonDocument(value.toArray()).toJson()));
        else {
            // A scalar has no document of its own: write it inside [ ] and take it out again.
            const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
            m_text->setPlainText(QString::fromUtf8(text.mid(1, text.size() - 2)));
        }
        break;
    }
    validate();
}

std::optional<QJsonValue> ConflictEditDialog::parse(QString *problem) const
{
    const QString field = m_conflict.field;
    switch (m_mode) {
    case TextMode:
    case MultiLineMode: {
        const QString text = m_mode == TextMode ? m_line->text().trimmed() : m_text->toPlainText();
        if (isRequired(field) && text.trimmed().isEmpty()) {
            *problem = tr("%1 cannot be empty.")
                               .arg(ConflictValueText::field(m_conflict.entity, field));
            return std::nullopt;
        }
        return QJsonValue(text);
    }
    case IntegerMode: {
        bool ok = false;
        const QString text = m_line->text().trimmed();
        qint64 n = QLocale().toLongLong(text, &ok);
        if (!ok)
            n = text.toLongLong(&ok);
        if (!ok || n < 0) {
            *problem = tr("Enter a whole number, 0 or more.");
            return std::nullopt;
        }
        return QJsonValue(n);
    }
    case MoneyMode: {
        QJsonObject o = m_conflict.localValue.isObject() ? m_conflict.localValue.toObject()
                                                         : m_conflict.serverValue.toObject();
        if (m_line->text().trimmed().isEmpty())
            return QJsonValue(QJsonValue::Null);
        const auto minor = parseAmount(
                m_line->text(), o.value(QStringLiteral("currency")).toString(), QLocale());
        if (!minor) {
            *problem = tr("Enter an amount such as 120,000 or 120000.50.");
            return std::nullopt;
        }
        o.insert(QStringLiteral("minor"), *minor);
        return o;
    }
    case ListMode: {
        QJsonArray items;
        const QStringList lines = m_text->toPlainText().split(u'\n');
        for (const QString &line : lines) {
            if (!line.trimmed().isEmpty())
                items.append(line.trimmed());
        }
        return items;
    }
    case ChoiceMode:
        return QJsonValue(m_combo->currentData().toString());
    case JsonMode: {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(
                QByteArray("[") + m_text->toPlainText().toUtf8() + QByteArray("]"), &error);
        // Wrapped in [ ] so scalars parse too.
        const QJsonValue v = doc.array().size() == 1 ? doc.array().first() : QJsonValue();
        if (doc.isNull() || doc.array().size() != 1) {
            *problem = tr("Not valid JSON: %1.").arg(error.errorString());
            return std::nullopt;
        }
        const auto type = m_conflict.localValue.isNull() ? m_conflict.serverValue.type()
                                                         : m_conflict.localValue.type();
        if (!v.isNull() && v.type() != type) {
            *problem = tr("The value must have the same shape as mine and theirs.");
            return std::nullopt;
        }
        return v;
    }
    }
    return std::nullopt;
}

std::optional<QJsonValue> ConflictEditDialog::value() const
{
    QString problem;
    return parse(&problem);
}

QString ConflictEditDialog::problem() const
{
    QString problem;
    parse(&problem);
    return problem;
}

void ConflictEditDialog::validate()
{
    QString problem;
    const bool ok = parse(&problem).has_value();
    m_problem->setText(problem);
    m_problem->setVisible(!ok);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

} // namespace Reqdesk::Gui
