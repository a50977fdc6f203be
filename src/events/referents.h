// What the clause names only by reference: the actor a possessive pronoun refers to (سيطرتها،
// انضمامها), the first of coordinated names (روسيا وتركيا وإيران أعلنت), and the name that a
// relative clause or participle describes (“جيش الفتح” المؤلف من “جبهة النصرة” … اعلن).
#pragma once

#include <cstdint>
#include <utility>
#include <vector>

#include "events/event_text.h"

namespace marsad::clause {

// The person and number of a possessive pronoun on `token` (see possessed()): 'f' for ها
// (a feminine singular, or a plural of things and groups), 'm' for ه, 'p' for هم/هما, 0 none.
char pronoun_of(const EventText& text, uint32_t token);

// Whether a mention can be referred to by a pronoun of `person`. Arabic agrees by form: a
// country (save a masculine one: العراق، لبنان take ه), a name headed by a feminine noun (جبهة،
// هيئة، المعارضة، الحكومة) or a plural (الولايات، القوات) takes ها; a person or a name headed by a
// masculine noun (جيش، لواء، حزب) takes ه. هم/هما go with any group. A bare name with no head
// (داعش) agrees either way.
bool agrees(const EventText& text, const MentionOnTokens& m, char person);

// The referent of the possessive pronoun on the noun at `token` (سيطرتها، انضمامها، مشاركتها):
// the nearest earlier actor in its sentence or the one before that agrees with it, or -1.
int pronoun_referent(const EventText& text, uint32_t token, int skip);

// The patient a passive's pronoun refers to (تم إيقافها، الذي جرى اختطافه) at `token`, the verbal
// noun after تم/جرى. After a relative pronoun it is the noun right before that pronoun: the
// name it is, or -1 when that noun is none (الأشخاص الذين تم توقيفهم). Else the referent of
// the pronoun (pronoun_referent), save that هم, said of people, names no country or single
// person (430 شخصا جرى إيقافهم: not سوريا told before).
int passive_patient(const EventText& text, uint32_t token, int skip);

// The other of a pair that a dual pronoun on `token` names (عزمهما after "واشنطن وأنقرة"), when
// `referent` is the first of two names joined by و; else -1.
int dual_partner(const EventText& text, uint32_t token, int referent);

// The referent of a possessive pronoun on a word of a clause that names no subject (كما تحسنت
// علاقتها مع موسكو): the topic told before, an actor in no prepositional phrase that agrees with
// it: the nearest such before `token` in its sentence, else the first such of the sentence
// before (ويبدو أن أولوية تركيا في سوريا تحولت … إلي محاربة الجماعات الكردية). -1 when none.
int topic_referent(const EventText& text, uint32_t token, int skip);

// What a definite dual noun at `token` stands for (clause_words.tsv): two groups (`pair`:
// فالتنظيمان، التنظيمين) or two states (`pair_state`: البلدين، الدولتان).
enum class PairKind { kNone, kGroups, kStates };
PairKind pair_kind(const EventText& text, uint32_t token);

// A definite dual noun for two actors told before, bare (not in a prepositional phrase).
bool pair_word(const EventText& text, uint32_t token);

// The two actors a dual noun at `token` names: the last two distinct ones of its kind told in
// its sentence or the one before (بين داعش والنصرة … فالتنظيمان اتفقا), the earlier one first;
// `skip` (a mention) is no member. {-1, -1} when there are not two.
std::pair<int, int> pair_referent(const EventText& text, uint32_t token, int skip);

// The first of coordinated names ending with mention `m` (روسيا وتركيا وإيران أعلنت، قوات
// النظام و"حزب الله" اللبناني بدأت): analysts code the first as the source of a joint deed.
int first_conjunct(const EventText& text, int m);

// The names joined by و after mention `m` (محاربة الجماعات الكردية وتنظيم داعش: the groups
// after the first), in order; empty when none.
std::vector<int> later_conjuncts(const EventText& text, int m);

// A name inside the description of an earlier one (“غرفة عمليات حلب” التي تضم … ولواء صقور
// الجبل بدورها بيانا، “جيش الفتح” المؤلف من “جبهة النصرة” … اعلن): the described name, the one
// before the relative pronoun or participle, is the topic. Returns `found` when there is none.
int described_head(const EventText& text, uint32_t at, uint32_t floor, int skip, int found);

// A noun with the article takes no genitive: an agent noun with it at `at` followed right away
// by an indefinite name (اتهمت السلطات تنظيم الدولة) is a subject of its own, and the name opens
// the object. Not a person (الرئيس بشار الأسد: the holder of the title) nor a definite name,
// which may be its adjective (السلطات التركية); a word between (الناطق باسم، المكتب الإعلامي
// لـ) links the head to the name.
bool head_before_object(const EventText& text, uint32_t at);

// An agent noun that is no name, standing for the body named in its construct (clause_words.tsv
// `agent_head`): وزراء خارجية الدول الأعضاء بالاتحاد الأوروبي → the union, المكتب الإعلامي لـ"فيلق
// الشام" → the corps, رئيس الإئتلاف هادي البحرة → the person named after the title. `at` is the
// head word; the phrase ends before `limit`. Returns the mention, or -1.
int agent_phrase(const EventText& text, uint32_t at, uint32_t limit, int skip);

// The holder of a title whose body is mention `m` (قائد النصرة الجولاني، رئيس الإئتلاف هادي
// البحرة): the person named right after the body when an agent head stands right before it;
// else `m`.
int title_holder(const EventText& text, int m, uint32_t limit);

}  // namespace marsad::clause
