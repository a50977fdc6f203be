// marsad serve: the HTTP API and the web UI over a knowledge base, until interrupted.
#include <csignal>
#include <cstdlib>
#include <iostream>
#include <thread>

#include "cli/commands.h"
#include "server/server.h"

namespace marsad::cli {
namespace {

server::Server* running = nullptr;

bool loopback(const std::string& address) {
  return address == "127.0.0.1" || address == "localhost" || address == "::1" || address.rfind("127.", 0) == 0;
}

}  // namespace

int serve(const ServeOptions& options) {
  server::ServeSettings settings;
  settings.db = options.db;
  settings.port = options.port;
  settings.bind = options.bind;
  settings.token = options.token;
  if (settings.token.empty())
    if (const char* env = std::getenv("MARSAD_TOKEN"); env && *env) settings.token = env;
  settings.static_dir = options.static_dir;
  if (options.threads) settings.threads = options.threads;
  try {
    server::Server s(settings);
    int port = s.bind();
    if (port < 0) {
      std::cerr << "marsad serve: cannot listen on " << settings.bind << ":" << settings.port << "\n";
      return 2;
    }
    std::cerr << "marsad serve: http://" << settings.bind << ":" << port << "/  (database " << settings.db << "; "
              << (s.static_root().empty() ? "web UI not built" : "web UI from " + s.static_root()) << "; POST "
              << (s.writable() ? "enabled with the token" : "disabled (no token)") << ")\n";
    if (!loopback(settings.bind))
      std::cerr << "marsad serve: warning: listening beyond this machine; reads need no token\n";
    running = &s;
    std::signal(SIGINT, [](int) { if (running) running->stop(); });
    std::signal(SIGTERM, [](int) { if (running) running->stop(); });
    bool ok = s.listen();
    running = nullptr;
    return ok ? 0 : 2;
  } catch (const std::exception& e) {
    std::cerr << "marsad serve: " << e.what() << "\n";
    return 2;
  }
}

}  // namespace marsad::cli
