#include "policydialog.h"

#include "policy/policyjson.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>
#include <algorithm>

namespace pdc {

namespace {

QString classText(EnvironmentClass c)
{
    switch (c) {
    case EnvironmentClass::Production:
        return PolicyDialog::tr("production");
    case EnvironmentClass::Staging:
        return PolicyDialog::tr("staging");
    case EnvironmentClass::Development:
        return PolicyDialog::tr("development");
    case EnvironmentClass::Custom:
        break;
    }
    return PolicyDialog::tr("custom");
}

QString duration(qint64 seconds)
{
    const qint64 minutes = seconds / 60;
    if (minutes % (24 * 60) == 0)
        return PolicyDialog::tr("%n day(s)", nullptr, int(minutes / (24 * 60)));
    if (minutes % 60 == 0)
        return PolicyDialog::tr("%n hour(s)", nullptr, int(minutes / 60));
    return PolicyDialog::tr("%n minute(s)", nullptr, int(minutes));
}

QString windowText(const ChangeWindow &w)
{
    QList<int> days(w.days.begin(), w.days.end());
    std::sort(days.begin(), days.end());
    QStringList names;
    for (int d : days)
        names << QLocale().dayName(d, QLocale::ShortFormat);
    const QString from = w.start.toString(QStringLiteral("HH:mm"));
    const QString to = w.end.toString(QStringLiteral("HH:mm"));
    const QString dayList = names.isEmpty() ? PolicyDialog::tr("no day") : names.join(QStringLiteral(", "));
    return w.crossesMidnight()
               ? PolicyDialog::tr("%1 from %2 to %3 the next day, %4").arg(dayList, from, to, w.zone)
               : PolicyDialog::tr("%1 from %2 to %3, %4").arg(dayList, from, to, w.zone);
}

QString freezeText(const Freeze &f)
{
    QTimeZone zone(f.zone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone::utc();
    const QString name = QString::fromUtf8(zone.id());
    const auto at = [&](const QDateTime &t) {
        return QLocale().toString(t.toTimeZone(zone), QStringLiteral("ddd d MMM yyyy HH:mm"));
    };
    return PolicyDialog::tr("from %1 until %2 %3: %4").arg(at(f.from), at(f.to), name, f.reason);
}

} // namespace

PolicyDialog::PolicyDialog(const PolicySet &policies, bool editable, QWidget *parent)
    : QDialog(parent)
    , m_stored(policies)
    , m_editable(editable)
    , m_edited(policies)
{
    setObjectName(QStringLiteral("policyDialog"));
    setWindowTitle(editable ? tr("Safeguard policy (editable)") : tr("Safeguard policy"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(editable ? tr("Platform leads edit the policy as JSON. Every change is recorded "
                                           "in the team ledger with your name and reason.")
                                      : tr("The policy is kept in the team ledger; platform leads (portal "
                                           "role admin) change it."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_tabs = new QTabWidget(this);
    m_summary = new QTextBrowser(this);
    m_summary->setObjectName(QStringLiteral("policySummary"));
    m_summary->setAccessibleName(tr("Policy summary"));
    m_summary->setOpenLinks(false);
    m_tabs->addTab(m_summary, tr("&Summary"));

    auto *jsonPage = new QWidget(this);
    auto *jsonLayout = new QVBoxLayout(jsonPage);
    m_json = new QPlainTextEdit(jsonPage);
    m_json->setObjectName(QStringLiteral("policyJson"));
    m_json->setAccessibleName(editable ? tr("Policy JSON (editable)") : tr("Policy JSON"));
    m_json->setReadOnly(!editable);
    m_json->setTabChangesFocus(true);
    m_json->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_json->setFont(mono);
    m_json->setPlainText(QString::fromUtf8(
        QJsonDocument::fromJson(encodePolicySet(policies)).toJson(QJsonDocument::Indented)));
    jsonLayout->addWidget(m_json, 1);
    m_error = new QLabel(jsonPage);
    m_error->setObjectName(QStringLiteral("policyError"));
    m_error->setTextFormat(Qt::PlainText); // the decoder quotes what was typed
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_error->setVisible(false);
    jsonLayout->addWidget(m_error);
    m_tabs->addTab(jsonPage, tr("&JSON"));
    layout->addWidget(m_tabs, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    if (editable) {
        auto *form = new QFormLayout;
        m_reason = new QLineEdit(this);
        m_reason->setObjectName(QStringLiteral("policyReason"));
        m_reason->setPlaceholderText(tr("Why the policy changes (required)"));
        m_reason->setAccessibleName(tr("Reason for the change (required)"));
        auto *reasonLabel = new QLabel(tr("&Reason:"), this);
        reasonLabel->setBuddy(m_reason);
        form->addRow(reasonLabel, m_reason);
        layout->addLayout(form);
        m_save = m_buttons->addButton(tr("Sa&ve policy"), QDialogButtonBox::AcceptRole);
        m_save->setObjectName(QStringLiteral("policySave"));
        connect(m_save, &QPushButton::clicked, this, [this] {
            if (!m_save->isEnabled() || !m_edited)
                return;
            emit policyChangeRequested(*m_edited, reason());
            accept();
        });
        connect(m_json, &QPlainTextEdit::textChanged, this, &PolicyDialog::onJsonChanged);
        connect(m_reason, &QLineEdit::textChanged, this, &PolicyDialog::refreshSave);
    }
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    showSummary(policies);
    refreshSave();
    resize(720, 560);
}

QString PolicyDialog::title(const PolicyKey &key)
{
    return key.tenant == kAnyTenant ? tr("every other tenant, %1").arg(classText(key.environmentClass))
                                    : tr("%1, %2").arg(key.tenant, classText(key.environmentClass));
}

QStringList PolicyDialog::describe(const SafeguardPolicy &p)
{
    QStringList lines;
    QStringList scopes;
    for (ServiceTarget t : allTargets())
        if (p.needsApproval(t))
            scopes << toWire(t);
    lines << (scopes.isEmpty() ? tr("No scope needs approval")
                               : tr("Approval needed for: %1").arg(scopes.join(QStringLiteral(", "))));
    lines << tr("%n approver(s), with the portal role %1", nullptr, p.approversRequired)
                 .arg(p.approverRoles.join(tr(" or ")));
    lines << tr("Emergency overrides approved by the role %1").arg(p.overrideRoles.join(tr(" or ")));
    lines << tr("An approval is valid for %1").arg(duration(p.approvalValiditySeconds));
    if (p.windows.isEmpty())
        lines << tr("Change windows: none, upgrades may go at any time");
    for (const ChangeWindow &w : p.windows)
        lines << tr("Change window: %1").arg(windowText(w));
    if (p.freezes.isEmpty())
        lines << tr("Freezes: none");
    for (const Freeze &f : p.freezes)
        lines << tr("Freeze %1").arg(freezeText(f));
    return lines;
}

void PolicyDialog::showSummary(const PolicySet &policies)
{
    QString html;
    for (const SafeguardPolicy &p : policies.policies) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(title(p.key).toHtmlEscaped());
        for (const QString &line : describe(p))
            html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p><i>%1</i></p>")
                .arg(tr("Tenants and classes without a policy here use the defaults: in production every "
                        "scope needs one approval, elsewhere only all does; approvers admin or operator, "
                        "overrides admin, valid for 8 hours, no change windows, no freezes.")
                         .toHtmlEscaped());
    m_summary->setHtml(html);
}

void PolicyDialog::onJsonChanged()
{
    const PolicyDecodeResult decoded = decodePolicySet(m_json->toPlainText().toUtf8());
    if (decoded.ok()) {
        m_edited = decoded.policy;
        m_errorText.clear();
        showSummary(*m_edited);
    } else {
        m_edited.reset();
        m_errorText = decoded.error.toString();
    }
    m_error->setText(m_errorText.isEmpty() ? QString() : tr("\u26A0 Not saved: %1").arg(m_errorText));
    m_error->setAccessibleName(m_error->text());
    m_error->setVisible(!m_errorText.isEmpty());
    refreshSave();
}

QString PolicyDialog::errorText() const
{
    return m_errorText;
}

QString PolicyDialog::reason() const
{
    return m_reason ? m_reason->text().trimmed() : QString();
}

void PolicyDialog::refreshSave()
{
    if (!m_save)
        return;
    const bool changed = m_edited && !(*m_edited == m_stored);
    m_save->setEnabled(changed && !reason().isEmpty());
    QString why;
    if (!m_edited)
        why = tr("The JSON has a problem (shown under it).");
    else if (!changed)
        why = tr("Nothing changed yet.");
    else if (reason().isEmpty())
        why = tr("Write a reason for the change.");
    m_save->setToolTip(why);
}

} // namespace pdc
