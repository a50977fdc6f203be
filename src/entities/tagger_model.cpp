#include "entities/tagger_model.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstring>
#include <fstream>
#include <limits>

#include "core/input_error.h"
#include "core/utf8.h"

namespace marsad {
namespace {

// Layout (little-endian, as on every machine marsad runs on):
//   "MARSADNER" u32 version
//   u32 n, n × (u32 length, UTF-8)                     light prefixes, longest first
//   kNerListCount × gazetteer:
//     u32 n, n × (u8 type bits, u32 length, UTF-8)     phrases (match keys), sorted
//   u8 use_lexicon
//   u8 stages (1, or 2 when stacked), then per stage, the first pass first:
//     (kTagCount + 1) × kTagCount × f32                transitions
//     u64 n, f32 scale, n × u64 feature hashes, n × kTagCount × i16 weights
constexpr char kMagic[] = "MARSADNER";
constexpr uint32_t kVersion = 2;

class Writer {
 public:
  explicit Writer(const std::string& path) : path_(path), out_(path, std::ios::binary | std::ios::trunc) {
    if (!out_) throw InputError(path, "cannot write");
  }
  template <typename T>
  void put(const T& value) { out_.write(reinterpret_cast<const char*>(&value), sizeof value); }
  template <typename T>
  void put_array(const T* values, size_t n) { out_.write(reinterpret_cast<const char*>(values), sizeof(T) * n); }
  void put_string(std::u32string_view s) {
    std::string bytes = utf8::encode(s);
    put(uint32_t(bytes.size()));
    out_.write(bytes.data(), bytes.size());
  }
  void finish() {
    out_.flush();
    if (!out_) throw InputError(path_, "write failed");
  }

 private:
  std::string path_;
  std::ofstream out_;
};

class Reader {
 public:
  explicit Reader(const std::string& path) : path_(path), in_(path, std::ios::binary) {
    if (!in_) throw InputError(path, "cannot open model");
  }
  template <typename T>
  T get() {
    T value{};
    get_array(&value, 1);
    return value;
  }
  template <typename T>
  void get_array(T* values, size_t n) {
    in_.read(reinterpret_cast<char*>(values), std::streamsize(sizeof(T) * n));
    if (!in_) throw InputError(path_, "truncated model");
  }
  std::u32string get_string() {
    std::string bytes(get<uint32_t>(), '\0');
    get_array(bytes.data(), bytes.size());
    return utf8::decode(bytes);
  }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  std::ifstream in_;
};

float scale_of(const std::vector<float>& rows) {
  float largest = 0;
  for (float w : rows) largest = std::max(largest, std::fabs(w));
  return largest > 0 ? largest / std::numeric_limits<int16_t>::max() : 1.0f;
}

void write_weights(Writer& out, const NerWeights& w) {
  out.put_array(w.transitions.data(), w.transitions.size());
  const float scale = scale_of(w.rows);
  out.put(uint64_t(w.features.size()));
  out.put(scale);
  out.put_array(w.features.data(), w.features.size());
  std::vector<int16_t> q(w.rows.size());
  for (size_t i = 0; i < q.size(); ++i) q[i] = int16_t(std::lround(w.rows[i] / scale));
  out.put_array(q.data(), q.size());
}

void read_weights(Reader& in, NerWeights& w) {
  in.get_array(w.transitions.data(), w.transitions.size());
  const uint64_t n = in.get<uint64_t>();
  const float scale = in.get<float>();
  if (n > (uint64_t(1) << 32)) throw InputError(in.path(), "corrupt model");
  w.features.resize(n);
  in.get_array(w.features.data(), n);
  std::vector<int16_t> q(n * kTagCount);
  in.get_array(q.data(), q.size());
  w.rows.resize(q.size());
  for (size_t i = 0; i < q.size(); ++i) w.rows[i] = float(q[i]) * scale;
}

}  // namespace

float weight_scale(const NerWeights& w) { return scale_of(w.rows); }

void quantize(NerWeights& w) {
  const float scale = scale_of(w.rows);
  NerWeights kept;
  kept.transitions = w.transitions;
  for (size_t f = 0; f < w.features.size(); ++f) {
    float row[kTagCount];
    bool any = false;
    for (int t = 0; t < kTagCount; ++t) {
      row[t] = float(std::lround(w.rows[f * kTagCount + t] / scale)) * scale;
      any |= row[t] != 0;
    }
    if (!any) continue;
    kept.features.push_back(w.features[f]);
    kept.rows.insert(kept.rows.end(), row, row + kTagCount);
  }
  w = std::move(kept);
}

void save_model(const NerModel& model, const std::string& path) {
  Writer out(path);
  out.put_array(kMagic, std::strlen(kMagic));
  out.put(kVersion);

  const NerKnowledge& k = model.knowledge;
  out.put(uint32_t(k.light_prefixes.size()));
  for (const auto& p : k.light_prefixes) out.put_string(p);
  for (const NerGazetteer& g : k.gazetteers) {
    std::vector<std::pair<std::u32string, uint8_t>> phrases(g.phrases.begin(), g.phrases.end());
    std::sort(phrases.begin(), phrases.end());
    out.put(uint32_t(phrases.size()));
    for (const auto& [phrase, types] : phrases) {
      out.put(types);
      out.put_string(phrase);
    }
  }
  out.put(uint8_t(k.use_lexicon));

  out.put(uint8_t(model.stacked() ? 2 : 1));
  if (model.stacked()) write_weights(out, model.first_pass);
  write_weights(out, model.weights);
  out.finish();
}

NerModel load_model(const std::string& path) {
  Reader in(path);
  char magic[sizeof kMagic - 1];
  in.get_array(magic, sizeof magic);
  if (std::memcmp(magic, kMagic, sizeof magic) != 0) throw InputError(path, "not a marsad NER model");
  if (uint32_t version = in.get<uint32_t>(); version != kVersion)
    throw InputError(path, "NER model version " + std::to_string(version) + ", expected " + std::to_string(kVersion));

  NerModel model;
  NerKnowledge& k = model.knowledge;
  for (uint32_t n = in.get<uint32_t>(); n > 0; --n) k.light_prefixes.push_back(in.get_string());
  for (NerGazetteer& g : k.gazetteers) {
    for (uint32_t n = in.get<uint32_t>(); n > 0; --n) {
      uint8_t types = in.get<uint8_t>();
      std::u32string phrase = in.get_string();
      for (int t = 1; t < kEntityTypeCount; ++t)
        if (types & (1u << t)) g.add(phrase, EntityType(t));
    }
  }
  k.use_lexicon = in.get<uint8_t>() != 0;

  const uint8_t stages = in.get<uint8_t>();
  if (stages != 1 && stages != 2) throw InputError(path, "corrupt model");
  if (stages == 2) read_weights(in, model.first_pass);
  read_weights(in, model.weights);
  return model;
}

void viterbi(const float* emissions, size_t n, const float* transitions, std::vector<Tag>& out) {
  out.assign(n, kOutside);
  if (n == 0) return;
  constexpr float kImpossible = -std::numeric_limits<float>::infinity();
  // The transitions with BIO's rule folded in (a forbidden one scores −∞), so the inner loop
  // has no branch; scratch reused between calls: this runs for every sentence.
  std::array<float, (kTagCount + 1) * kTagCount> allowed;
  for (int p = 0; p <= kTagCount; ++p)
    for (int t = 0; t < kTagCount; ++t)
      allowed[p * kTagCount + t] = allowed_transition(Tag(p), Tag(t)) ? transitions[p * kTagCount + t] : kImpossible;
  // Each tag's possible predecessors, in tag order: an I- tag has two (its B- and I-), so the
  // inner loop runs 53 times per token instead of 81. A forbidden one scores −∞ and could never
  // win, so skipping it changes no path and no tie.
  struct Predecessors {
    std::array<Tag, kTagCount> tags;
    int count = 0;
  };
  static const std::array<Predecessors, kTagCount> predecessors = [] {
    std::array<Predecessors, kTagCount> out{};
    for (int t = 0; t < kTagCount; ++t)
      for (int p = 0; p < kTagCount; ++p)
        if (allowed_transition(Tag(p), Tag(t))) out[t].tags[out[t].count++] = Tag(p);
    return out;
  }();
  thread_local std::vector<float> best;
  thread_local std::vector<Tag> back;
  best.resize(n * kTagCount);
  back.resize(n * kTagCount);
  const float* start = &allowed[kTagCount * kTagCount];
  for (int t = 0; t < kTagCount; ++t) best[t] = start[t] + emissions[t];
  for (size_t i = 1; i < n; ++i) {
    const float* previous = &best[(i - 1) * kTagCount];
    for (int t = 0; t < kTagCount; ++t) {
      float top = kImpossible;
      Tag arg = kOutside;
      const Predecessors& from = predecessors[t];
      for (int k = 0; k < from.count; ++k) {
        const Tag p = from.tags[k];
        float s = previous[p] + allowed[p * kTagCount + t];
        if (s > top) {
          top = s;
          arg = p;
        }
      }
      best[i * kTagCount + t] = top + emissions[i * kTagCount + t];
      back[i * kTagCount + t] = arg;
    }
  }
  const float* last = &best[(n - 1) * kTagCount];
  out[n - 1] = Tag(std::max_element(last, last + kTagCount) - last);
  for (size_t i = n - 1; i > 0; --i) out[i - 1] = back[i * kTagCount + out[i]];
}

}  // namespace marsad
