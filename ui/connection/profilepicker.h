// Choosing the connection profile to open: the saved profiles (production ones marked in words, not
// colour alone), with New, Edit and Remove. Accepting emits profileChosen; the caller connects.
#pragma once

#include "domain/connectionprofile.h"

#include <QDialog>
#include <functional>

class QListWidget;
class QPushButton;

namespace pdc {

class ProfileStore;

class ProfilePicker : public QDialog
{
    Q_OBJECT
public:
    explicit ProfilePicker(ProfileStore *store, QWidget *parent = nullptr);

    // Where a ledger password typed into the profile editor goes (the OS keychain, wired by the app);
    // called after the profile is saved, with the saved profile's ledger. Unset: the field is ignored.
    using LedgerPasswordSink = std::function<void(const LedgerSettings &, const QString &password)>;
    void setLedgerPasswordSink(LedgerPasswordSink sink) { m_passwordSink = std::move(sink); }

    void select(const QString &name);
    QString selectedName() const;
    QListWidget *list() const { return m_list; }

signals:
    void profileChosen(const pdc::ConnectionProfile &profile);

private:
    void reload(const QString &select = QString());
    void editProfile(bool create);
    void removeProfile();
    void choose();
    void updateButtons();

    ProfileStore *m_store;
    LedgerPasswordSink m_passwordSink;
    QListWidget *m_list = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
};

} // namespace pdc
