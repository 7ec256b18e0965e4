#pragma once

#include <QApplication>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>

// Runs `handle` on the next modal dialog once it is shown (the caller then calls the code that exec()s it).
// Keep the returned guard alive until then: destroying it stops waiting, so a handler never outlives the
// test that set it up. If no dialog appears the handler never runs and the test's checks fail.
class ModalHandler
{
public:
    explicit ModalHandler(std::function<void(QWidget*)> handle)
        : m_poll(new QTimer(qApp))
    {
        QTimer* poll = m_poll;
        QObject::connect(poll, &QTimer::timeout, poll, [poll, handle] {
            QWidget* modal = QApplication::activeModalWidget();
            if (modal && modal->isVisible()) {
                poll->stop();
                handle(modal);
            }
        });
        poll->start(10);
    }
    ~ModalHandler() { delete m_poll.data(); }
    ModalHandler(const ModalHandler&) = delete;
    ModalHandler& operator=(const ModalHandler&) = delete;

private:
    QPointer<QTimer> m_poll;
};
