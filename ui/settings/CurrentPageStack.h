#pragma once

#include <QStackedWidget>

namespace slotwise {

// A stacked widget only as tall as the page it shows. QStackedWidget asks every page for its height
// (QStackedLayout::heightForWidth ignores size policies), so a page of short controls sat above a gap as
// tall as the longest error text of a hidden page.
class CurrentPageStack : public QStackedWidget
{
    Q_OBJECT
public:
    explicit CurrentPageStack(QWidget* parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

private:
    void pageChanged();
};

} // namespace slotwise
