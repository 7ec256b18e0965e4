#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;

namespace slotwise {

class GoogleAuthorizer;

// Shown in Calendar settings while no OAuth client is configured (issue 16): says so, and offers
// "Choose credentials.json…". The chosen file is checked and copied into the user's config folder by
// GoogleAuthorizer::installClientFile(); what is wrong with a file is shown here, naming the problem.
// Hides itself once a client is configured.
class OAuthClientChooser : public QWidget
{
    Q_OBJECT
public:
    // Asks for a file; returns its path, or an empty string when the user cancelled.
    using FilePicker = std::function<QString(QWidget* parent)>;

    explicit OAuthClientChooser(GoogleAuthorizer& authorizer, QWidget* parent = nullptr);

    // Default: a QFileDialog for *.json files. Tests pass a function that returns a file of theirs.
    void setFilePicker(FilePicker picker) { m_pickFile = std::move(picker); }

    // Asks for a file with the picker and installs it.
    void chooseFile();

Q_SIGNALS:
    // A chosen file was copied into the user's config folder; the authorizer already uses it.
    void clientInstalled(const QString& path);

private:
    void refresh();

    GoogleAuthorizer& m_authorizer;
    FilePicker m_pickFile;
    QLabel* m_missing = nullptr;
    QLabel* m_places = nullptr;
    QLabel* m_problem = nullptr;
    QPushButton* m_choose = nullptr;
};

} // namespace slotwise
