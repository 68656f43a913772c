// changeRecordHtml() (declared in changerecord.h): the change record's body as rich text for
// QTextDocument, in tables, every portal text escaped, evidence cut to lines of a given width.
#include "changerecord.h"

#include "changerecordfacts.h"
#include "checklistitems.h"
#include "evidencetext.h"
#include "policy/safeguardrecordsmodel.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace pdc {

namespace {

class ChangeRecord
{
    Q_DECLARE_TR_FUNCTIONS(ChangeRecord)
};

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Text that must stay on one line (ids, keys): up to kWholeLimit characters, which always fit a line;
// anything longer cannot stay whole and wraps like the rest rather than run off the page.
constexpr qsizetype kWholeLimit = 64;
QString whole(const QString &s)
{
    if (s.size() > kWholeLimit)
        return esc(s);
    return QStringLiteral("<span style=\"white-space:nowrap\">%1</span>").arg(esc(s));
}

QString mono(const QString &s)
{
    return QStringLiteral("<span class=\"mono\">%1</span>").arg(esc(s));
}

QString orNone(const QString &s)
{
    return s.isEmpty() ? ChangeRecord::tr("(not recorded)") : s;
}

QString dash()
{
    return QStringLiteral("\u2014");
}

QString resultWord(const QString &wire)
{
    if (wire == QLatin1String("pass"))
        return ChangeRecord::tr("pass");
    if (wire == QLatin1String("fail"))
        return ChangeRecord::tr("fail");
    if (wire == QLatin1String("unknown"))
        return ChangeRecord::tr("unknown");
    return wire; // as it came
}

QString verdictCell(bool hasResult, bool pass)
{
    if (!hasResult)
        return QStringLiteral("<span class=\"muted\">%1</span>").arg(esc(ChangeRecord::tr("no result")));
    return pass ? QStringLiteral("<span class=\"pass\">%1</span>").arg(esc(ChangeRecord::tr("PASS")))
                : QStringLiteral("<span class=\"fail\">%1</span>").arg(esc(ChangeRecord::tr("FAIL")));
}

QString jsonText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return QLocale::c().toString(v.toDouble(), 'g', 15);
    if (v.isArray()) {
        QStringList parts;
        const QJsonArray a = v.toArray();
        for (const QJsonValue &x : a)
            parts.append(jsonText(x));
        return parts.join(QStringLiteral(", "));
    }
    return {};
}

// A table of rows; the first row is the header (repeated on every page the table spans).
class Table
{
public:
    explicit Table(QList<int> widthsPercent)
        : m_widths(std::move(widthsPercent))
    {}

    void header(const QStringList &labels)
    {
        m_html += QStringLiteral("<thead><tr>");
        for (int i = 0; i < labels.size(); ++i)
            m_html +=
                QStringLiteral("<th width=\"%1%\">%2</th>").arg(m_widths.value(i)).arg(esc(labels.at(i)));
        m_html += QStringLiteral("</tr></thead>");
    }
    // Cells are HTML (escape portal text before).
    void row(const QStringList &cells)
    {
        m_html += QStringLiteral("<tr>");
        for (int i = 0; i < cells.size(); ++i)
            m_html += QStringLiteral("<td width=\"%1%\">%2</td>").arg(m_widths.value(i)).arg(cells.at(i));
        m_html += QStringLiteral("</tr>");
    }
    QString html() const
    {
        return QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                              "border=\"1\">%1</table>")
            .arg(m_html);
    }

private:
    QList<int> m_widths;
    QString m_html;
};

// Label / value rows (labels in the first column, values HTML).
class Facts
{
public:
    void add(const QString &label, const QString &valueHtml)
    {
        m_rows +=
            QStringLiteral("<tr><td width=\"27%\" class=\"label\">%1</td><td width=\"73%\">%2</td></tr>")
                .arg(esc(label), valueHtml);
    }
    QString html() const
    {
        return QStringLiteral("<table class=\"grid\" width=\"100%\" cellspacing=\"0\" cellpadding=\"4\" "
                              "border=\"1\">%1</table>")
            .arg(m_rows);
    }

private:
    QString m_rows;
};

QString section(const QString &title)
{
    return QStringLiteral("<h2>%1</h2>").arg(esc(title));
}

QString para(const QString &text, const QString &cls = QString())
{
    if (cls.isEmpty())
        return QStringLiteral("<p>%1</p>").arg(esc(text));
    return QStringLiteral("<p class=\"%1\">%2</p>").arg(cls, esc(text));
}

// Evidence in a shaded monospace block, cut to lines that fit; a note when it was shortened.
QString evidenceBlock(const QString &text, int columns, qint64 seq)
{
    const WrappedText w = wrapMonospace(text, columns, kChangeRecordEvidenceLimit);
    QStringList lines;
    for (const QString &line : w.lines)
        lines.append(esc(line));
    QString h = QStringLiteral("<table class=\"evidence\" width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">"
                               "<tr><td><p class=\"code\">%1</p></td></tr></table>")
                    .arg(lines.join(QStringLiteral("<br/>")));
    if (w.truncated)
        h += para(ChangeRecord::tr("Shortened: the first %1 of %2 characters are printed (limit %3). The "
                                   "whole excerpt is in the JSON export and in journal entry %4.")
                      .arg(QLocale().toString(w.shown), QLocale().toString(w.total),
                           QLocale().toString(kChangeRecordEvidenceLimit))
                      .arg(seq),
                  QStringLiteral("note"));
    return h;
}

QString evidenceSummary(const ItemResult &r)
{
    QStringList parts;
    if (r.evidence) {
        parts.append(ChangeRecord::tr("HTTP %1, %2 ms")
                         .arg(r.evidence->httpStatus)
                         .arg(QLocale().toString(r.evidence->elapsedMs)));
        if (!r.evidence->target.isEmpty())
            parts.append(r.evidence->target);
    }
    if (!r.note.isEmpty())
        parts.append(r.note.size() > 160 ? r.note.left(159) + QStringLiteral("\u2026") : r.note);
    if (!r.link.isEmpty())
        parts.append(r.link);
    if (r.attachment)
        parts.append(ChangeRecord::tr("attachment %1").arg(r.attachment->name));
    return esc(parts.join(QStringLiteral(" \u00b7 ")));
}

QString kindLabel(const ChangeRecordEntry &e)
{
    const QString &k = e.kind;
    const QJsonObject &p = e.payload;
    if (k == QLatin1String("upgrade.trigger_sent"))
        return ChangeRecord::tr("Trigger sent");
    if (k == QLatin1String("upgrade.triggered"))
        return ChangeRecord::tr("Upgrade triggered");
    if (k == QLatin1String("upgrade.trigger_failed"))
        return ChangeRecord::tr("Trigger failed (%1)").arg(p.value(QLatin1String("outcome")).toString());
    if (k == QLatin1String("upgrade.trigger_resolved"))
        return ChangeRecord::tr("Unknown outcome settled: %1")
            .arg(p.value(QLatin1String("resolution")).toString());
    if (k == QLatin1String("upgrade.state"))
        return ChangeRecord::tr("State %1").arg(p.value(QLatin1String("state")).toString());
    if (k == QLatin1String("checklist.opened"))
        return ChangeRecord::tr("Checklist opened");
    if (k == QLatin1String("checklist.item"))
        return ChangeRecord::tr("Item %1: %2")
            .arg(p.value(QLatin1String("item")).toString(),
                 resultWord(p.value(QLatin1String("result")).toString()));
    if (k == QLatin1String("checklist.signoff"))
        return ChangeRecord::tr("Signed off");
    if (k == QLatin1String("checklist.amendment"))
        return ChangeRecord::tr("Amendment");
    return k; // unknown kinds as they came
}

QString shortHash(const QString &hash)
{
    return hash.size() > 16 ? hash.left(16) + QStringLiteral("\u2026") : hash;
}

QString workstationName(const QString &id)
{
    return id.isEmpty() ? ChangeRecord::tr("this workstation") : id;
}

const char *kStyle = R"(
body { color: #1b1f24; }
h1 { font-size: 18pt; font-weight: 600; color: #12263f; margin-top: 0px; margin-bottom: 2px; }
h2 { font-size: 11pt; font-weight: 600; color: #12263f; margin-top: 16px; margin-bottom: 6px; }
h3 { font-size: 9pt; font-weight: 600; color: #1b1f24; margin-top: 10px; margin-bottom: 4px; }
p { margin-top: 0px; margin-bottom: 4px; }
table.grid { border-collapse: collapse; border-color: #b9c3ce; border-style: solid; }
th { background-color: #e8edf3; font-weight: 600; text-align: left; color: #12263f; }
td.label { background-color: #f4f6f9; font-weight: 600; }
table.evidence { background-color: #f3f4f6; margin-top: 2px; margin-bottom: 6px; }
p.code { font-family: 'DejaVu Sans Mono', monospace; font-size: 7.5pt; white-space: pre-wrap; margin: 0px; }
span.mono { font-family: 'DejaVu Sans Mono', monospace; }
p.subtitle { font-size: 10pt; color: #3c4652; margin-bottom: 10px; }
p.note { font-size: 7.5pt; color: #5a6470; font-style: italic; }
p.muted, span.muted { color: #5a6470; }
span.pass { color: #1d6b2c; font-weight: 600; }
span.fail { color: #a5141d; font-weight: 600; }
)";

// Where the records listed come from, for the identity table.
QString recordsSource(const ChangeRecordInput &in)
{
    if (in.recordsFromLedger())
        return ChangeRecord::tr("the team ledger %1").arg(in.ledgerName);
    if (!in.ledgerName.isEmpty())
        return ChangeRecord::tr("this workstation's journal only: the team ledger %1 could not be read (%2)")
            .arg(in.ledgerName, in.ledgerError);
    return ChangeRecord::tr("this workstation's journal");
}

} // namespace

QString changeRecordStyleSheet()
{
    return QString::fromLatin1(kStyle);
}

QString changeRecordHtml(const ChangeRecordInput &in, int evidenceColumns)
{
    const Checklist &c = in.checklist;
    const ChangeRecordFacts f = changeRecordFactsOf(in);
    QString h;

    // Title: the id on a line of its own, never broken.
    h += QStringLiteral("<h1>%1</h1>").arg(esc(ChangeRecord::tr("Change record")));
    h += QStringLiteral("<p class=\"subtitle\">%1 %2</p>")
             .arg(esc(ChangeRecord::tr("Upgrade")), whole(c.upgradeId));
    h += para(ChangeRecord::tr("Tenant %1, environment %2, exported %3 by %4.")
                  .arg(orNone(f.tenant), orNone(f.environment), changeRecordWhen(in.exportedAt),
                       orNone(in.exportedBy)),
              QStringLiteral("muted"));

    // Identity.
    h += section(ChangeRecord::tr("Identity"));
    Facts id;
    id.add(
        ChangeRecord::tr("Upgrade id"),
        QStringLiteral("<span class=\"mono\" style=\"white-space:nowrap\">%1</span>").arg(esc(c.upgradeId)));
    id.add(ChangeRecord::tr("Portal"), esc(orNone(f.portal)));
    id.add(ChangeRecord::tr("Connection profile"), esc(orNone(f.profile)));
    id.add(ChangeRecord::tr("Tenant"), esc(orNone(f.tenant)));
    id.add(ChangeRecord::tr("Environment"), esc(orNone(f.environment)));
    id.add(ChangeRecord::tr("Service target"), esc(orNone(f.service)));
    if (!f.services.isEmpty())
        id.add(ChangeRecord::tr("Services"), esc(jsonText(f.services)));
    id.add(ChangeRecord::tr("Version"), esc(orNone(f.version)));
    id.add(ChangeRecord::tr("Forced new deployment"),
           esc(f.forced ? (*f.forced ? ChangeRecord::tr("yes") : ChangeRecord::tr("no"))
                        : ChangeRecord::tr("(not recorded)")));
    id.add(ChangeRecord::tr("Triggered by"), esc(orNone(f.operatorName)));
    if (f.service == QLatin1String("all") || !f.scopeReason.isEmpty())
        id.add(ChangeRecord::tr("Reason for \"all\""),
               esc(f.scopeReason.isEmpty() ? ChangeRecord::tr("(none recorded)") : f.scopeReason));
    if (!f.via.isEmpty())
        id.add(ChangeRecord::tr("Triggered from"), esc(f.via));
    if (!f.confirmation.isEmpty())
        id.add(ChangeRecord::tr("Confirmation"), esc(f.confirmation));
    id.add(ChangeRecord::tr("Idempotency-Key"),
           f.idempotencyKey.isEmpty() ? esc(ChangeRecord::tr("(not recorded)")) : mono(f.idempotencyKey));
    id.add(ChangeRecord::tr("Triggered at"), esc(orNone(changeRecordWhen(c.triggeredAt))));
    id.add(ChangeRecord::tr("Final state"),
           esc(orNone(in.portalStatus ? in.portalStatus->state.raw : c.finalState)));
    if (in.portalStatus && in.portalStatus->completedAt.isValid())
        id.add(ChangeRecord::tr("Completed at"), esc(changeRecordWhen(in.portalStatus->completedAt)));
    if (!in.portalStatus && !in.portalStatusError.isEmpty())
        id.add(ChangeRecord::tr("Portal at export"), esc(in.portalStatusError));
    id.add(ChangeRecord::tr("Records from"), esc(recordsSource(in)));
    id.add(ChangeRecord::tr("Exported"),
           esc(ChangeRecord::tr("%1 by %2").arg(changeRecordWhen(in.exportedAt), orNone(in.exportedBy))));
    h += id.html();

    // Pre-flight.
    h += section(ChangeRecord::tr("Pre-flight checks"));
    if (f.preflight.isEmpty() && f.overrides.isEmpty()) {
        h += para(ChangeRecord::tr("No pre-flight results are in the record."), QStringLiteral("muted"));
    } else {
        QHash<QString, QString> overrideOf;
        for (const QJsonValue &v : f.overrides)
            overrideOf.insert(v.toObject().value(QLatin1String("check")).toString(),
                              v.toObject().value(QLatin1String("reason")).toString());
        Table t({22, 11, 37, 30});
        t.header({ChangeRecord::tr("Check"), ChangeRecord::tr("Result"), ChangeRecord::tr("Detail"),
                  ChangeRecord::tr("Override and reason")});
        QSet<QString> shown;
        for (const QJsonValue &v : f.preflight) {
            const QJsonObject o = v.toObject();
            const QString check = o.value(QLatin1String("id")).toString().isEmpty()
                                      ? o.value(QLatin1String("check")).toString()
                                      : o.value(QLatin1String("id")).toString();
            const QString title = o.value(QLatin1String("title")).toString();
            shown.insert(check);
            const auto reason = overrideOf.constFind(check);
            t.row({esc(title.isEmpty() ? check : title),
                   esc(resultWord(o.value(QLatin1String("result")).toString())),
                   esc(o.value(QLatin1String("detail")).toString()),
                   reason == overrideOf.cend()
                       ? esc(dash())
                       : esc(ChangeRecord::tr("Overridden: %1").arg(reason.value()))});
        }
        for (auto it = overrideOf.cbegin(); it != overrideOf.cend(); ++it) {
            if (!shown.contains(it.key()))
                t.row({esc(it.key()), esc(dash()), QString(),
                       esc(ChangeRecord::tr("Overridden: %1").arg(it.value()))});
        }
        h += t.html();
    }

    // Four-eyes approval and emergency override (issue 16): the request the trigger names and every
    // decision on it, as recorded.
    if (!in.approvalTrail.isEmpty()) {
        h += section(ChangeRecord::tr("Four-eyes approval and emergency override"));
        Table t({20, 24, 16, 40});
        t.header({ChangeRecord::tr("When"), ChangeRecord::tr("Record"), ChangeRecord::tr("By"),
                  ChangeRecord::tr("Reason")});
        for (const ChangeRecordEntry &e : in.approvalTrail) {
            const QString role = e.payload.value(QStringLiteral("role")).toString();
            const QString request = e.payload.value(QStringLiteral("request_id")).toString();
            t.row({esc(changeRecordWhen(e.at)),
                   esc(SafeguardRecordsModel::kindText(e.kind, e.payload)) +
                       QStringLiteral("<br/><span class=\"muted\">%1</span>").arg(mono(request)),
                   esc(role.isEmpty() ? e.author : ChangeRecord::tr("%1 (%2)").arg(e.author, role)),
                   esc(e.payload.value(QStringLiteral("reason")).toString())});
        }
        h += t.html();
    }

    // State timeline.
    h += section(ChangeRecord::tr("State timeline"));
    if (c.timeline.isEmpty()) {
        h += para(ChangeRecord::tr("No state changes are in the record."), QStringLiteral("muted"));
    } else {
        Table t({26, 20, 54});
        t.header({ChangeRecord::tr("Observed"), ChangeRecord::tr("State"), ChangeRecord::tr("Message")});
        for (const StateObservation &s : c.timeline)
            t.row(
                {esc(changeRecordWhen(s.at)), QStringLiteral("<b>%1</b>").arg(esc(s.state)), esc(s.message)});
        h += t.html();
    }

    // Per-service results.
    h += section(ChangeRecord::tr("Per-service results"));
    QString source;
    const QJsonArray services = changeRecordServiceResults(in, &source);
    if (services.isEmpty()) {
        h += para(ChangeRecord::tr("No per-service results are available."), QStringLiteral("muted"));
    } else {
        Table t({20, 24, 14, 42});
        t.header({ChangeRecord::tr("Service"), ChangeRecord::tr("Version from \u2192 to"),
                  ChangeRecord::tr("State"), ChangeRecord::tr("Message")});
        bool fromMissing = false;
        for (const QJsonValue &v : services) {
            const QJsonObject o = v.toObject();
            const QString service = o.value(QLatin1String("service")).toString();
            QString from = f.versionsBefore.value(service).toString();
            if (from.isEmpty()) {
                from = dash();
                fromMissing = true;
            }
            QStringList details;
            const QString rollout = o.value(QLatin1String("rollout_state")).toString();
            const QString reason = o.value(QLatin1String("rollout_state_reason")).toString();
            if (!rollout.isEmpty())
                details.append(reason.isEmpty() ? ChangeRecord::tr("rollout %1").arg(rollout)
                                                : ChangeRecord::tr("rollout %1 (%2)").arg(rollout, reason));
            if (o.contains(QLatin1String("running")) || o.contains(QLatin1String("desired")))
                details.append(ChangeRecord::tr("%1 of %2 tasks running")
                                   .arg(o.value(QLatin1String("running")).toInt())
                                   .arg(o.value(QLatin1String("desired")).toInt()));
            if (o.value(QLatin1String("failed_tasks")).toInt() > 0)
                details.append(
                    ChangeRecord::tr("%1 failed tasks").arg(o.value(QLatin1String("failed_tasks")).toInt()));
            const QString taskDefinition = o.value(QLatin1String("task_definition")).toString();
            if (!taskDefinition.isEmpty())
                details.append(ChangeRecord::tr("task definition %1").arg(taskDefinition));
            QString message = esc(o.value(QLatin1String("message")).toString());
            if (!details.isEmpty())
                message += QStringLiteral("<br/><span class=\"muted\">%1</span>")
                               .arg(esc(details.join(QStringLiteral(" \u00b7 "))));
            t.row({QStringLiteral("<b>%1</b>").arg(esc(service)),
                   esc(QStringLiteral("%1 \u2192 %2").arg(from, orNone(f.version))),
                   esc(o.value(QLatin1String("state")).toString()), message});
        }
        h += t.html();
        QString note =
            source == QLatin1String("journal")
                ? ChangeRecord::tr("From the last state record in the journal (the portal did not answer "
                                   "at export).")
                : ChangeRecord::tr("As the portal reported them at export.");
        if (fromMissing)
            note += QLatin1Char(' ') +
                    ChangeRecord::tr(
                        "\u2014: the version a service ran before the upgrade is not in the record.");
        h += para(note, QStringLiteral("note"));
    }

    // Checklist.
    h += section(ChangeRecord::tr("Validation checklist"));
    if (!c.opened) {
        h += para(ChangeRecord::tr("No checklist was opened for this upgrade."), QStringLiteral("muted"));
    } else {
        h += para(ChangeRecord::tr("Opened %1 by %2. %3 of %n item(s) have a result; %4 failed.", nullptr,
                                   int(c.items.size()))
                      .arg(changeRecordWhen(c.openedAt), c.openedBy)
                      .arg(c.resultCount())
                      .arg(c.failedCount()));
        Table t({4, 24, 8, 10, 24, 30});
        t.header({QStringLiteral("#"), ChangeRecord::tr("Item"), ChangeRecord::tr("Result"),
                  ChangeRecord::tr("By"), ChangeRecord::tr("When"), ChangeRecord::tr("Evidence")});
        int number = 0;
        for (const ChecklistItemState &item : c.items) {
            ++number;
            const QString kind = item.automatic ? ChangeRecord::tr("automatic") : ChangeRecord::tr("manual");
            const QString title = QStringLiteral("%1<br/><span class=\"muted\">%2</span>")
                                      .arg(esc(changeRecordItemTitle(item)), esc(kind));
            if (!item.result) {
                t.row({QString::number(number), title, verdictCell(false, false), QString(), QString(),
                       QString()});
                continue;
            }
            const ItemResult &r = *item.result;
            QString summary = evidenceSummary(r);
            if (item.attempts.size() > 1)
                summary +=
                    QStringLiteral("<br/><span class=\"muted\">%1</span>")
                        .arg(esc(ChangeRecord::tr("%n attempt(s)", nullptr, int(item.attempts.size()))));
            t.row({QString::number(number), title, verdictCell(true, r.pass), esc(r.author),
                   esc(changeRecordWhen(r.at)), summary});
        }
        h += t.html();

        // Every attempt in full, evidence wrapped.
        h += section(ChangeRecord::tr("Evidence"));
        bool any = false;
        number = 0;
        for (const ChecklistItemState &item : c.items) {
            ++number;
            int attempt = 0;
            for (const ItemResult &r : item.attempts) {
                ++attempt;
                any = true;
                QString heading = QStringLiteral("%1. %2").arg(number).arg(changeRecordItemTitle(item));
                if (item.attempts.size() > 1)
                    heading += QStringLiteral(" \u2014 ") +
                               ChangeRecord::tr("attempt %1 of %2").arg(attempt).arg(item.attempts.size());
                h += QStringLiteral("<h3>%1</h3>").arg(esc(heading));
                Facts d;
                d.add(ChangeRecord::tr("Result"), verdictCell(true, r.pass) + QLatin1Char(' ') +
                                                      esc(ChangeRecord::tr("by %1 at %2 (journal entry %3)")
                                                              .arg(r.author, changeRecordWhen(r.at))
                                                              .arg(r.seq)));
                if (r.evidence) {
                    if (!r.evidence->target.isEmpty())
                        d.add(ChangeRecord::tr("Target"), esc(r.evidence->target));
                    d.add(ChangeRecord::tr("Response"),
                          esc(ChangeRecord::tr("HTTP %1 in %2 ms")
                                  .arg(r.evidence->httpStatus)
                                  .arg(QLocale().toString(r.evidence->elapsedMs))));
                    if (!r.evidence->message.isEmpty())
                        d.add(ChangeRecord::tr("Message"), esc(r.evidence->message));
                }
                if (!r.note.isEmpty())
                    d.add(ChangeRecord::tr("Note"), esc(r.note));
                if (!r.link.isEmpty())
                    d.add(ChangeRecord::tr("Link"), esc(r.link));
                if (r.attachment)
                    d.add(ChangeRecord::tr("Attachment"),
                          esc(r.attachment->name) + QStringLiteral("<br/>") +
                              mono(ChangeRecord::tr("SHA-256 %1").arg(r.attachment->sha256)));
                h += d.html();
                if (r.evidence && !r.evidence->excerpt.isEmpty())
                    h += evidenceBlock(r.evidence->excerpt, evidenceColumns, r.seq);
            }
        }
        if (!any)
            h += para(ChangeRecord::tr("No results were recorded."), QStringLiteral("muted"));
    }

    // Amendments and sign-off.
    h += section(ChangeRecord::tr("Amendments"));
    if (c.amendments.isEmpty()) {
        h += para(ChangeRecord::tr("None."), QStringLiteral("muted"));
    } else {
        Table t({24, 12, 18, 46});
        t.header({ChangeRecord::tr("When"), ChangeRecord::tr("By"), ChangeRecord::tr("Item"),
                  ChangeRecord::tr("Text")});
        for (const Amendment &a : c.amendments)
            t.row({esc(changeRecordWhen(a.at)), esc(a.author),
                   esc(a.item.isEmpty() ? ChangeRecord::tr("whole checklist") : a.item), esc(a.text)});
        h += t.html();
    }
    h += section(ChangeRecord::tr("Sign-off"));
    if (c.signOff)
        h += para(ChangeRecord::tr("Signed off by %1 (%2, %3) at %4.")
                      .arg(c.signOff->author, c.signOff->displayName, c.signOff->role,
                           changeRecordWhen(c.signOff->at)));
    else
        h += para(ChangeRecord::tr("Not signed off."));

    // Every workstation's records.
    const QList<ChangeRecordEntry> records = changeRecordEntries(in);
    h += section(ChangeRecord::tr("Records of every workstation"));
    if (in.recordsFromLedger())
        h += para(
            ChangeRecord::tr("The records of this upgrade in the team ledger %1, from every workstation, "
                             "followed by this workstation's records not shipped to it yet.")
                .arg(in.ledgerName),
            QStringLiteral("muted"));
    else if (!in.ledgerName.isEmpty())
        h += QStringLiteral("<p><span class=\"fail\">%1</span> %2</p>")
                 .arg(esc(ChangeRecord::tr("Incomplete:")),
                      esc(ChangeRecord::tr(
                              "the team ledger %1 could not be read when this record was "
                              "exported (%2). Only this workstation's records are listed; records "
                              "other workstations made of this upgrade are missing. Export again "
                              "when the ledger answers.")
                              .arg(in.ledgerName, in.ledgerError)));
    else
        h += para(ChangeRecord::tr("The records of this upgrade in this workstation's journal. Records other "
                                   "workstations made are in the team ledger when one is configured."),
                  QStringLiteral("muted"));
    const bool fromLedger = std::any_of(records.cbegin(), records.cend(),
                                        [](const ChangeRecordEntry &e) { return e.ledgerSeq > 0; });
    if (records.isEmpty()) {
        h += para(ChangeRecord::tr("No records."), QStringLiteral("muted"));
    } else {
        Table t = fromLedger ? Table({18, 6, 9, 24, 11, 32}) : Table({21, 7, 25, 13, 34});
        QStringList labels{ChangeRecord::tr("Workstation"), ChangeRecord::tr("Seq")};
        if (fromLedger)
            labels.append(ChangeRecord::tr("Ledger seq"));
        labels << ChangeRecord::tr("When") << ChangeRecord::tr("Author") << ChangeRecord::tr("Record");
        t.header(labels);
        for (const ChangeRecordEntry &e : records) {
            QStringList cells{esc(workstationName(e.workstationId)), QString::number(e.localSeq)};
            if (fromLedger)
                cells.append(e.ledgerSeq > 0 ? QString::number(e.ledgerSeq) : esc(dash()));
            cells << esc(changeRecordWhen(e.at)) << esc(e.author)
                  << esc(kindLabel(e)) +
                         QStringLiteral("<br/><span class=\"muted\">%1</span>").arg(mono(shortHash(e.hash)));
            t.row(cells);
        }
        h += t.html();
    }

    // Digests and how to verify them.
    h += section(ChangeRecord::tr("Chain digests"));
    const QList<ChainDigest> digests = chainDigestsOf(records);
    if (digests.isEmpty())
        h += para(ChangeRecord::tr("No records, no digests."), QStringLiteral("muted"));
    for (const ChainDigest &d : digests) {
        Facts t;
        if (d.chain == QLatin1String("ledger")) {
            t.add(ChangeRecord::tr("Ledger chain"),
                  esc(ChangeRecord::tr("%1: ledger rows %2 to %3 (%n record(s) of this upgrade)", nullptr,
                                       d.records)
                          .arg(in.ledgerName.isEmpty() ? ChangeRecord::tr("team ledger") : in.ledgerName)
                          .arg(d.firstSeq)
                          .arg(d.lastSeq)));
            t.add(ChangeRecord::tr("ledger_hash of row %1").arg(d.lastSeq), mono(d.hash));
        } else {
            t.add(ChangeRecord::tr("Workstation chain"),
                  esc(ChangeRecord::tr("%1: journal entries %2 to %3 (%n record(s) of this upgrade)", nullptr,
                                       d.records)
                          .arg(workstationName(d.workstationId))
                          .arg(d.firstSeq)
                          .arg(d.lastSeq)));
            t.add(ChangeRecord::tr("hash of entry %1").arg(d.lastSeq), mono(d.hash));
        }
        h += t.html() + QStringLiteral("<p></p>");
    }
    if (in.recordsFromLedger() && in.ledgerHeadSeq > 0) {
        Facts head;
        head.add(ChangeRecord::tr("Ledger chain head"),
                 esc(ChangeRecord::tr("%1: the ledger's newest row when the records were read, row %2 (it "
                                      "commits to every row of the ledger up to it)")
                         .arg(in.ledgerName)
                         .arg(in.ledgerHeadSeq)));
        head.add(ChangeRecord::tr("ledger_hash of row %1").arg(in.ledgerHeadSeq), mono(in.ledgerHeadHash));
        h += head.html() + QStringLiteral("<p></p>");
    }
    if (!in.chain.headHash.isEmpty())
        h += para(ChangeRecord::tr("At export this workstation's journal ended at entry %1, hash %2.")
                      .arg(in.chain.headSeq)
                      .arg(in.chain.headHash),
                  QStringLiteral("note"));
    h += QStringLiteral("<h3>%1</h3>").arg(esc(ChangeRecord::tr("How to verify")));
    const QString profileArg = f.profile.isEmpty() ? QStringLiteral("NAME") : f.profile;
    h += QStringLiteral("<ol>");
    h += QStringLiteral("<li>%1<br/>%2</li>")
             .arg(esc(ChangeRecord::tr("On a workstation with this profile, run:")),
                  mono(QStringLiteral("deployctl records verify --profile \"%1\"").arg(profileArg)));
    h += QStringLiteral("<li>%1</li>")
             .arg(esc(ChangeRecord::tr("It checks the local journal's chain and, when a team ledger is "
                                       "configured, both ledger chains "
                                       "(each workstation's and the ledger's own), and names the first "
                                       "record that does not match.")));
    h += QStringLiteral("<li>%1</li>")
             .arg(esc(ChangeRecord::tr(
                 "Each digest above is the hash of the last record of this upgrade in its chain, and commits "
                 "to "
                 "every record before it. The record with that number must carry exactly that hash.")));
    h +=
        QStringLiteral("<li>%1</li>")
            .arg(esc(ChangeRecord::tr(
                "The JSON export of this change record carries the chain entries themselves; docs/records.md "
                "(\"Verifying an export\") shows how to recompute them in a few lines. Copy the digests into "
                "the change ticket to anchor them.")));
    h += QStringLiteral("</ol>");
    return h;
}

} // namespace pdc
