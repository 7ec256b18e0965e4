#pragma once

#include "models/Profile.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QPushButton;

namespace slotwise {

class AppointmentBook;

// Creates a profile: a name that no other profile has (any case) and an optional email.
class NewProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewProfileDialog(AppointmentBook& book, QWidget* parent = nullptr);

    void setName(const QString& name);
    // Shown above the form, e.g. to greet a first-time user.
    void setIntroduction(const QString& text);
    const Profile& createdProfile() const { return m_created; }
    QString nameMessage() const;
    QString emailMessage() const;

public Q_SLOTS:
    void accept() override;

private:
    void revalidate();

    AppointmentBook& m_book;
    QStringList m_existingNames;
    Profile m_created;
    QLabel* m_intro = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_email = nullptr;
    QLabel* m_nameMessage = nullptr;
    QLabel* m_emailMessage = nullptr;
    QPushButton* m_createButton = nullptr;
};

} // namespace slotwise
