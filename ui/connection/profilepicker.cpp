#include "profilepicker.h"

#include "profileeditor.h"
#include "profiles/profilestore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace pdc {

ProfilePicker::ProfilePicker(ProfileStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Choose a Connection Profile"));
    setAccessibleName(windowTitle());
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Operating on the wrong tenant is the most costly mistake: check the "
                                "tenant and environment before you connect."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *listLabel = new QLabel(tr("&Profiles:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setAccessibleName(tr("Connection profiles"));
    listLabel->setBuddy(m_list);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);

    auto *row = new QHBoxLayout;
    auto *create = new QPushButton(tr("&New\u2026"), this);
    create->setObjectName(QStringLiteral("newProfile"));
    create->setAccessibleName(tr("New profile"));
    m_edit = new QPushButton(tr("&Edit\u2026"), this);
    m_edit->setObjectName(QStringLiteral("editProfile"));
    m_edit->setAccessibleName(tr("Edit profile"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("removeProfile"));
    m_remove->setAccessibleName(tr("Remove profile"));
    row->addWidget(create);
    row->addWidget(m_edit);
    row->addWidget(m_remove);
    row->addStretch(1);
    layout->addLayout(row);

    auto *buttons = new QDialogButtonBox(this);
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectProfile"));
    m_connect->setAccessibleName(tr("Connect with the selected profile"));
    m_connect->setDefault(true);
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);

    connect(create, &QPushButton::clicked, this, [this] { editProfile(true); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editProfile(false); });
    connect(m_remove, &QPushButton::clicked, this, &ProfilePicker::removeProfile);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfilePicker::choose);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemActivated, this, &ProfilePicker::choose);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfilePicker::updateButtons);
    reload(m_store->lastUsed());
    resize(560, 420);
}

void ProfilePicker::select(const QString &name)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(Qt::UserRole).toString() == name)
            m_list->setCurrentRow(i);
    }
}

QString ProfilePicker::selectedName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void ProfilePicker::reload(const QString &selectName)
{
    m_list->clear();
    for (const ConnectionProfile &p : m_store->profiles()) {
        const QString host = p.portalUrl.host();
        QString text = tr("%1 \u2014 tenant %2, %3 \u2014 %4").arg(p.name, p.tenant, p.environment, host);
        if (p.isProduction())
            text = tr("\u26a0 PRODUCTION: %1").arg(text);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, p.name);
    }
    if (!selectName.isEmpty())
        select(selectName);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void ProfilePicker::editProfile(bool create)
{
    ConnectionProfile profile;
    if (!create) {
        const auto existing = m_store->profile(selectedName());
        if (!existing)
            return;
        profile = *existing;
    }
    QStringList names;
    for (const ConnectionProfile &p : m_store->profiles())
        names.append(p.name);
    auto *editor = new ProfileEditor(profile, names, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    const QString oldName = profile.name;
    connect(editor, &QDialog::accepted, this, [this, editor, oldName] {
        const ConnectionProfile saved = editor->profile();
        if (!oldName.isEmpty() && oldName != saved.name)
            m_store->remove(oldName);
        m_store->save(saved);
        const QString password = editor->ledgerPassword();
        if (m_passwordSink && saved.ledger.isConfigured() && !password.isEmpty())
            m_passwordSink(saved.ledger, password);
        reload(saved.name);
    });
    editor->open();
}

void ProfilePicker::removeProfile()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Remove Profile"),
                        tr("Remove the profile \u201c%1\u201d? Records made with it are kept.").arg(name),
                        QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, name](QAbstractButton *button) {
        if (box->standardButton(button) != QMessageBox::Yes)
            return;
        m_store->remove(name);
        reload();
    });
    box->open();
}

void ProfilePicker::choose()
{
    const auto profile = m_store->profile(selectedName());
    if (!profile)
        return;
    m_store->setLastUsed(profile->name);
    emit profileChosen(*profile);
    accept();
}

void ProfilePicker::updateButtons()
{
    const bool any = m_list->currentItem() != nullptr;
    m_connect->setEnabled(any);
    m_edit->setEnabled(any);
    m_remove->setEnabled(any);
}

} // namespace pdc
