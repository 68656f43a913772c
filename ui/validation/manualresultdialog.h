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

class Clock;
class ElapsedLabel;

class ManualResultDialog : public QDialog
{
    Q_OBJECT
public:
    // clock: for the elapsed time of a slow recording (null: the system clock).
    ManualResultDialog(const QString &itemTitle, bool pass, QWidget *parent = nullptr,
                       const Clock *clock = nullptr);

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
    // What OK does: writes the result and calls done with an empty string, or with why it could not;
    // done may be called later (an attachment is copied on a worker first). Until then the dialog shows
    // "Recording… (3 s)" and takes no second OK. On an error the dialog stays open with everything
    // typed, and says why.
    using Done = std::function<void(const QString &error)>;
    void setCommit(std::function<void(Done done)> commit) { m_commit = std::move(commit); }
    void accept() override;
    void reject() override;
    bool isRecording() const { return m_recording; }
    ElapsedLabel *elapsedLabel() const { return m_elapsed; }

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
    void committed(const QString &error);

    ElapsedLabel *m_elapsed = nullptr;
    bool m_recording = false;
    std::function<void(Done)> m_commit;
};

} // namespace pdc
