#include "server/server.h"

#include <httplib.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "ingest/decode.h"
#include "pipeline/knowledge_data.h"
#include "pipeline/pipeline.h"
#include "server/api_error.h"
#include "server/api_routes.h"
#include "server/document_intake.h"
#include "server/read_connections.h"
#include "server/static_files.h"

namespace marsad::server {
namespace {

using nlohmann::json;
using httplib::Request;
using httplib::Response;

constexpr int kMaxJsonDepth = 32;  // a document is {…} or [{…}]: deeper nesting is an attack

// "application/json; charset=utf-8" is deliberately not a type httplib compresses (it matches
// "application/json" exactly): brotli at its default quality costs more than the query.
void send_json(Response& res, const json& body, int status = 200) {
  res.status = status;
  // Stored text is valid UTF-8, but a reply must never fail on a stray byte.
  res.set_content(body.dump(-1, ' ', false, json::error_handler_t::replace), "application/json; charset=utf-8");
  res.set_header("Cache-Control", "no-store");
}

void send_error(Response& res, int status, const std::string& message) {
  send_json(res, {{"error", message}, {"status", status}}, status);
}

// Runs a handler: whatever it throws becomes a JSON error for this request alone.
template <class Handler>
void respond(const Request& req, Response& res, Handler&& handler) {
  try {
    handler();
  } catch (const ApiError& e) {
    send_error(res, e.status(), e.what());
  } catch (const std::exception& e) {
    std::cerr << "marsad serve: " << req.method << " " << req.path.substr(0, 200) << ": " << e.what() << "\n";
    send_error(res, 500, "internal error");
  } catch (...) {
    send_error(res, 500, "internal error");
  }
}

// Compares in time independent of where the strings differ.
bool same_secret(const std::string& a, const std::string& b) {
  unsigned char diff = a.size() != b.size();
  for (size_t i = 0; i < a.size(); ++i) diff |= a[i] ^ b[i % std::max<size_t>(1, b.size())];
  return diff == 0;
}

json parse_body(const std::string& body) {
  if (ingest::is_blank(body)) throw ApiError(400, "empty body: expected a JSON document or an array of them");
  // Broken bytes are repaired as the JSON Lines reader does, so both ingest paths agree.
  std::string text = ingest::repair_utf8(body).text;
  auto depth_guard = [](int depth, json::parse_event_t, json&) {
    if (depth > kMaxJsonDepth) throw ApiError(400, "malformed JSON: nested too deeply");
    return true;
  };
  try {
    return json::parse(text, depth_guard);
  } catch (const json::exception& e) {
    std::string message = e.what();
    if (size_t tag = message.find("] "); tag != std::string::npos) message.erase(0, tag + 2);
    throw ApiError(400, "malformed JSON: " + message.substr(0, message.find("; last read")));
  }
}

std::string reason(int status) {
  switch (status) {
    case 400: return "bad request";
    case 401: return "unauthorized";
    case 403: return "forbidden";
    case 404: return "not found";
    case 405: return "method not allowed";
    case 413: return "request body too large";
    case 414: return "URI too long";
    case 416: return "range not satisfiable";
    default: return status >= 500 ? "internal error" : "error";
  }
}

std::optional<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace

struct Server::State {
  ServeSettings settings;
  std::shared_ptr<const Knowledge> knowledge;
  std::unique_ptr<DocumentIntake> intake;  // null without a token
  std::unique_ptr<ReadConnections> readers;
  StaticFiles files;
  httplib::Server http;

  State(ServeSettings s, std::shared_ptr<const Knowledge> k)
      : settings(std::move(s)),
        knowledge(std::move(k)),
        files(settings.static_dir.empty() ? default_static_dir() : settings.static_dir) {}

  void get(const Request& req, Response& res);
  void post_documents(const Request& req, Response& res);
  void serve_static(const Request& req, Response& res);
  void routes();
};

void Server::State::get(const Request& req, Response& res) {
  if (req.path == "/api" || req.path.compare(0, 5, "/api/") == 0) {
    auto lease = readers->borrow();
    send_json(res, answer_get(req, *lease));
    return;
  }
  serve_static(req, res);
}

void Server::State::serve_static(const Request& req, Response& res) {
  if (!files.available()) {
    if (req.path != "/") throw ApiError(404, "not found (the web UI is not built)");
    send_json(res, {{"message", "marsad: the web UI is not built (build it in web/ with npm, or give --static DIR); "
                                "the API answers under /api/"},
                    {"static_dir", settings.static_dir.empty() ? default_static_dir() : settings.static_dir},
                    {"api", {"/api/stats", "/api/search?q=", "/api/documents", "/api/actors?q=", "/api/events",
                             "/api/graph?actor=", "/api/timeline", "/api/map"}}});
    return;
  }
  StaticFile file = files.resolve(req.path, req.target);
  auto content = read_file(file.path);
  if (!content) throw ApiError(404, "not found");
  res.status = 200;
  // Sent through a sized content provider, which httplib never compresses: it would compress
  // res.body with brotli at its slowest quality (1.7 s for a 450 KB script), on every request.
  auto data = std::make_shared<std::string>(std::move(*content));
  res.set_content_provider(data->size(), file.content_type.c_str(),
                           [data](size_t offset, size_t length, httplib::DataSink& sink) {
                             if (offset < data->size())
                               sink.write(data->data() + offset, std::min(length, data->size() - offset));
                             return true;
                           });
}

void Server::State::post_documents(const Request& req, Response& res) {
  if (!intake) throw ApiError(403, "writing is disabled: start marsad serve with --token or MARSAD_TOKEN");
  const std::string auth = req.get_header_value("Authorization");
  const std::string bearer = "Bearer ";
  if (auth.compare(0, bearer.size(), bearer) != 0) throw ApiError(401, "missing token (Authorization: Bearer …)");
  if (!same_secret(auth.substr(bearer.size()), settings.token)) throw ApiError(401, "bad token");
  json body = parse_body(req.body);
  IntakeResult result = intake->ingest(body);
  json errors = json::array();
  for (const auto& f : result.errors) errors.push_back({{"index", f.index}, {"error", f.error}});
  json answer = {{"ingested", result.ingested}, {"skipped", result.skipped}, {"errors", errors}};
  if (result.ingested.empty() && result.skipped.empty() && !result.errors.empty()) {
    // Nothing usable in the body: a client error, with the reasons.
    answer["error"] = result.errors.front().error;
    answer["status"] = 400;
    send_json(res, answer, 400);
    return;
  }
  send_json(res, answer);
}

void Server::State::routes() {
  // Every GET is routed here, before httplib's regex routing (no regex runs on request paths).
  http.set_pre_routing_handler([this](const Request& req, Response& res) {
    if (req.method != "GET" && req.method != "HEAD") return httplib::Server::HandlerResponse::Unhandled;
    respond(req, res, [&] { get(req, res); });
    return httplib::Server::HandlerResponse::Handled;
  });
  http.Post("/api/documents", [this](const Request& req, Response& res) {
    respond(req, res, [&] { post_documents(req, res); });
  });
  // httplib's own refusals (413, 414, 400, no route) get a JSON body; a known path with the
  // wrong method is 405.
  httplib::Server::HandlerWithResponse on_error = [](const Request& req, Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    int status = res.status;
    bool other_method = !req.method.empty() && req.method != "GET" && req.method != "HEAD";
    if (other_method && (status == 404 || status == 400) && (req.method != "POST" || is_api_path(req.path) ||
                                                             req.path.compare(0, 5, "/api/") != 0)) {
      status = 405;
      res.set_header("Allow", req.path == "/api/documents" ? "GET, HEAD, POST" : "GET, HEAD");
    }
    send_error(res, status, reason(status));
    return httplib::Server::HandlerResponse::Handled;
  };
  http.set_error_handler(on_error);
  http.set_exception_handler([](const Request&, Response& res, std::exception_ptr) {
    send_error(res, 500, "internal error");
  });
}

Server::Server(ServeSettings settings, std::shared_ptr<const Knowledge> knowledge)
    : state_(std::make_unique<State>(std::move(settings), std::move(knowledge))) {
  auto& s = *state_;
  bool exists = std::filesystem::exists(s.settings.db);
  if (!exists && s.settings.token.empty())
    throw std::runtime_error("no database " + s.settings.db + " (run `marsad ingest` first, or give --db)");
  std::shared_ptr<const Lexicon> lexicon;
  if (!s.settings.token.empty()) {
    if (!s.knowledge) s.knowledge = Knowledge::load();
    s.intake = std::make_unique<DocumentIntake>(s.settings.db, s.knowledge);
  }
  lexicon = s.knowledge ? s.knowledge->data().lexicon : Lexicon::load();
  s.readers = std::make_unique<ReadConnections>(s.settings.db, lexicon);
  {
    auto check = s.readers->borrow();  // fails now, not on the first request, if this is no marsad database
    check->reader.stats();
  }
  s.http.new_task_queue = [n = std::max<size_t>(2, s.settings.threads)] { return new httplib::ThreadPool(n); };
  s.http.set_payload_max_length(s.settings.max_body_bytes);
  s.http.set_read_timeout(s.settings.timeout_seconds, 0);
  s.http.set_write_timeout(s.settings.timeout_seconds, 0);
  // Headers and body go out in separate writes: without TCP_NODELAY, Nagle's algorithm and
  // the client's delayed ACK hold every response back ~40 ms.
  s.http.set_tcp_nodelay(true);
  s.http.set_keep_alive_timeout(5);
  s.http.set_keep_alive_max_count(1000);
  s.http.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                              {"Referrer-Policy", "no-referrer"},
                              {"X-Frame-Options", "DENY"}});
  s.routes();
}

Server::~Server() { stop(); }

int Server::bind() {
  auto& s = *state_;
  if (s.settings.port == 0) return s.http.bind_to_any_port(s.settings.bind);
  return s.http.bind_to_port(s.settings.bind, s.settings.port) ? s.settings.port : -1;
}

bool Server::listen() { return state_->http.listen_after_bind(); }

void Server::stop() {
  if (state_->http.is_running()) state_->http.stop();
}

bool Server::running() const { return state_->http.is_running(); }
std::string Server::static_root() const { return state_->files.root(); }
bool Server::writable() const { return state_->intake != nullptr; }

}  // namespace marsad::server
