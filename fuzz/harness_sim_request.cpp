// portal-sim's request side on its own: raw bytes into HttpServer (portal-sim/httpserver.h) over loopback,
// parsed by Qt into an HttpRequest, handed to a handler that reads it the way the routes do (headers,
// cookies, query, body). Invariants: no crash; the server never answers with something that is not HTTP.
#include "fuzzsupport.h"
#include "httpserver.h"
#include "simdriver.h"

#include <QCoreApplication>

namespace {

// Never destroyed: Qt's own statics go first at exit, and a fuzzer process simply ends.
QCoreApplication *app = nullptr;
sim::HttpServer *server = nullptr;
quint16 port = 0;

sim::HttpResponse reflect(const sim::HttpRequest &r)
{
    QByteArray digest = r.method + ' ' + r.path.toUtf8() + '\n';
    for (const auto &[key, value] : r.query.queryItems(QUrl::FullyDecoded))
        digest += "q " + key.toUtf8() + '=' + value.toUtf8() + '\n';
    for (const auto &[key, value] : r.headers) {
        fuzz::check(r.hasHeader(key), "a header the request has is not found");
        digest += "h " + key + ": " + r.header(key) + '\n';
    }
    digest += "c " + r.cookie("portal_session") + '\n';
    digest += "b " + QByteArray::number(r.body.size()) + '\n';
    sim::HttpResponse response;
    response.setHeader("Content-Type", "text/plain");
    response.body = digest;
    return response;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.info=false;*.warning=false");
    app = new QCoreApplication(*argc, *argv);
    server = new sim::HttpServer(&reflect);
    QString error;
    port = server->start(0, QString(), QString(), &error);
    fuzz::check(port != 0, "the server does not listen");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray answer = fuzz::exchange(port, fuzz::input(data, size));
    if (qEnvironmentVariableIsSet("FUZZ_SHOW_ANSWER"))
        std::fprintf(stderr, "answer: %s\n", answer.left(300).constData());
    fuzz::check(answer.isEmpty() || answer.startsWith("HTTP/1.1 "), "an answer that is not HTTP");
    return 0;
}
