#pragma once

#include <QString>

namespace Reqdesk::Core {

/// Error codes by module range (MuseScore style): core 1xxx, store 2xxx, sync 3xxx, server 4xxx.
enum class ErrorCode : int {
    None = 0,

    // core
    InvalidArgument = 1000,
    ParseError = 1001, ///< malformed input; Error::line says where
    UnsupportedFormat = 1002,
    CurrencyMismatch = 1003, ///< two amounts in different currencies met without conversion
    PeriodMismatch = 1004,
    IllegalTransition = 1005, ///< a stage or status move the state machine refuses
    ReasonRequired = 1006,
    NotFound = 1007,
    IoError = 1008,
    ValueOutOfRange = 1050, ///< too large to compute with, or to send exactly (above 2^53)

    // store
    DatabaseOpenFailed = 2000,
    DatabaseNotReqdesk = 2001, ///< a foreign or damaged file: never overwritten
    SchemaTooNew = 2002,
    MigrationFailed = 2003,
    QueryFailed = 2004,
    DatabaseCorrupt = 2005,
    DiskFull = 2006,
    ConstraintViolated = 2007,
    DatabaseBusy = 2008,

    // sync client
    NetworkError = 3000,      ///< the server could not be reached or the connection broke
    NetworkTimeout = 3001,    ///< no answer within the request timeout
    ServerUnavailable = 3002, ///< 5xx or 409/503 busy: transient, retried with backoff
    BadResponse = 3003,       ///< the server's answer was not what the protocol says
    NotSignedIn = 3004,       ///< no server, user or token: sign in first
    SyncNoProgress = 3005,    ///< retries ran out without a round making progress
    ResponseTooLarge = 3006,  ///< a (decompressed) answer above the client's cap
    TokenStoreFailed = 3007,  ///< the keychain (or token file) could not be read or written
    SyncRejected = 3008,      ///< the server refused the request itself (4xx, not retried)

    // server
    Unauthenticated = 4000,  ///< no, unknown, expired or revoked credentials
    PermissionDenied = 4001, ///< authenticated, but the role may not do this
    RateLimited = 4002,
    TokenReused = 4003, ///< a rotated refresh token came back: its family is revoked
    AlreadyExists = 4004,
    InstanceLocked = 4005, ///< another server process holds the data directory
    ConfigInvalid = 4006,
    PayloadTooLarge = 4007,
    AccountDisabled = 4008,
    EpochMismatch = 4009,       ///< the client's epoch is not the server's: a restore happened
    CursorExpired = 4010,       ///< a sync cursor older than the purge horizon
    CursorAhead = 4011,         ///< a sync cursor beyond the server's counter
    ClientTooOld = 4012,        ///< the client's protocol is below the server's range
    ClientTooNew = 4013,        ///< the client's protocol is above the server's range
    UnsupportedEncoding = 4014, ///< a Content-Encoding other than gzip
    AlreadyResolved = 4015,     ///< a conflict resolved before
};

/// A failure with a machine-readable code, a detail for logs and humans, and an optional line.
struct Error
{
    ErrorCode code = ErrorCode::None;
    QString detail;
    int line = 0; ///< 1-based input line for parse errors; 0 when not applicable

    /// "line 12: detail" when a line is known, else the detail alone.
    QString message() const;
    /// Stable name of the code, e.g. "parse_error", used in JSON output.
    QString codeName() const;
};

} // namespace Reqdesk::Core
