// `marsad serve`: the HTTP API over the knowledge base and the web UI bundle.
//
//   server::Server s({.db = "marsad.db", .port = 0, .token = "secret"});
//   int port = s.bind();          // 0 asks for a free port
//   std::thread t([&] { s.listen(); });
//   …
//   s.stop(); t.join();
//
// Safe by default: loopback bind, bounded bodies and URLs, read/write timeouts, static files
// only from the bundle folder, errors as JSON {"error", "status"}, an exception answers 500
// for that request alone. Reads use one read-only connection per concurrent request (WAL:
// they go on while a POST writes); writes need the start-up token (none: POST is refused).
#pragma once

#include <cstddef>
#include <memory>
#include <string>

namespace marsad {
class Knowledge;
}

namespace marsad::server {

struct ServeSettings {
  std::string db = "marsad.db";
  int port = 8080;                    // 0: any free port
  std::string bind = "127.0.0.1";
  std::string token;                  // empty: POST /api/documents answers 403
  std::string static_dir;             // empty: default_static_dir() (<repo>/web/dist)
  size_t threads = 32;                // connections served at once (keep-alive holds a thread)
  size_t max_body_bytes = 8u << 20;   // larger bodies: 413
  int timeout_seconds = 10;           // reading a request, writing a response
};

class Server {
 public:
  // Opens the database (created when a token allows writing), loads the lexicon and, with a
  // token, the pipeline (`knowledge`, or data/ when null). Throws std::runtime_error when the
  // database is missing or not a marsad database.
  explicit Server(ServeSettings settings, std::shared_ptr<const Knowledge> knowledge = nullptr);
  ~Server();

  // Binds to settings.bind:settings.port; returns the port, or -1 when it cannot.
  int bind();
  // Serves until stop() (blocking). False when it could not serve.
  bool listen();
  void stop();
  bool running() const;  // listen() has started and not yet stopped

  // What the start-up line tells: where the UI comes from ("" when it is not built).
  std::string static_root() const;
  bool writable() const;

 private:
  struct State;
  std::unique_ptr<State> state_;
};

}  // namespace marsad::server
