// libFuzzer target (R3): every posting importer must answer any bytes with a result or an Error,
// never a crash, a hang or undefined behaviour.
#include "core/import/htmltextconverter.h"
#include "core/import/paystatementparser.h"
#include "core/import/postingformatdetector.h"
#include "core/import/postingimporter.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

using namespace Reqdesk::Core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0; // postings are small; bigger inputs only slow the search down
    const QByteArray bytes
            = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    (void)PostingFormatDetector::detect(bytes, QString());
    for (PostingFormat format : {PostingFormat::Text,
                                 PostingFormat::Html,
                                 PostingFormat::Greenhouse,
                                 PostingFormat::Lever}) {
        const Result<ImportResult> result = PostingImporter::import(bytes, format);
        if (result.ok()) {
            // A result is whole: every band it holds is a real range in a known currency.
            for (const Requisition &r : result->requisitions) {
                for (const PayBand &b : r.bands) {
                    if (b.minMinor > b.maxMinor || b.currency.isEmpty())
                        __builtin_trap();
                }
            }
        } else if (result.error().line < 0) {
            __builtin_trap();
        }
    }
    // The pieces directly too, on whatever text the bytes decode to.
    const QString text = QString::fromUtf8(bytes);
    (void)PayStatementParser::parse(text);
    (void)HtmlTextConverter::toText(text);
    return 0;
}
