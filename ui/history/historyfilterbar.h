// The History area's filters: text search, a date range (UTC days), result, initiator, service, and
// "Emergency overrides only" (issue 16; which upgrades those are, the area adds to the filter).
// Every change emits filterChanged() at once; the model's filtering is fast enough for every keystroke.
#pragma once

#include "history/historyfilter.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QPushButton;

namespace pdc {

class HistoryFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryFilterBar(QWidget *parent = nullptr);

    HistoryFilter filter() const;
    // Offers these values in the pickers (keeps the current choice).
    void setChoices(const QStringList &results, const QStringList &initiators, const QStringList &services);
    // Shows one week (Monday, UTC) only.
    void setWeek(const QDate &weekStart);
    void clear();

    QLineEdit *searchField() const { return m_search; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QComboBox *resultBox() const { return m_result; }
    QComboBox *initiatorBox() const { return m_initiator; }
    QComboBox *serviceBox() const { return m_service; }
    QCheckBox *overridesOnlyBox() const { return m_overridesOnly; }

signals:
    void filterChanged(const pdc::HistoryFilter &filter);

private:
    void emitChanged();
    static void fillCombo(QComboBox *box, const QString &anyLabel, const QStringList &values);

    QLineEdit *m_search = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_result = nullptr;
    QComboBox *m_initiator = nullptr;
    QComboBox *m_service = nullptr;
    QCheckBox *m_overridesOnly = nullptr;
    QPushButton *m_clear = nullptr;
    bool m_updating = false;
};

} // namespace pdc
