#include "rerender.h"

#include <QEvent>
#include <QWidget>

namespace SmtpCodes::Widgets {

namespace {

class Rerenderer final : public QObject
{
public:
    Rerenderer(QWidget *widget, std::function<void()> body)
        : QObject(widget)
        , m_body(std::move(body))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const QEvent::Type type = event->type();
        if (watched == parent() && (type == QEvent::LanguageChange || type == QEvent::PaletteChange))
            m_body();
        return false;
    }

private:
    std::function<void()> m_body;
};

} // namespace

void onRerender(QWidget *widget, std::function<void()> body)
{
    body();
    new Rerenderer(widget, std::move(body));
}

} // namespace SmtpCodes::Widgets
