// Choosing the service scope (agent, orchestrator, customer-portal, all), each with the runbook's
// guidance on when it fits, and a helper that asks what changed and recommends the smallest safe scope.
// `all` needs a written reason; customer-portal and `all` warn that the portal itself restarts.
#pragma once

#include "domain/servicetarget.h"

#include <QMap>
#include <QWidget>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace pdc {

class ScopePicker : public QWidget
{
    Q_OBJECT
public:
    explicit ScopePicker(QWidget *parent = nullptr);

    std::optional<ServiceTarget> scope() const;
    void setScope(ServiceTarget target);
    // The helper's recommendation from what changed; empty when nothing is ticked.
    std::optional<ServiceTarget> recommendation() const;
    // The reason written for `all` (empty when none was needed or written).
    QString reason() const;
    // True when a scope is chosen and, for `all`, a reason is written.
    bool isComplete() const;
    QString problem() const;

    QRadioButton *targetButton(ServiceTarget target) const { return m_buttons.value(target); }
    QCheckBox *changedRequestPath() const { return m_requestPath; }
    QCheckBox *changedWorkflow() const { return m_workflow; }
    QCheckBox *changedPortal() const { return m_portal; }
    QPushButton *useRecommendation() const { return m_use; }
    QLineEdit *reasonField() const { return m_reason; }

    static QString guidance(ServiceTarget target);

signals:
    void changed();

private:
    void refresh();

    QMap<ServiceTarget, QRadioButton *> m_buttons;
    QButtonGroup *m_group = nullptr;
    QCheckBox *m_requestPath = nullptr;
    QCheckBox *m_workflow = nullptr;
    QCheckBox *m_portal = nullptr;
    QLabel *m_recommendation = nullptr;
    QPushButton *m_use = nullptr;
    QLabel *m_restartWarning = nullptr;
    QLabel *m_reasonLabel = nullptr;
    QLineEdit *m_reason = nullptr;
};

} // namespace pdc
