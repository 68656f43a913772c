#include "profileeditor.h"

#include "domain/portalurl.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace pdc {

namespace {
QString routeTitle(AssumedRoute route)
{
    switch (route) {
    case AssumedRoute::Login:
        return ProfileEditor::tr("Login");
    case AssumedRoute::Logout:
        return ProfileEditor::tr("Logout");
    case AssumedRoute::Session:
        return ProfileEditor::tr("Session check");
    case AssumedRoute::ConnectorHealth:
        return ProfileEditor::tr("Connector health");
    case AssumedRoute::ProviderHealth:
        return ProfileEditor::tr("Provider health");
    case AssumedRoute::ProviderProbe:
        return ProfileEditor::tr("Provider probe");
    case AssumedRoute::ConnectorProbe:
        return ProfileEditor::tr("Connector probe");
    case AssumedRoute::License:
        return ProfileEditor::tr("License view");
    case AssumedRoute::Usage:
        return ProfileEditor::tr("Usage view");
    }
    return {};
}
} // namespace

ProfileEditor::ProfileEditor(const ConnectionProfile &profile, const QStringList &existingNames,
                             QWidget *parent)
    : QDialog(parent)
    , m_original(profile)
    , m_taken(existingNames)
{
    setWindowTitle(profile.name.isEmpty() ? tr("New Connection Profile") : tr("Edit Connection Profile"));
    setAccessibleName(windowTitle());
    auto *outer = new QVBoxLayout(this);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    auto *layout = new QVBoxLayout(body);
    scroll->setWidget(body);
    outer->addWidget(scroll);

    auto *form = new QFormLayout;
    auto addField = [&](const QString &label, QWidget *field, const QString &accessible) {
        field->setAccessibleName(accessible);
        auto *l = new QLabel(label, body);
        l->setBuddy(field);
        form->addRow(l, field);
    };
    m_name = new QLineEdit(profile.name, body);
    m_name->setObjectName(QStringLiteral("profileName"));
    addField(tr("&Name:"), m_name, tr("Profile name"));
    m_url = new QLineEdit(profile.portalUrl.toString(), body);
    m_url->setObjectName(QStringLiteral("profileUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://portal.example.com"));
    addField(tr("Portal &URL:"), m_url, tr("Portal URL"));
    m_tenant = new QLineEdit(profile.tenant, body);
    m_tenant->setObjectName(QStringLiteral("profileTenant"));
    addField(tr("&Tenant:"), m_tenant, tr("Tenant"));
    m_environment = new QComboBox(body);
    m_environment->setObjectName(QStringLiteral("profileEnvironment"));
    m_environment->setEditable(true);
    m_environment->addItems(
        {QStringLiteral("production"), QStringLiteral("staging"), QStringLiteral("development")});
    m_environment->setCurrentText(profile.environment.isEmpty() ? QStringLiteral("staging")
                                                                : profile.environment);
    addField(tr("&Environment:"), m_environment, tr("Environment"));
    m_username = new QLineEdit(profile.username, body);
    m_username->setObjectName(QStringLiteral("profileUsername"));
    addField(tr("User na&me:"), m_username, tr("User name"));

    m_caBundle = new QLineEdit(profile.caBundlePath, body);
    m_caBundle->setObjectName(QStringLiteral("profileCaBundle"));
    m_caBundle->setAccessibleName(tr("CA bundle file"));
    m_caBundle->setPlaceholderText(tr("Optional PEM file for a private certificate authority"));
    auto *caRow = fileRow(m_caBundle, tr("Choose a CA bundle file"), body);
    auto *caLabel = new QLabel(tr("C&A bundle:"), body);
    caLabel->setBuddy(m_caBundle);
    form->addRow(caLabel, caRow);
    layout->addLayout(form);

    // The team ledger (docs/ledger.md): optional; its password goes to the OS keychain, never here.
    auto *ledger = new QGroupBox(tr("Team ledger (optional: share records with the team)"), body);
    ledger->setObjectName(QStringLiteral("ledgerGroup"));
    auto *ledgerForm = new QFormLayout(ledger);
    auto addLedgerField = [&](const QString &label, QWidget *field, const QString &accessible,
                              QWidget *row = nullptr) {
        field->setAccessibleName(accessible);
        auto *l = new QLabel(label, ledger);
        l->setBuddy(field);
        ledgerForm->addRow(l, row ? row : field);
    };
    const LedgerSettings &ls = profile.ledger;
    m_ledgerHost = new QLineEdit(ls.host, ledger);
    m_ledgerHost->setObjectName(QStringLiteral("ledgerHost"));
    m_ledgerHost->setPlaceholderText(tr("PostgreSQL server, e.g. db.example.com (empty: no ledger)"));
    addLedgerField(tr("Ledger &host:"), m_ledgerHost, tr("Ledger host"));
    m_ledgerPort = new QSpinBox(ledger);
    m_ledgerPort->setObjectName(QStringLiteral("ledgerPort"));
    m_ledgerPort->setRange(1, 65535);
    m_ledgerPort->setValue(ls.port);
    addLedgerField(tr("Ledger p&ort:"), m_ledgerPort, tr("Ledger port"));
    m_ledgerDatabase = new QLineEdit(ls.database, ledger);
    m_ledgerDatabase->setObjectName(QStringLiteral("ledgerDatabase"));
    addLedgerField(tr("Ledger &database:"), m_ledgerDatabase, tr("Ledger database"));
    m_ledgerUser = new QLineEdit(ls.user, ledger);
    m_ledgerUser->setObjectName(QStringLiteral("ledgerUser"));
    addLedgerField(tr("Ledger u&ser:"), m_ledgerUser, tr("Ledger user"));
    m_ledgerPassword = new QLineEdit(ledger);
    m_ledgerPassword->setObjectName(QStringLiteral("ledgerPassword"));
    m_ledgerPassword->setEchoMode(QLineEdit::Password);
    m_ledgerPassword->setPlaceholderText(tr("Kept in the OS keychain; leave empty to keep the stored one"));
    addLedgerField(tr("Ledger pass&word:"), m_ledgerPassword, tr("Ledger password"));
    m_ledgerCaBundle = new QLineEdit(ls.caBundlePath, ledger);
    m_ledgerCaBundle->setObjectName(QStringLiteral("ledgerCaBundle"));
    m_ledgerCaBundle->setPlaceholderText(
        tr("Optional PEM file; empty: the system's certificate authorities"));
    addLedgerField(tr("Ledger CA &file:"), m_ledgerCaBundle, tr("Ledger CA bundle file"),
                   fileRow(m_ledgerCaBundle, tr("Choose the ledger's CA bundle file"), ledger));
    m_ledgerSslMode = new QComboBox(ledger);
    m_ledgerSslMode->setObjectName(QStringLiteral("ledgerSslMode"));
    m_ledgerSslMode->addItems(LedgerSettings::sslModes());
    m_ledgerSslMode->setCurrentText(ls.sslMode.isEmpty() ? QStringLiteral("verify-full") : ls.sslMode);
    addLedgerField(tr("Ledger TLS &verification (sslmode):"), m_ledgerSslMode, tr("Ledger TLS mode"));
    // Without a ledger no shared policy or approval can be read (docs/policy.md): the profile says
    // whether production upgrades are then refused (the default) or go with a warning.
    m_noLedgerMode = new QComboBox(ledger);
    m_noLedgerMode->setObjectName(QStringLiteral("noLedgerMode"));
    m_noLedgerMode->addItem(tr("Refused (recommended)"), toWire(NoLedgerMode::RefuseProduction));
    m_noLedgerMode->addItem(tr("Allowed, with a warning that no safeguard was checked"),
                            toWire(NoLedgerMode::AllowProductionWithWarning));
    m_noLedgerMode->setCurrentIndex(m_noLedgerMode->findData(toWire(profile.noLedgerMode)));
    addLedgerField(tr("&Production upgrades without a ledger:"), m_noLedgerMode,
                   tr("Production upgrades when no team ledger is set"));
    m_ledgerNote = new QLabel(ledger);
    m_ledgerNote->setObjectName(QStringLiteral("ledgerNote"));
    m_ledgerNote->setTextFormat(Qt::PlainText);
    m_ledgerNote->setWordWrap(true);
    ledgerForm->addRow(m_ledgerNote);
    layout->addWidget(ledger);

    auto *routes = new QGroupBox(tr("Assumed routes (leave empty for the contract's default)"), body);
    auto *routeForm = new QFormLayout(routes);
    for (AssumedRoute route : allAssumedRoutes()) {
        auto *edit = new QLineEdit(profile.routeOverrides.value(route), routes);
        edit->setObjectName(QStringLiteral("route_") + assumedRouteKey(route));
        edit->setPlaceholderText(defaultRoute(route));
        edit->setAccessibleName(tr("Path of the %1 route").arg(routeTitle(route)));
        routeForm->addRow(routeTitle(route), edit);
        m_routes.insert(route, edit);
    }
    layout->addWidget(routes);

    auto *links = new QGroupBox(tr("Dashboard links"), body);
    auto *linkForm = new QFormLayout(links);
    auto *hint = new QLabel(tr("Placeholders: {upgrade_id} {service} {cluster} {from} {to}"), links);
    hint->setWordWrap(true);
    linkForm->addRow(hint);
    m_metrics = new QLineEdit(profile.metricsLinkTemplate, links);
    m_metrics->setObjectName(QStringLiteral("metricsTemplate"));
    m_metrics->setAccessibleName(tr("Metrics dashboard link template"));
    auto *metricsLabel = new QLabel(tr("Me&trics:"), links);
    metricsLabel->setBuddy(m_metrics);
    linkForm->addRow(metricsLabel, m_metrics);
    m_logs = new QLineEdit(profile.logsLinkTemplate, links);
    m_logs->setObjectName(QStringLiteral("logsTemplate"));
    m_logs->setAccessibleName(tr("Logs link template"));
    auto *logsLabel = new QLabel(tr("&Logs:"), links);
    logsLabel->setBuddy(m_logs);
    linkForm->addRow(logsLabel, m_logs);
    layout->addWidget(links);

    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_problem->setObjectName(QStringLiteral("profileProblem"));
    m_problem->setWordWrap(true);
    outer->addWidget(m_problem);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save profile"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(m_buttons);

    for (QLineEdit *edit : {m_name, m_url, m_tenant, m_caBundle, m_ledgerHost, m_ledgerDatabase, m_ledgerUser,
                            m_ledgerCaBundle, m_ledgerPassword})
        connect(edit, &QLineEdit::textChanged, this, &ProfileEditor::validate);
    connect(m_environment, &QComboBox::currentTextChanged, this, &ProfileEditor::validate);
    connect(m_ledgerSslMode, &QComboBox::currentTextChanged, this, &ProfileEditor::validate);
    resize(640, 720);
    validate();
}

QWidget *ProfileEditor::fileRow(QLineEdit *edit, const QString &browseAccessibleName, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    edit->setParent(row);
    auto *browse = new QPushButton(tr("&Browse\u2026"), row);
    browse->setAccessibleName(browseAccessibleName);
    connect(browse, &QPushButton::clicked, this, [this, edit] {
        auto *dialog = new QFileDialog(this, tr("Choose a CA Bundle"), QString(),
                                       tr("PEM certificates (*.pem *.crt);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QFileDialog::fileSelected, edit, &QLineEdit::setText);
        dialog->open();
    });
    rowLayout->addWidget(edit, 1);
    rowLayout->addWidget(browse);
    return row;
}

QString ProfileEditor::ledgerPassword() const
{
    return m_ledgerPassword->text();
}

ConnectionProfile ProfileEditor::profile() const
{
    ConnectionProfile p = m_original;
    p.name = m_name->text().trimmed();
    p.portalUrl = QUrl::fromUserInput(m_url->text().trimmed());
    p.tenant = m_tenant->text().trimmed();
    p.environment = m_environment->currentText().trimmed();
    p.caBundlePath = m_caBundle->text().trimmed();
    p.username = m_username->text().trimmed();
    p.routeOverrides.clear();
    for (auto it = m_routes.cbegin(); it != m_routes.cend(); ++it) {
        const QString path = it.value()->text().trimmed();
        if (!path.isEmpty())
            p.routeOverrides.insert(it.key(), path);
    }
    p.metricsLinkTemplate = m_metrics->text().trimmed();
    p.logsLinkTemplate = m_logs->text().trimmed();
    p.ledger.host = m_ledgerHost->text().trimmed();
    p.ledger.port = m_ledgerPort->value();
    p.ledger.database = m_ledgerDatabase->text().trimmed();
    p.ledger.user = m_ledgerUser->text().trimmed();
    p.ledger.caBundlePath = m_ledgerCaBundle->text().trimmed();
    p.ledger.sslMode = m_ledgerSslMode->currentText();
    p.noLedgerMode = noLedgerModeFromWire(m_noLedgerMode->currentData().toString())
                         .value_or(NoLedgerMode::RefuseProduction);
    return p;
}

QString ProfileEditor::problem() const
{
    const ConnectionProfile p = profile();
    if (p.name.isEmpty())
        return tr("Give the profile a name.");
    if (p.name != m_original.name && m_taken.contains(p.name))
        return tr("A profile named \u201c%1\u201d exists already.").arg(p.name);
    const PortalUrlProblem urlProblem = portalUrlProblem(p.portalUrl);
    if (urlProblem == PortalUrlProblem::NotHttp)
        return tr("Enter the portal's http or https URL.");
    if (urlProblem == PortalUrlProblem::UserInfo)
        return tr(
            "Remove the user name and password from the portal URL (user:password@): the console never "
            "keeps them in a URL. Enter the user name below; the password is asked for when you sign in.");
    if (p.tenant.isEmpty())
        return tr("Enter the tenant this profile changes.");
    if (p.environment.isEmpty())
        return tr("Enter the environment.");
    if (!p.caBundlePath.isEmpty() && !QFileInfo(p.caBundlePath).isReadable())
        return tr("The CA bundle file cannot be read.");
    const LedgerSettings &l = p.ledger;
    const bool anyLedger = !l.host.isEmpty() || !l.database.isEmpty() || !l.user.isEmpty() ||
                           !l.caBundlePath.isEmpty() || !ledgerPassword().isEmpty();
    if (anyLedger) {
        if (l.host.isEmpty())
            return tr("Enter the team ledger's host, or clear the ledger fields to keep records on this "
                      "workstation only.");
        if (l.host.contains(QLatin1Char('/')) || l.host.contains(QLatin1Char(' ')) ||
            l.host.contains(QLatin1Char('@')))
            return tr("Enter only the ledger's host name (no scheme, path, user or spaces).");
        if (l.database.isEmpty())
            return tr("Enter the team ledger's database.");
        if (l.user.isEmpty())
            return tr("Enter the user this workstation signs in to the ledger with.");
        if (!l.caBundlePath.isEmpty() && !QFileInfo(l.caBundlePath).isReadable())
            return tr("The ledger's CA bundle file cannot be read.");
    }
    return {};
}

void ProfileEditor::validate()
{
    const QString problemText = problem();
    m_problem->setText(problemText);
    m_problem->setVisible(!problemText.isEmpty());
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(problemText.isEmpty());
    const QString mode = m_ledgerSslMode->currentText();
    QString note;
    if (!m_ledgerHost->text().trimmed().isEmpty() && mode != QLatin1String("verify-full"))
        note = mode == QLatin1String("verify-ca")
                   ? tr("Note: with verify-ca the server's certificate is checked but not its host name.")
                   : tr("Warning: with sslmode %1 the ledger server's identity is not checked; use "
                        "verify-full unless you know why not.")
                         .arg(mode);
    m_ledgerNote->setText(note);
    m_ledgerNote->setVisible(!note.isEmpty());
}

} // namespace pdc
