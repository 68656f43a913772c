#include "manualresultdialog.h"

#include "common/elapsedlabel.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace pdc {

ManualResultDialog::ManualResultDialog(const QString &itemTitle, bool pass, QWidget *parent,
                                       const Clock *clock)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("manualResultDialog"));
    setWindowTitle(tr("Record a manual result"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(itemTitle, this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto *form = new QFormLayout;
    auto *results = new QHBoxLayout;
    m_pass = new QRadioButton(tr("&Pass"), this);
    m_fail = new QRadioButton(tr("&Fail"), this);
    (pass ? m_pass : m_fail)->setChecked(true);
    results->addWidget(m_pass);
    results->addWidget(m_fail);
    results->addStretch(1);
    form->addRow(tr("Result:"), results);

    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("noteEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What you checked and what you saw (required)"));
    m_note->setAccessibleName(tr("Note (required)"));
    auto *noteLabel = new QLabel(tr("&Note (required):"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);

    m_link = new QLineEdit(this);
    m_link->setObjectName(QStringLiteral("linkEdit"));
    m_link->setPlaceholderText(tr("https://\u2026 (optional)"));
    m_link->setAccessibleName(tr("Link"));
    auto *linkLabel = new QLabel(tr("&Link:"), this);
    linkLabel->setBuddy(m_link);
    form->addRow(linkLabel, m_link);

    auto *attachRow = new QHBoxLayout;
    m_attachment = new QLineEdit(this);
    m_attachment->setObjectName(QStringLiteral("attachmentEdit"));
    m_attachment->setPlaceholderText(tr("A file such as a dashboard screenshot (optional)"));
    m_attachment->setAccessibleName(tr("File to attach"));
    auto *browse = new QPushButton(tr("&Browse\u2026"), this);
    browse->setAccessibleName(tr("Choose a file to attach"));
    attachRow->addWidget(m_attachment, 1);
    attachRow->addWidget(browse);
    auto *attachLabel = new QLabel(tr("&Attach file:"), this);
    attachLabel->setBuddy(m_attachment);
    form->addRow(attachLabel, attachRow);
    layout->addLayout(form);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("hint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_elapsed = new ElapsedLabel(clock, this);
    layout->addWidget(m_elapsed);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Record"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_note, &QPlainTextEdit::textChanged, this, &ManualResultDialog::revalidate);
    connect(m_link, &QLineEdit::textChanged, this, &ManualResultDialog::revalidate);
    connect(m_attachment, &QLineEdit::textChanged, this, &ManualResultDialog::revalidate);
    connect(browse, &QPushButton::clicked, this, &ManualResultDialog::browse);
    m_note->setFocus();
    resize(560, sizeHint().height());
    revalidate();
}

void ManualResultDialog::accept()
{
    if (!canAccept())
        return;
    if (m_recording)
        return;
    if (!m_commit) {
        QDialog::accept();
        return;
    }
    m_recording = true;
    m_buttons->setEnabled(false);
    const QList<QWidget *> fields{m_pass, m_fail, m_note, m_link, m_attachment};
    for (QWidget *field : fields)
        field->setEnabled(false);
    m_elapsed->start(attachment().isEmpty() ? tr("Recording the result…")
                                            : tr("Copying and hashing the attachment…"));
    QPointer<ManualResultDialog> self(this);
    m_commit([self](const QString &error) {
        if (self)
            self->committed(error);
    });
}

void ManualResultDialog::committed(const QString &error)
{
    m_recording = false;
    m_elapsed->stop();
    m_buttons->setEnabled(true);
    const QList<QWidget *> fields{m_pass, m_fail, m_note, m_link, m_attachment};
    for (QWidget *field : fields)
        field->setEnabled(true);
    if (!error.isEmpty()) {
        m_hint->setText(tr("Not recorded: %1").arg(error));
        return; // keep what was typed
    }
    QDialog::accept();
}

void ManualResultDialog::reject()
{
    if (m_recording)
        return; // the copy runs to its end; the result is then written or refused, and shown
    QDialog::reject();
}

bool ManualResultDialog::pass() const
{
    return m_pass->isChecked();
}

QString ManualResultDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

QString ManualResultDialog::link() const
{
    return m_link->text().trimmed();
}

QString ManualResultDialog::attachment() const
{
    return m_attachment->text().trimmed();
}

void ManualResultDialog::setLink(const QString &link)
{
    m_link->setText(link);
}

bool ManualResultDialog::canAccept() const
{
    return m_buttons->button(QDialogButtonBox::Ok)->isEnabled();
}

void ManualResultDialog::revalidate()
{
    QString problem;
    if (note().isEmpty())
        problem = tr("A note is required: write what you checked and what you saw.");
    else if (!link().isEmpty() &&
             (!QUrl(link(), QUrl::StrictMode).isValid() || QUrl(link()).scheme().isEmpty()))
        problem = tr("The link needs to be a full address such as https://dashboards.example/\u2026");
    else if (!attachment().isEmpty() && !QFileInfo(attachment()).isFile())
        problem = tr("The file to attach does not exist.");
    m_hint->setText(problem.isEmpty() ? tr("The result is written to the record at once.") : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

void ManualResultDialog::browse()
{
    auto *dialog = new QFileDialog(this, tr("Attach a file"),
                                   QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                                   tr("Images (*.png *.jpg *.jpeg);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &file) { m_attachment->setText(file); });
    dialog->open();
}

} // namespace pdc
