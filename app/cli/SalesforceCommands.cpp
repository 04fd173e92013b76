#include "SalesforceCommands.h"

#include "Output.h"
#include "ZoomCommands.h"
#include "salesforce/SalesforceIds.h"

namespace syncdesk::cli {

int SalesforceCommands::orgId(const QString& id)
{
    const OrgIdCheck check = SalesforceIds::checkOrgId(id);
    if (!check.ok()) {
        printErr(tr("Error: %1").arg(check.error().describe()));
        return ExitFailure;
    }
    printOut(check.id18);
    return ExitOk;
}

} // namespace syncdesk::cli
