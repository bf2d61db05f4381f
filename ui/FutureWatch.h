#pragma once

#include <QFuture>
#include <QFutureWatcher>

namespace mm::ui {

// Calls `then` with the future's result on `context`'s thread once it is ready, and not at all
// when `context` is gone by then: a window closed while a worker still reads. (Qt 6.4's
// QFuture::then(context, ...) asserts when the context dies first.)
template <typename T, typename Then>
void whenReady(QObject* context, QFuture<T> future, Then then)
{
    auto* watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, context,
                     [watcher, then = std::move(then)]() mutable {
                         watcher->deleteLater();
                         then(watcher->result());
                     });
    watcher->setFuture(std::move(future));
}

} // namespace mm::ui
