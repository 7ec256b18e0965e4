#include "ui/NewProfileDialog.h"

#include "services/AppointmentBook.h"
#include "ui/ErrorMessageLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <algorithm>

namespace slotwise {

NewProfileDialog::NewProfileDialog(AppointmentBook& book, QWidget* parent)
    : NewProfileDialog(book, Profile(), parent)
{}

NewProfileDialog::NewProfileDialog(AppointmentBook& book, const Profile& profile, QWidget* parent)
    : QDialog(parent)
    , m_book(book)
    , m_edited(profile)
{
    setWindowTitle(isEditing() ? tr("Edit Profile") : tr("New Profile"));
    if (const Result<QList<Profile>> all = m_book.profiles()) {
        for (const Profile& p : all.value()) {
            if (p.id != m_edited.id) {
                m_others << p;
            }
        }
    }
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_intro->setVisible(false);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Dr. Ada Lovelace"));
    m_nameMessage = createErrorMessageLabel(QStringLiteral("nameMessage"), this);
    m_email = new QLineEdit(this);
    m_email->setObjectName(QStringLiteral("emailEdit"));
    m_email->setPlaceholderText(tr("optional"));
    m_emailMessage = createErrorMessageLabel(QStringLiteral("emailMessage"), this);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(QString(), m_nameMessage);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(QString(), m_emailMessage);

    auto* buttons = new QDialogButtonBox(this);
    m_createButton =
        buttons->addButton(isEditing() ? tr("&Save") : tr("&Create Profile"), QDialogButtonBox::AcceptRole);
    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &NewProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &NewProfileDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    // The size constraint lets the dialog grow with its messages; the field width sets its breadth.
    layout->setSizeConstraint(QLayout::SetMinimumSize);
    m_name->setMinimumWidth(300);

    if (isEditing()) {
        m_name->setText(m_edited.displayName);
        m_email->setText(m_edited.email);
    }
    connect(m_name, &QLineEdit::textChanged, this, &NewProfileDialog::revalidate);
    connect(m_email, &QLineEdit::textChanged, this, &NewProfileDialog::revalidate);
    revalidate();
}

void NewProfileDialog::setName(const QString& name)
{
    m_name->setText(name);
    m_name->selectAll();
}

void NewProfileDialog::setIntroduction(const QString& text)
{
    m_intro->setText(text);
    m_intro->setVisible(!text.isEmpty());
}

QString NewProfileDialog::nameMessage() const
{
    return m_nameMessage->isHidden() ? QString() : m_nameMessage->text();
}

QString NewProfileDialog::emailMessage() const
{
    return m_emailMessage->isHidden() ? QString() : m_emailMessage->text();
}

void NewProfileDialog::revalidate()
{
    const QString name = m_name->text().trimmed();
    QString nameProblem;
    if (name.isEmpty()) {
        nameProblem = tr("Enter a name.");
    } else if (std::any_of(m_others.cbegin(), m_others.cend(), [&name](const Profile& other) {
                   return other.displayName.trimmed().compare(name, Qt::CaseInsensitive) == 0;
               })) {
        nameProblem = tr("A profile named “%1” already exists.").arg(name);
    }
    // An empty name is obvious from the disabled button; say so only once the user typed something.
    m_nameMessage->setText(nameProblem);
    m_nameMessage->setVisible(!nameProblem.isEmpty() && (m_name->isModified() || !name.isEmpty()));

    static const QRegularExpression emailPattern(QStringLiteral(R"(^[^@\s]+@[^@\s]+\.[^@\s]+$)"));
    const QString email = m_email->text().trimmed();
    const bool emailOk = email.isEmpty() || emailPattern.match(email).hasMatch();
    m_emailMessage->setText(emailOk ? QString() : tr("“%1” is not a valid email address.").arg(email));
    m_emailMessage->setVisible(!emailOk);
    m_createButton->setEnabled(nameProblem.isEmpty() && emailOk);
}

void NewProfileDialog::accept()
{
    revalidate();
    if (!m_createButton->isEnabled()) {
        return;
    }
    const QString name = m_name->text().trimmed();
    const QString email = m_email->text().trimmed();
    const Result<Profile> saved =
        isEditing() ? m_book.renameProfile(m_edited.id, name, email) : m_book.createProfile(name, email);
    if (!saved) {
        // E.g. another window took the name meanwhile; the check above only knew the names at opening.
        m_nameMessage->setText(saved.error().message());
        m_nameMessage->setVisible(true);
        return;
    }
    m_saved = saved.value();
    QDialog::accept();
}

} // namespace slotwise
