#include "historyfilterbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimeZone>
#include <QVBoxLayout>

namespace pdc {

namespace {

const QDate anyDate(2000, 1, 1);

QDateEdit *newDateEdit(QWidget *parent, const QString &accessibleName)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(anyDate);
    edit->setSpecialValueText(HistoryFilterBar::tr("any"));
    edit->setDate(anyDate);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setAccessibleName(accessibleName);
    edit->setToolTip(HistoryFilterBar::tr("A day in UTC; \"any\" leaves this end of the range open."));
    return edit;
}

} // namespace

HistoryFilterBar::HistoryFilterBar(QWidget *parent)
    : QWidget(parent)
{
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *first = new QHBoxLayout;
    auto *second = new QHBoxLayout;
    rows->addLayout(first);
    rows->addLayout(second);
    QHBoxLayout *layout = first;

    auto addLabelled = [this, &layout](const QString &label, QWidget *w) {
        auto *l = new QLabel(label, this);
        l->setBuddy(w);
        layout->addWidget(l);
        layout->addWidget(w);
    };

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("historySearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Upgrade ID, initiator, service, version, message (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search history"));
    m_search->setMinimumWidth(220);
    addLabelled(tr("&Search:"), m_search);
    layout->setStretchFactor(m_search, 2);
    layout = second;

    m_from = newDateEdit(this, tr("Started on or after (UTC day)"));
    m_from->setObjectName(QStringLiteral("historyFrom"));
    addLabelled(tr("&From:"), m_from);
    m_to = newDateEdit(this, tr("Started on or before (UTC day)"));
    m_to->setObjectName(QStringLiteral("historyTo"));
    addLabelled(tr("T&o:"), m_to);

    m_result = new QComboBox(this);
    m_result->setObjectName(QStringLiteral("historyResult"));
    m_result->setAccessibleName(tr("Result filter"));
    addLabelled(tr("R&esult:"), m_result);
    m_initiator = new QComboBox(this);
    m_initiator->setObjectName(QStringLiteral("historyInitiator"));
    m_initiator->setAccessibleName(tr("Initiator filter"));
    addLabelled(tr("&Initiated by:"), m_initiator);
    m_service = new QComboBox(this);
    m_service->setObjectName(QStringLiteral("historyService"));
    m_service->setAccessibleName(tr("Service filter"));
    addLabelled(tr("Se&rvice:"), m_service);
    for (QComboBox *box : {m_result, m_initiator, m_service})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Issue 16: the upgrades started under an emergency override (the table marks them "⚠ override").
    m_overridesOnly = new QCheckBox(tr("Emer&gency overrides only"), this);
    m_overridesOnly->setObjectName(QStringLiteral("historyOverridesOnly"));
    m_overridesOnly->setAccessibleName(tr("Show only upgrades started under an emergency override"));
    layout->addWidget(m_overridesOnly);

    m_clear = new QPushButton(tr("C&lear filters"), this);
    m_clear->setObjectName(QStringLiteral("historyClearFilters"));
    m_clear->setAccessibleName(tr("Clear all filters"));
    layout->addStretch(1);
    first->addWidget(m_clear);

    setChoices({}, {}, {});

    connect(m_search, &QLineEdit::textChanged, this, &HistoryFilterBar::emitChanged);
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryFilterBar::emitChanged);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryFilterBar::emitChanged);
    for (QComboBox *box : {m_result, m_initiator, m_service})
        connect(box, &QComboBox::currentIndexChanged, this, &HistoryFilterBar::emitChanged);
    connect(m_overridesOnly, &QCheckBox::toggled, this, &HistoryFilterBar::emitChanged);
    connect(m_clear, &QPushButton::clicked, this, &HistoryFilterBar::clear);
}

void HistoryFilterBar::fillCombo(QComboBox *box, const QString &anyLabel, const QStringList &values)
{
    const QString current = box->currentData().toString();
    const QSignalBlocker block(box);
    box->clear();
    box->addItem(anyLabel, QString());
    for (const QString &v : values)
        box->addItem(v, v);
    const int i = box->findData(current);
    if (i >= 0) {
        box->setCurrentIndex(i);
    } else if (!current.isEmpty()) {
        box->addItem(current, current);
        box->setCurrentIndex(box->count() - 1);
    }
}

void HistoryFilterBar::setChoices(const QStringList &results, const QStringList &initiators,
                                  const QStringList &services)
{
    QStringList r = {QStringLiteral("SUCCESS"), QStringLiteral("PARTIAL"), QStringLiteral("FAILED"),
                     QStringLiteral("IN_PROGRESS"), QStringLiteral("PENDING")};
    for (const QString &v : results) {
        if (!r.contains(v))
            r << v; // results this console does not know, as they came
    }
    QStringList s = {QStringLiteral("agent"), QStringLiteral("orchestrator"),
                     QStringLiteral("customer-portal")};
    for (const QString &v : services) {
        if (!s.contains(v))
            s << v;
    }
    fillCombo(m_result, tr("Any result"), r);
    fillCombo(m_initiator, tr("Anyone"), initiators);
    fillCombo(m_service, tr("Any service"), s);
}

HistoryFilter HistoryFilterBar::filter() const
{
    HistoryFilter f;
    f.text = m_search->text();
    if (m_from->date() > anyDate)
        f.from = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC);
    if (m_to->date() > anyDate)
        f.until = QDateTime(m_to->date().addDays(1), QTime(0, 0), Qt::UTC);
    f.result = m_result->currentData().toString();
    f.initiator = m_initiator->currentData().toString();
    f.service = m_service->currentData().toString();
    f.overridesOnly = m_overridesOnly->isChecked(); // the set of them is the area's (HistoryArea)
    return f;
}

void HistoryFilterBar::setWeek(const QDate &weekStart)
{
    m_updating = true;
    m_from->setDate(weekStart);
    m_to->setDate(weekStart.addDays(6));
    m_updating = false;
    emitChanged();
}

void HistoryFilterBar::clear()
{
    m_updating = true;
    m_search->clear();
    m_from->setDate(anyDate);
    m_to->setDate(anyDate);
    m_result->setCurrentIndex(0);
    m_initiator->setCurrentIndex(0);
    m_service->setCurrentIndex(0);
    m_overridesOnly->setChecked(false);
    m_updating = false;
    emitChanged();
}

void HistoryFilterBar::emitChanged()
{
    if (!m_updating)
        emit filterChanged(filter());
}

} // namespace pdc
