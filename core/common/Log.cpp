#include "Log.h"

Q_LOGGING_CATEGORY(lcNet, "syncdesk.net", QtInfoMsg)
Q_LOGGING_CATEGORY(lcZoom, "syncdesk.zoom", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "syncdesk.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfile, "syncdesk.profile", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "syncdesk.sandbox", QtWarningMsg)
Q_LOGGING_CATEGORY(lcMonitor, "syncdesk.monitor", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "syncdesk.ui", QtInfoMsg)
