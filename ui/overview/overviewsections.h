#pragma once

class AccountConnection;
class QWidget;

// The Overview's section for one account, by provider: each provider's view lives in its own
// file and is picked here, so providers grow independently. A section that loads data owns a
// PageReadiness child (empty key) the page waits for. nullptr: the provider has no section yet.
QWidget *createOverviewSection(AccountConnection *connection, QWidget *parent);
