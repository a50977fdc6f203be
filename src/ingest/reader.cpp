#include "ingest/reader.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>

#include "ingest/batch.h"
#include "ingest/decode.h"
#include "ingest/html_article.h"
#include "ingest/jsonl_reader.h"
#include "ingest/metadata.h"

namespace marsad::ingest {
namespace {

namespace fs = std::filesystem;

std::string lowercase_extension(const fs::path& path) {
  std::string ext = path.extension().string();
  std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
  return ext;
}

// What a folder walk picks up; a file named on the command line is read whatever it is called.
bool is_document_file(const fs::path& path) {
  const std::string ext = lowercase_extension(path);
  return ext == ".txt" || ext == ".jsonl" || ext == ".html" || ext == ".htm";
}

std::string read_bytes(const fs::path& path) {
  std::unique_ptr<FILE, decltype(&std::fclose)> file(std::fopen(path.c_str(), "rb"), std::fclose);
  if (!file) throw InputError(path.string(), std::strerror(errno));
  std::string bytes;
  std::error_code size_unknown;
  if (const auto size = fs::file_size(path, size_unknown); !size_unknown) bytes.reserve(size);
  char buffer[1 << 16];
  while (const size_t n = std::fread(buffer, 1, sizeof buffer, file.get())) bytes.append(buffer, n);
  if (std::ferror(file.get())) throw InputError(path.string(), std::strerror(errno));
  return bytes;
}

Decoded decode_file(const fs::path& path, Batch& batch) {
  Decoded decoded = decode(read_bytes(path), path.string());
  if (decoded.replaced) batch.warn(path.string(), describe_issues(decoded));
  return decoded;
}

// a.txt's metadata lives in a.meta.json beside it (the layout of our corpora). A broken
// metadata file is reported, and the text is still read.
void apply_sidecar(const fs::path& path, Document& doc, Batch& batch) {
  const fs::path sidecar = path.parent_path() / (path.stem().string() + ".meta.json");
  std::error_code ec;
  if (!fs::is_regular_file(sidecar, ec)) return;
  try {
    const Decoded json = repair_utf8(read_bytes(sidecar));
    const nlohmann::json record = nlohmann::json::parse(json.text);
    if (!record.is_object()) throw InputError(sidecar.string(), "not a JSON object");
    if (std::string warning = apply_metadata(record, doc); !warning.empty()) batch.warn(sidecar.string(), warning);
  } catch (const nlohmann::json::exception& e) {
    batch.fail(InputError(sidecar.string(), json_error_reason(e)));
  } catch (const InputError& e) {
    batch.fail(e);
  }
}

void read_text_file(const fs::path& path, Batch& batch) {
  Document doc;
  doc.id = path.stem().string();
  doc.origin = path.string();
  doc.text = decode_file(path, batch).text;
  apply_sidecar(path, doc, batch);
  batch.add(std::move(doc));
}

void read_html_file(const fs::path& path, Batch& batch) {
  HtmlArticle article = extract_article(decode_file(path, batch).text);
  if (is_blank(article.text)) throw InputError(path.string(), "no article text in the page");
  Document doc;
  doc.id = path.stem().string();
  doc.origin = path.string();
  doc.title = std::move(article.title);
  doc.text = std::move(article.text);
  if (auto date = iso_date(article.date)) doc.date = *date;
  else if (!article.date.empty()) batch.warn(doc.origin, "page date is not a date (YYYY-MM-DD): \"" + article.date + "\"");
  apply_sidecar(path, doc, batch);
  batch.add(std::move(doc));
}

void read_jsonl_file(const fs::path& path, Batch& batch) {
  // std::ifstream opens through fopen, which sets errno on failure.
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path.string(), std::strerror(errno));
  read_jsonl(in, path.string(), batch);
}

void read_file(const fs::path& path, Batch& batch) {
  try {
    const std::string ext = lowercase_extension(path);
    if (ext == ".jsonl") read_jsonl_file(path, batch);
    else if (ext == ".html" || ext == ".htm") read_html_file(path, batch);
    else read_text_file(path, batch);
  } catch (const InputError& e) {
    batch.fail(e);
  }
}

// Depth first, entries in byte order of their names: the same folder always gives the
// same documents in the same order.
void read_folder(const fs::path& folder, Batch& batch) {
  std::error_code ec;
  std::vector<fs::directory_entry> entries;
  for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) entries.push_back(*it);
  if (ec) batch.fail(InputError(folder.string(), ec.message()));  // then read what was listed
  std::sort(entries.begin(), entries.end(), [](const fs::directory_entry& a, const fs::directory_entry& b) {
    return a.path().filename().string() < b.path().filename().string();
  });
  for (const fs::directory_entry& entry : entries) {
    if (entry.path().filename().string().starts_with('.')) continue;  // hidden
    // Linked folders are not followed: a link to a parent would never end.
    if (entry.is_directory(ec) && !entry.is_symlink(ec)) read_folder(entry.path(), batch);
    else if (entry.is_regular_file(ec) && is_document_file(entry.path())) read_file(entry.path(), batch);
  }
}

// Standard input is JSON Lines if its first visible character is '{', else one text.
void read_stdin(Batch& batch) {
  std::cin.clear();
  std::string head;  // white space before the first visible character, part of a text
  int c;
  while ((c = std::cin.peek()) != EOF && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) head += static_cast<char>(std::cin.get());
  if (c == '{') {
    read_jsonl(std::cin, "-", batch, 1 + std::count(head.begin(), head.end(), '\n'));
    return;
  }
  std::string bytes = std::move(head);
  bytes.append(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
  if (std::cin.bad()) throw InputError("-", std::string("read error: ") + std::strerror(errno));
  Document doc;
  doc.id = "stdin";
  doc.origin = "-";
  Decoded decoded = decode(bytes, doc.origin);
  if (decoded.replaced) batch.warn(doc.origin, describe_issues(decoded));
  doc.text = std::move(decoded.text);
  batch.add(std::move(doc));
}

void read_path(const std::string& name, Batch& batch) {
  try {
    if (name == "-") return read_stdin(batch);
    std::error_code ec;
    const fs::file_status status = fs::status(name, ec);
    if (ec) throw InputError(name, ec.message());
    if (fs::is_directory(status)) read_folder(name, batch);
    else read_file(name, batch);
  } catch (const InputError& e) {
    batch.fail(e);
  }
}

}  // namespace

ReadSummary read_inputs(const std::vector<std::string>& paths, const ReadOptions& options,
                        const std::function<void(Document&&)>& on_document,
                        const std::function<void(const InputError&)>& on_error) {
  const bool date_ok = options.date.size() == 10 && iso_date(options.date);
  Batch batch(options, date_ok ? options.date : "", on_document, on_error);
  if (!options.date.empty() && !date_ok) {
    batch.fail(InputError("--date", "not a date (YYYY-MM-DD): \"" + options.date + "\""));
  }
  for (const std::string& path : paths) read_path(path, batch);
  return batch.summary();
}

}  // namespace marsad::ingest
