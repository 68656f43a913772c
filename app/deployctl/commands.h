// The commands of deployctl on one PortalClient, run asynchronously on the event loop; finished(code)
// ends the program.
#pragma once

#include "cliargs.h"
#include "domain/apierror.h"
#include "domain/clock.h"
#include "domain/connectionprofile.h"

#include <QObject>
#include <functional>
#include <memory>

namespace pdc {
class PortalClient;
struct UpgradeStatus;
} // namespace pdc

namespace deployctl {

class Commands : public QObject
{
    Q_OBJECT
public:
    Commands(CliArgs args, pdc::ConnectionProfile profile, QObject *parent = nullptr);
    ~Commands() override;
    void start();

signals:
    void finished(int exitCode);

private:
    void done(int code);
    void fail(const pdc::ApiError &error);
    void usageError(const QString &message);
    QString user() const;
    void withSession(std::function<void()> next);

    void login();
    void logout();
    void versions();
    void upgrade();
    void status();
    void history();
    void health();
    void watch(const QString &upgradeId);
    int exitCodeFor(const pdc::UpgradeStatus &status) const;

    CliArgs m_args;
    pdc::ConnectionProfile m_profile;
    pdc::SystemClock m_clock;
    std::unique_ptr<pdc::PortalClient> m_client;
    bool m_keychainWarned = false;
    bool m_done = false;
};

} // namespace deployctl
