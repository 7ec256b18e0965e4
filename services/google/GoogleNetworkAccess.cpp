#include "services/google/GoogleNetworkAccess.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace slotwise {

std::unique_ptr<QNetworkAccessManager> GoogleNetworkAccess::create()
{
    auto network = std::make_unique<QNetworkAccessManager>();
    network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    return network;
}

} // namespace slotwise
