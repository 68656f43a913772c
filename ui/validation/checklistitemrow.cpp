#include "checklistitemrow.h"

#include "checklist/checklistitems.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace pdc {

namespace {
QLabel *wrapped(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                   Qt::LinksAccessibleByKeyboard);
    return label;
}
} // namespace

ChecklistItemRow::ChecklistItemRow(int number, const ChecklistItemState &item, QWidget *parent)
    : QFrame(parent)
    , m_id(item.id)
{
    setObjectName(QStringLiteral("item-") + item.id);
    setFrameShape(QFrame::StyledPanel);
    const auto spec = checklistItemSpec(item.id);
    m_title = item.title.isEmpty() && spec ? spec->title() : item.title;

    auto *layout = new QVBoxLayout(this);
    auto *head = new QHBoxLayout;
    auto *title = new QLabel(tr("%1. %2").arg(number).arg(m_title), this);
    title->setObjectName(QStringLiteral("itemTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    auto *kind = new QLabel(item.automatic ? tr("Automatic") : tr("Manual"), this);
    kind->setObjectName(QStringLiteral("itemKind"));
    kind->setToolTip(item.automatic ? tr("The console runs a probe and records its evidence.")
                                    : tr("You check this yourself and record pass or fail with a note."));
    m_verdict = new QLabel(this);
    m_verdict->setTextFormat(Qt::PlainText); // may show portal text: never markup
    m_verdict->setObjectName(QStringLiteral("verdict"));
    m_verdict->setFont(bold);
    head->addWidget(title, 1);
    head->addWidget(kind);
    head->addSpacing(12);
    head->addWidget(m_verdict);
    layout->addLayout(head);

    if (spec) {
        auto *what = wrapped(this, QStringLiteral("what"));
        what->setText(spec->what());
        auto *why = wrapped(this, QStringLiteral("why"));
        why->setText(tr("Why: %1").arg(spec->why()));
        QFont italic = why->font();
        italic.setItalic(true);
        why->setFont(italic);
        layout->addWidget(what);
        layout->addWidget(why);
    }

    m_evidence = wrapped(this, QStringLiteral("evidence"));
    m_excerpt = wrapped(this, QStringLiteral("excerpt"));
    m_excerpt->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_excerpt->setAccessibleName(tr("Response excerpt of %1").arg(m_title));
    m_note = wrapped(this, QStringLiteral("note"));
    m_note->setTextFormat(Qt::RichText);
    m_note->setOpenExternalLinks(true);
    m_meta = wrapped(this, QStringLiteral("meta"));
    layout->addWidget(m_evidence);
    layout->addWidget(m_excerpt);
    layout->addWidget(m_note);
    layout->addWidget(m_meta);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    if (item.automatic) {
        m_run = new QPushButton(tr("Run check"), this);
        m_run->setObjectName(QStringLiteral("runButton"));
        m_run->setAccessibleName(tr("Run the check: %1").arg(m_title));
        connect(m_run, &QPushButton::clicked, this, [this] { emit runRequested(m_id); });
        buttons->addWidget(m_run);
    } else {
        m_pass = new QPushButton(tr("Pass\u2026"), this);
        m_pass->setObjectName(QStringLiteral("passButton"));
        m_pass->setAccessibleName(tr("Record a pass with a note: %1").arg(m_title));
        m_fail = new QPushButton(tr("Fail\u2026"), this);
        m_fail->setObjectName(QStringLiteral("failButton"));
        m_fail->setAccessibleName(tr("Record a failure with a note: %1").arg(m_title));
        connect(m_pass, &QPushButton::clicked, this, [this] { emit manualRequested(m_id, true); });
        connect(m_fail, &QPushButton::clicked, this, [this] { emit manualRequested(m_id, false); });
        buttons->addWidget(m_pass);
        buttons->addWidget(m_fail);
    }
    layout->addLayout(buttons);
    setAccessibleName(tr("Checklist item %1: %2").arg(number).arg(m_title));
    showState(item, false, false);
}

QString ChecklistItemRow::verdictText() const
{
    return m_verdict->text();
}

QString ChecklistItemRow::evidenceText() const
{
    return m_evidence->text() + QLatin1Char('\n') + m_excerpt->text();
}

void ChecklistItemRow::showState(const ChecklistItemState &item, bool running, bool locked)
{
    const auto &r = item.result;
    if (running)
        m_verdict->setText(tr("Running\u2026"));
    else if (!r)
        m_verdict->setText(tr("No result yet"));
    else
        m_verdict->setText(r->pass ? tr("\u2714 PASS") : tr("\u2716 FAIL"));
    m_verdict->setAccessibleName(tr("Result of %1: %2").arg(m_title, m_verdict->text()));

    const QLocale locale;
    if (r && r->evidence) {
        const ProbeEvidence &e = *r->evidence;
        QString text = tr("HTTP %1 \u00b7 %2 ms \u00b7 %3")
                           .arg(e.httpStatus ? QString::number(e.httpStatus) : tr("no answer"))
                           .arg(locale.toString(e.elapsedMs))
                           .arg(e.target);
        if (!e.message.isEmpty())
            text += QStringLiteral(" \u00b7 ") + e.message;
        m_evidence->setText(text);
        m_excerpt->setText(e.excerpt.left(300));
    } else {
        m_evidence->clear();
        m_excerpt->clear();
    }
    m_evidence->setVisible(!m_evidence->text().isEmpty());
    m_excerpt->setVisible(!m_excerpt->text().isEmpty());

    QStringList parts;
    if (r && !r->note.isEmpty())
        parts << tr("Note: %1").arg(r->note.toHtmlEscaped());
    if (r && !r->link.isEmpty())
        parts << tr("Link: <a href=\"%1\">%2</a>").arg(r->link.toHtmlEscaped(), r->link.toHtmlEscaped());
    if (r && r->attachment)
        parts << tr("Attachment: %1 (SHA-256 %2\u2026)")
                     .arg(r->attachment->name.toHtmlEscaped(), r->attachment->sha256.left(12));
    m_note->setText(parts.join(QStringLiteral("<br>")));
    m_note->setVisible(!parts.isEmpty());

    if (r) {
        QString meta = tr("Recorded by %1 on %2")
                           .arg(r->author, locale.toString(r->at.toLocalTime(), QLocale::ShortFormat));
        const int earlier = int(item.attempts.size()) - 1;
        if (earlier > 0)
            meta +=
                QStringLiteral(" \u00b7 ") + tr("%n earlier attempt(s) kept in the record", nullptr, earlier);
        m_meta->setText(meta);
    } else {
        m_meta->clear();
    }
    m_meta->setVisible(!m_meta->text().isEmpty());

    if (m_run) {
        m_run->setText(r ? tr("Re-run check") : tr("Run check"));
        m_run->setEnabled(!running && !locked);
    }
    if (m_pass)
        m_pass->setEnabled(!locked);
    if (m_fail)
        m_fail->setEnabled(!locked);
}

} // namespace pdc
