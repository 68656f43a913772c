// A centred message for empty, loading and error states: a title, what is happening, and what to do
// (an optional action button). Every area uses it so such states look and read alike.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace pdc {

class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setText(const QString &text);
    // An empty label hides the button.
    void setAction(const QString &label);

    QString title() const;
    QString text() const;

signals:
    void actionTriggered();

private:
    QLabel *m_title = nullptr;
    QLabel *m_text = nullptr;
    QPushButton *m_action = nullptr;
};

} // namespace pdc
