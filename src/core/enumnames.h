#pragma once

#include <QString>

#include <optional>

namespace Reqdesk::Core::Internal {

/// One row of an enum ↔ stable-name table.
template<typename E>
struct EnumName
{
    E value;
    const char16_t *name;
};

template<typename E, size_t N>
QString nameOf(const EnumName<E> (&table)[N], E value)
{
    for (const auto &row : table) {
        if (row.value == value)
            return QString::fromUtf16(row.name);
    }
    return QString();
}

/// Case-insensitive; accepts '-' and ' ' for '_' so "on hold" and "on-hold" both work.
template<typename E, size_t N>
std::optional<E> valueOf(const EnumName<E> (&table)[N], QStringView name)
{
    QString key = name.trimmed().toString().toLower();
    key.replace(u'-', u'_').replace(u' ', u'_');
    for (const auto &row : table) {
        if (key == QStringView(row.name))
            return row.value;
    }
    return std::nullopt;
}

} // namespace Reqdesk::Core::Internal
