#include "entities/roles.h"

#include <algorithm>

namespace marsad {

const Role* RoleFinder::by_theatre(const std::vector<const Role*>& held_then, uint32_t token,
                                   const StoryTheatre& theatre) const {
  std::vector<const std::vector<uint32_t>*> theatres;
  for (const Role* r : held_then) {
    if (r->theatres.empty()) return nullptr;  // a holder for every story: the title stays unresolved
    theatres.push_back(&r->theatres);
  }
  auto k = theatre.favoured(token, theatres);
  return k ? held_then[*k] : nullptr;
}

std::optional<Mention> RoleFinder::led_government(const Analyzed& a, const Sentence& s, uint32_t first,
                                                  const Mention& person, const Extraction& x) const {
  // The words between the head and the name: none, or a title that opens with a leader's
  // title word (الرئيس، رئيس، الملك) and runs on for a few words (الرئيس السوري، رئيس الوزراء
  // العراقي، الرئيس الحالي).
  constexpr uint32_t kTitleWords = 4;
  auto word_key = [&](uint32_t t, uint32_t& stripped) -> std::u32string_view {
    const Token& token = a.tokens[t];
    if (token.kind != TokenKind::kWord) return {};
    stripped = finder_.clitic_letters(a, token);
    return a.key(token).substr(stripped);
  };
  auto in_mention = [&](uint32_t t) {
    const uint32_t at = a.tokens[t].span.start;
    return std::any_of(x.mentions.begin(), x.mentions.end(),
                       [&](const Mention& m) { return m.span.start <= at && at < m.span.end; });
  };
  uint32_t head = first, stripped = 0;
  for (uint32_t t = first; t > s.first_token && first - t <= kTitleWords;) {
    --t;
    uint32_t letters = 0;
    std::u32string_view key = word_key(t, letters);
    if (key.empty() || in_mention(t)) break;
    if (!cues_.is_leader_body(key)) continue;
    uint32_t unused = 0;
    if (t + 1 == first || cues_.is_leader_title(word_key(t + 1, unused))) head = t, stripped = letters;
    break;
  }
  if (head == first || person.type != EntityType::kPer) return std::nullopt;
  const uint32_t leader = gazetteer_.find(person.actor);
  if (leader == Gazetteer::kNoActor) return std::nullopt;
  const uint32_t government = gazetteer_.government_led_by(leader);
  if (government == Gazetteer::kNoActor) return std::nullopt;
  Mention body;
  body.span = {MentionFinder::skip_letters(a, a.tokens[head], stripped), person.span.end};
  body.type = EntityType::kOrg;
  body.actor = gazetteer_.actor(government).id;
  body.source = Mention::Source::kRole;
  body.score = 0.8f;
  return body;
}

bool RoleFinder::names_holder(const Analyzed& a, const Sentence& s, uint32_t first, uint32_t end) const {
  // The word as written, or without its clitics (ونائب → نائب).
  auto is = [&](uint32_t t, bool (Cues::*listed)(std::u32string_view) const) {
    const Token& token = a.tokens[t];
    if (token.kind != TokenKind::kWord) return false;
    std::u32string_view key = a.key(token);
    return (cues_.*listed)(key) || (cues_.*listed)(key.substr(finder_.clitic_letters(a, token)));
  };
  if (end < s.end_token && is(end, &Cues::is_former)) return false;
  return first == s.first_token || !is(first - 1, &Cues::is_dependent);
}

void RoleFinder::find(const Analyzed& a, const std::vector<uint32_t>& first_tokens, const StoryTheatre& theatre,
                      Extraction& x, const std::function<void(uint32_t actor)>& use_actor) const {
  const std::string& date = x.publication_date.date;
  std::vector<Mention> role_mentions;
  for (const Sentence& s : a.sentences) {
    for (uint32_t i = s.first_token; i < s.end_token;) {
      uint32_t end = 0, stripped = 0;
      uint32_t title = a.tokens[i].kind == TokenKind::kWord
                           ? finder_.longest_phrase_at(gazetteer_.titles(), a, i, s.end_token, end, stripped)
                           : PhraseMatcher::kNone;
      if (title == PhraseMatcher::kNone) {
        ++i;
        continue;
      }
      Span title_span{MentionFinder::skip_letters(a, a.tokens[i], stripped), a.tokens[end - 1].span.end};
      const std::vector<uint32_t>& rows = gazetteer_.title_roles(title);
      // The name right after the title, if any: الرئيس السوري بشار الأسد.
      auto named = std::find(first_tokens.begin(), first_tokens.end(), end);
      if (named != first_tokens.end() && x.mentions[named - first_tokens.begin()].type == EntityType::kPer) {
        const Mention& m = x.mentions[named - first_tokens.begin()];
        const Role& r = gazetteer_.role(rows.front());
        std::string role = r.title_en;
        for (uint32_t k : rows)  // the row of this very holder names the role best
          if (gazetteer_.actor(gazetteer_.role(k).holder).id == m.actor) role = gazetteer_.role(k).title_en;
        x.relations.push_back({m.actor, "holds_role", role, {title_span.start, m.span.end}});
      } else if (named == first_tokens.end()) {
        // A bare title: its holder on the date, when exactly one row says who, or when the
        // story's theatre picks one of the holders.
        std::vector<const Role*> held_then;
        for (uint32_t k : rows) {
          const Role& r = gazetteer_.role(k);
          if (r.held_on(date) && (held_then.empty() || r.holder != held_then.back()->holder)) held_then.push_back(&r);
        }
        const Role* held = held_then.size() == 1 ? held_then.front() : by_theatre(held_then, i, theatre);
        if (held && !date.empty() && names_holder(a, s, i, end)) {
          uint32_t holder = held->holder;
          Mention m;
          m.span = title_span;
          m.type = gazetteer_.actor(holder).type;
          m.actor = gazetteer_.actor(holder).id;
          m.source = Mention::Source::kRole;
          m.score = 0.8f;
          role_mentions.push_back(m);
          x.relations.push_back({m.actor, "holds_role", held->title_en, title_span});
          use_actor(holder);
        }
      }
      i = end;
    }
  }
  // Governments named after their leaders: إدارة أوباما، حكومة الرئيس الحالي رجب طيب إردوغان.
  // The mentions are in text order: the sentence of each is found by walking on.
  size_t sentence = 0;
  for (size_t k = 0; k < first_tokens.size(); ++k) {
    const uint32_t first = first_tokens[k];
    while (sentence < a.sentences.size() && a.sentences[sentence].end_token <= first) ++sentence;
    if (sentence == a.sentences.size()) break;
    if (x.mentions[k].type != EntityType::kPer) continue;
    if (auto body = led_government(a, a.sentences[sentence], first, x.mentions[k], x)) {
      use_actor(gazetteer_.find(body->actor));
      role_mentions.push_back(std::move(*body));
    }
  }
  // Keep the mentions in text order. A title inside a name (rare) is dropped; a name inside
  // the title (المبعوث الأممي إلى سوريا) keeps both.
  for (Mention& m : role_mentions) {
    bool inside = std::any_of(x.mentions.begin(), x.mentions.end(), [&](const Mention& n) {
      return n.span.start <= m.span.start && m.span.end <= n.span.end;
    });
    if (!inside) x.mentions.push_back(std::move(m));
  }
  std::stable_sort(x.mentions.begin(), x.mentions.end(),
                   [](const Mention& p, const Mention& q) { return p.span.start < q.span.start; });
}

}  // namespace marsad
