// The exact trigger an approval is asked or given for, read-only: tenant, scope, version, force flag,
// environment and the content hash (short form on screen, the full hash in the tooltip and the accessible
// description). Shared by the request, decision and override dialogs so the three show it alike. Every
// value may come from the ledger and is shown as plain text.
#pragma once

#include "policy/approvalrules.h"

#include <QWidget>

class QLabel;

namespace pdc {

class IntentView : public QWidget
{
    Q_OBJECT
public:
    explicit IntentView(QWidget *parent = nullptr);

    // `environment` may be empty (a request does not carry it): the row is hidden then.
    void showIntent(const TriggerIntent &intent, const QString &environment = QString());

    QLabel *hashLabel() const { return m_hash; }
    QLabel *versionLabel() const { return m_version; }

    // The first 12 hex digits, as the console shows a content hash ("d1f5ad1c5199…").
    static QString shortHash(const QString &hash);

private:
    QLabel *m_tenant = nullptr;
    QLabel *m_scope = nullptr;
    QLabel *m_version = nullptr;
    QLabel *m_force = nullptr;
    QLabel *m_environmentLabel = nullptr;
    QLabel *m_environment = nullptr;
    QLabel *m_hash = nullptr;
};

} // namespace pdc
