#include "ui/settings/OAuthClientChooser.h"

#include "services/oauth/GoogleAuthorizer.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace slotwise {

OAuthClientChooser::OAuthClientChooser(GoogleAuthorizer& authorizer, QWidget* parent)
    : QWidget(parent)
    , m_authorizer(authorizer)
    , m_pickFile([](QWidget* dialogParent) {
        return QFileDialog::getOpenFileName(dialogParent, tr("Choose credentials.json"), QDir::homePath(),
                                            tr("Google OAuth client (*.json);;All files (*)"));
    })
{
    setObjectName(QStringLiteral("oauthClientChooser"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_missing = new QLabel(this);
    m_missing->setObjectName(QStringLiteral("oauthClientMissing"));
    m_missing->setWordWrap(true);
    m_missing->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_missing);
    // Where Slotwise looked, or what is wrong with the client that was found: for whoever helps.
    m_places = new QLabel(this);
    m_places->setObjectName(QStringLiteral("oauthClientPlaces"));
    m_places->setWordWrap(true);
    m_places->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont small = m_places->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_places->setFont(small);
    layout->addWidget(m_places);
    m_choose = new QPushButton(tr("Choose credentials.json…"), this);
    m_choose->setObjectName(QStringLiteral("chooseCredentialsButton"));
    m_choose->setToolTip(tr("The JSON file of a \"Desktop app\" OAuth client, from whoever set up Google "
                            "sign-in for your practice, or downloaded from the Google Cloud console."));
    connect(m_choose, &QPushButton::clicked, this, &OAuthClientChooser::chooseFile);
    layout->addWidget(m_choose, 0, Qt::AlignLeft);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("oauthClientProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problem->setVisible(false);
    layout->addWidget(m_problem);

    connect(&m_authorizer, &GoogleAuthorizer::clientChanged, this, &OAuthClientChooser::refresh);
    refresh();
}

void OAuthClientChooser::chooseFile()
{
    const QString file = m_pickFile(this);
    if (file.isEmpty()) {
        return;
    }
    const Result<QString> installed = m_authorizer.installClientFile(file);
    if (!installed) {
        m_problem->setText(installed.error().message());
        m_problem->setVisible(true);
        return;
    }
    m_problem->clear();
    m_problem->setVisible(false);
    refresh();
    if (!m_authorizer.credentialsConfigured()) {
        // Copied, but a source that comes first (the environment) is broken and still decides.
        m_problem->setText(m_authorizer.credentialsError());
        m_problem->setVisible(true);
    }
    Q_EMIT clientInstalled(installed.value());
}

void OAuthClientChooser::refresh()
{
    const bool missing = !m_authorizer.credentialsConfigured();
    m_missing->setText(
        tr("Slotwise has no Google sign-in client yet, so it cannot connect. Whoever installs Slotwise for "
           "others can set one up for everyone on this computer; or choose the credentials.json you were "
           "given."));
    m_places->setText(m_authorizer.credentialsError());
    setVisible(missing);
}

} // namespace slotwise
