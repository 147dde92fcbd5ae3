#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QStringList>

namespace Reqdesk::Core::Internal {

/// 1-based line of a byte offset ("\n" counted), for errors that know only an offset.
int lineOfOffset(const QByteArray &data, qsizetype offset);
/// "full_time", "part_time", "contract", "internship" or "temporary" from words like
/// "Full-time" or "Contractor"; empty when none or when two different kinds are stated.
QString employmentTypeOf(QStringView text);
/// "onsite", "hybrid" or "remote" from words like "On-site" or "Remote (US)"; empty when none.
QString workplaceTypeOf(QStringView text);
/// The workplace type all the given locations share ("Remote (US)" → "remote"); empty when
/// any location states none or they differ ("Seattle; Remote" is not a remote job).
QString sharedWorkplaceTypeOf(const QStringList &locations);
/// Strict UTF-8 to text: an error naming the line of the first byte that is not text
/// (invalid UTF-8, NUL or other control characters), so binary files are refused whole.
Result<QString> decodeText(const QByteArray &data);
/// JSON document or a ParseError naming the line of the syntax error.
Result<QJsonDocument> parseJson(const QByteArray &data);

} // namespace Reqdesk::Core::Internal
