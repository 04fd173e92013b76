#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace syncdesk {

// One person of the simulated organisation, with everything the sandbox needs to answer the
// Zoom user, presence and phone endpoints about them.
struct SandboxUser
{
    QString id, firstName, lastName, displayName, email, dept, jobTitle, timezone, language, location, roleId,
        status /* "active"|"inactive"|"pending" */, presence /* REST presence value */;
    int type = 1;            // 1 Basic, 2 Licensed
    int extensionNumber = 0; // e.g. 1001; 0 when the user has no Zoom Phone
    QString phoneNumber;     // E.164, e.g. "+493012345678"
    QString phoneUserId, extensionId, siteName;
    QDateTime createdAt;
};

// A deterministic organisation: the same (count, seed) always gives the same people, so tests,
// screenshots and bug reports can refer to "user 17 of seed 1". A smaller count with the same
// seed yields a prefix of a larger one.
class SandboxDirectory
{
public:
    // Deterministic for a seed; 100,000 users generate in well under a second.
    // German, Japanese (kanji names, romaji e-mail addresses), US and UK English people with
    // matching time zones, languages, offices and phone numbers; ~5% inactive, ~2% pending
    // (pending users have no id, as in Zoom); extensions count up from 1001; e-mails are unique.
    static QList<SandboxUser> generate(int count, quint32 seed);
};

} // namespace syncdesk
