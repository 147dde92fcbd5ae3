#pragma once

#include "core/result.h"
#include "core/wire/wirestrictness.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace Reqdesk::Core::Internal {

/// Whether a field must be present.
enum class Presence {
    Key,       ///< required in both strictness modes
    Field,     ///< required when Strict, defaulted when Lenient
    Omittable, ///< may be absent (or null) in both modes
};

/// Reads typed fields out of one JSON object, keeping the first error with the field's path
/// ("requisition.bands[1].min_minor") and which fields were read, so unknown ones can be found.
class WireReader final
{
public:
    WireReader(const QJsonObject &object, Strictness strictness, QString path);

    /// A string field; absent → empty when allowed.
    QString string(const QString &key, Presence presence);
    /// An array of strings.
    QStringList stringList(const QString &key, Presence presence);
    /// An integer in [min, max], refusing fractions and magnitudes above 2^53.
    std::optional<qint64> integer(const QString &key, Presence presence, qint64 min, qint64 max);
    /// A UUID in its 36-character form without braces; the nil UUID is refused.
    QUuid uuid(const QString &key, Presence presence);
    /// An ISO 8601 timestamp with Z or an offset, converted to UTC; null → invalid QDateTime.
    QDateTime dateTime(const QString &key, Presence presence);
    /// A "yyyy-MM-dd" date; absent or null → invalid QDate.
    QDate date(const QString &key, Presence presence);
    /// A three-letter upper-case currency code.
    QString currency(const QString &key, Presence presence);
    /// A nested object; nullopt when absent (and allowed) or on error.
    std::optional<QJsonObject> object(const QString &key, Presence presence);
    /// A nested array; nullopt when absent (and allowed) or on error.
    std::optional<QJsonArray> array(const QString &key, Presence presence);
    /// A string that must be one of an enum's exact names; `parse` maps it.
    template<typename E, typename Parse, typename Name>
    std::optional<E> enumeration(const QString &key, Presence presence, Parse parse, Name name)
    {
        const QString text = string(key, presence);
        if (failed() || (text.isEmpty() && !has(key)))
            return std::nullopt;
        const std::optional<E> value = parse(text);
        // Exact canonical names only: the lenient aliases of the enum parsers are for humans.
        if (!value || name(*value) != text) {
            fail(key, QStringLiteral("unknown value '%1'").arg(text));
            return std::nullopt;
        }
        return value;
    }

    /// True when the object holds the key with a non-null value.
    bool has(const QString &key) const;
    /// Path for a child element: "requisition.bands[2]".
    QString childPath(const QString &key, int index = -1) const;
    /// Records an error on a field unless one is already recorded.
    void fail(const QString &key, const QString &what);
    /// Adopts a child's error.
    void adopt(const Error &error);
    bool failed() const { return m_error.has_value(); }
    Strictness strictness() const { return m_strictness; }
    /// The first error, or (Strict) an error for the first field nobody read.
    Status finish();

private:
    /// The value, or nullopt after recording "missing" when presence demands it.
    std::optional<QJsonValue> take(const QString &key, Presence presence);

    QJsonObject m_object;
    Strictness m_strictness;
    QString m_path;
    QSet<QString> m_read;
    std::optional<Error> m_error;
};

/// A JSON type's name for error messages ("string", "number", "array"...).
QString jsonTypeName(const QJsonValue &value);

} // namespace Reqdesk::Core::Internal
