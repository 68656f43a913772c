// Records a manual result: pass or fail, a note that is required (what was checked, what was seen), an
// optional link (e.g. the dashboard) and an optional file to attach (e.g. a dashboard screenshot).
#pragma once

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace pdc {

class ManualResultDialog : public QDialog
{
    Q_OBJECT
public:
    ManualResultDialog(const QString &itemTitle, bool pass, QWidget *parent = nullptr);

    bool pass() const;
    QString note() const;
    QString link() const;
    QString attachment() const;
    void setLink(const QString &link);

    QPlainTextEdit *noteEdit() const { return m_note; }
    QLineEdit *linkEdit() const { return m_link; }
    QLineEdit *attachmentEdit() const { return m_attachment; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // Whether OK is possible now (a note is written, an attachment named exists).
    bool canAccept() const;
    // What OK does: writes the result and returns an empty string, or returns why it could not. On an
    // error the dialog stays open with everything typed, and says why.
    void setCommit(std::function<QString()> commit) { m_commit = std::move(commit); }
    void accept() override;

private:
    void revalidate();
    void browse();

    QRadioButton *m_pass = nullptr;
    QRadioButton *m_fail = nullptr;
    QPlainTextEdit *m_note = nullptr;
    QLineEdit *m_link = nullptr;
    QLineEdit *m_attachment = nullptr;
    QLabel *m_hint = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::function<QString()> m_commit;
};

} // namespace pdc
