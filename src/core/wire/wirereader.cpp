#include "core/wire/wirereader.h"

#include <QStringList>

#include <algorithm>
#include <cmath>

namespace Reqdesk::Core::Internal {

namespace {
constexpr qint64 kMaxExact = qint64(1) << 53;
constexpr double kMaxExactDouble = 9007199254740992.0;
} // namespace

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("boolean");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

WireReader::WireReader(const QJsonObject &object, Strictness strictness, QString path)
    : m_object(object)
    , m_strictness(strictness)
    , m_path(std::move(path))
{}

bool WireReader::has(const QString &key) const
{
    const auto it = m_object.constFind(key);
    return it != m_object.constEnd() && !it->isNull();
}

QString WireReader::childPath(const QString &key, int index) const
{
    QString p = m_path + u'.' + key;
    if (index >= 0)
        p += u'[' + QString::number(index) + u']';
    return p;
}

void WireReader::fail(const QString &key, const QString &what)
{
    if (m_error)
        return;
    m_error = makeError(ErrorCode::ParseError, m_path + u'.' + key + QStringLiteral(": ") + what);
}

void WireReader::adopt(const Error &error)
{
    if (!m_error)
        m_error = error;
}

std::optional<QJsonValue> WireReader::take(const QString &key, Presence presence)
{
    // Only strict decoding asks which fields were read (finish()): lenient decoding, the hot
    // path of every pulled record, skips the bookkeeping.
    if (m_strictness == Strictness::Strict)
        m_read.insert(key);
    if (m_error)
        return std::nullopt;
    const auto it = m_object.constFind(key);
    if (it == m_object.constEnd()) {
        const bool required
                = presence == Presence::Key
                  || (presence == Presence::Field && m_strictness == Strictness::Strict);
        if (required)
            fail(key, QStringLiteral("missing required field"));
        return std::nullopt;
    }
    if (it->isNull() && presence == Presence::Omittable)
        return std::nullopt;
    return it.value();
}

QString WireReader::string(const QString &key, Presence presence)
{
    const std::optional<QJsonValue> v = take(key, presence);
    if (!v)
        return QString();
    if (!v->isString()) {
        fail(key, QStringLiteral("expected a string, got %1").arg(jsonTypeName(*v)));
        return QString();
    }
    return v->toString();
}

QStringList WireReader::stringList(const QString &key, Presence presence)
{
    const std::optional<QJsonValue> v = take(key, presence);
    if (!v)
        return {};
    if (!v->isArray()) {
        fail(key, QStringLiteral("expected an array of strings, got %1").arg(jsonTypeName(*v)));
        return {};
    }
    const QJsonArray array = v->toArray();
    QStringList out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue item = array.at(i);
        if (!item.isString()) {
            fail(key + u'[' + QString::number(i) + u']',
                 QStringLiteral("expected a string, got %1").arg(jsonTypeName(item)));
            return {};
        }
        out.append(item.toString());
    }
    return out;
}

std::optional<qint64>
WireReader::integer(const QString &key, Presence presence, qint64 min, qint64 max)
{
    const std::optional<QJsonValue> v = take(key, presence);
    if (!v)
        return std::nullopt;
    if (!v->isDouble()) {
        fail(key, QStringLiteral("expected an integer, got %1").arg(jsonTypeName(*v)));
        return std::nullopt;
    }
    const double d = v->toDouble();
    if (!std::isfinite(d) || std::fabs(d) > kMaxExactDouble) {
        fail(key, QStringLiteral("integer above 2^53 cannot travel exactly"));
        return std::nullopt;
    }
    if (std::floor(d) != d) {
        fail(key, QStringLiteral("expected an integer, got a fraction"));
        return std::nullopt;
    }
    // Qt keeps integers it parsed exactly; 2^53 + 1 reads as a double equal to 2^53, so check
    // the exact value as well.
    const qint64 n = v->toInteger(qint64(d));
    if (n > kMaxExact || n < -kMaxExact) {
        fail(key, QStringLiteral("integer above 2^53 cannot travel exactly"));
        return std::nullopt;
    }
    if (n < min || n > max) {
        fail(key, QStringLiteral("%1 is outside %2 … %3").arg(n).arg(min).arg(max));
        return std::nullopt;
    }
    return n;
}

QUuid WireReader::uuid(const QString &key, Presence presence)
{
    const std::optional<QJsonValue> v = take(key, presence);
    if (!v)
        return QUuid();
    if (!v->isString()) {
        fail(key, QStringLiteral("expected a UUID string, got %1").arg(jsonTypeName(*v)));
        return QUuid();
    }
    const QString text = v->toString();
    const QUuid id = QUuid::fromString(text);
    if (text.size() != 36 || id.isNull()) {
        fail(key,
             QStringLiteral("'%1' is not a UUID (36 characters, no braces, not nil)").arg(text));
        return QUuid();
    }
    return id;
}

QDateTime WireReader::dateTime(const QString &key, Presence presence)
{
    const std::optional<QJsonValue> v = take(key, presence);
    if (!v || v->isNull())
        return QDateTime();
    if (!v->isString()) {
        fail(key, QStringLiteral("expected an ISO 8601 timestamp, got %1").arg(jsonTypeName(*v)));
        return QDateTime();
    }
    const QString text = v->toString();
    const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        fail(key, QStringLiteral("'%1' is not an ISO 8601 timestamp").arg(text));
        return QDateTime();
    }
    if (dt.timeSpec() == Qt::LocalTime) {
        fail(key, QStringLiteral("'%1' has no Z or UTC offset").arg(text));
        return QDateTime();
    }
    return dt.toUTC();
}

QDate WireReader::date(const QString &key, Presence presence)
{
    const std::optional<QJsonValue> v = take(key, presence);
    if (!v || v->isNull())
        return QDate();
    if (!v->isString()) {
        fail(key, QStringLiteral("expected a yyyy-MM-dd date, got %1").arg(jsonTypeName(*v)));
        return QDate();
    }
    const QString text = v->toString();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (text.size() != 10 || !d.isValid()) {
        fail(key, QStringLiteral("'%1' is not a yyyy-MM-dd date").arg(text));
        return QDate();
    }
    return d;
}

QString WireReader::currency(const QString &key, Presence presence)
{
    const QString code = string(key, presence);
    if (failed() || (code.isEmpty() && !has(key)))
        return code;
    const bool valid = code.size() == 3 && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
                           return c >= u'A' && c <= u'Z';
                       });
    if (!valid)
        fail(key, QStringLiteral("'%1' is not a three-letter ISO 4217 code").arg(code));
    return code;
}

std::optional<QJsonObject> WireReader::object(const QString &key, Presence presence)
{
    const std::optional<QJsonValue> v = take(key, presence);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        fail(key, QStringLiteral("expected an object, got %1").arg(jsonTypeName(*v)));
        return std::nullopt;
    }
    return v->toObject();
}

std::optional<QJsonArray> WireReader::array(const QString &key, Presence presence)
{
    const std::optional<QJsonValue> v = take(key, presence);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        fail(key, QStringLiteral("expected an array, got %1").arg(jsonTypeName(*v)));
        return std::nullopt;
    }
    return v->toArray();
}

Status WireReader::finish()
{
    if (m_error)
        return *m_error;
    if (m_strictness == Strictness::Strict) {
        QStringList unknown;
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            if (!m_read.contains(it.key()))
                unknown.append(it.key());
        }
        if (!unknown.isEmpty()) {
            unknown.sort();
            return makeError(ErrorCode::ParseError,
                             m_path + u'.' + unknown.first()
                                     + QStringLiteral(": unknown field (strict decoding)"));
        }
    }
    return {};
}

} // namespace Reqdesk::Core::Internal
