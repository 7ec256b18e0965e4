#pragma once

#include "models/Profile.h"

#include <QDialog>
#include <QList>

class QLabel;
class QLineEdit;
class QPushButton;

namespace slotwise {

class AppointmentBook;

// Creates a profile, or edits one: a name that no other profile has (any case) and an optional email.
class NewProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewProfileDialog(AppointmentBook& book, QWidget* parent = nullptr);
    // Edit mode: starts with `profile`'s name and email and saves them onto it; its own name stays allowed.
    NewProfileDialog(AppointmentBook& book, const Profile& profile, QWidget* parent = nullptr);

    void setName(const QString& name);
    // Shown above the form, e.g. to greet a first-time user.
    void setIntroduction(const QString& text);
    const Profile& createdProfile() const { return m_saved; }
    // The profile as stored after Save (edit mode) or Create.
    const Profile& savedProfile() const { return m_saved; }
    bool isEditing() const { return m_edited.isValid(); }
    QString nameMessage() const;
    QString emailMessage() const;

public Q_SLOTS:
    void accept() override;

private:
    void revalidate();

    AppointmentBook& m_book;
    Profile m_edited; // invalid when creating
    QList<Profile> m_others;
    Profile m_saved;
    QLabel* m_intro = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QLabel* m_nameMessage = nullptr;
    QLabel* m_emailMessage = nullptr;
    QPushButton* m_createButton = nullptr;
};

} // namespace slotwise
