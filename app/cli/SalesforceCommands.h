#pragma once

#include <QCoreApplication>
#include <QString>

namespace syncdesk::cli {

class SalesforceCommands
{
    Q_DECLARE_TR_FUNCTIONS(SalesforceCommands)
public:
    // `salesforce orgid ID`: the 18-character form on stdout (0), or on stderr which rule the ID
    // breaks and what to do (1). Offline: scripts use it to normalise IDs before comparing them.
    static int orgId(const QString& id);
};

} // namespace syncdesk::cli
