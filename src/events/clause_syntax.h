// The small facts of clause syntax that the argument finder reads off the tokens: quotation
// marks and commas, a name's glued preposition (لتركيا), free prepositions, relative pronouns,
// أن/إن, من قبل, an accusative participle, a plural verb, a conjunction on a verb, تابعة لـ, a
// possessive pronoun, ل of purpose. Function words come from data/events/clause_words.tsv.
#pragma once

#include <cstdint>
#include <string_view>

#include "events/clause_words.h"
#include "events/event_text.h"

namespace marsad {

// Whether a mention can be an actor of an event (not a plain place).
bool can_act(const MentionOnTokens& m);

namespace clause {

// Quotation marks set off a name or a quoted phrase inside a clause (ضد مواقع «داعش»، استأنفت
// “استهداف مناطق”), they do not end it.
bool quote_mark(const EventText& text, uint32_t token);

// A round bracket: (جبهة ثوار سوريا) و(حركة حزم) sets names off without ending the phrase.
bool bracket(const EventText& text, uint32_t token);

// A clause break that is no quotation mark.
bool ends_clause(const EventText& text, uint32_t token);

// Whether a mention's glued clitics (its prefix) hold the letter `c`.
bool has_letter(std::u32string_view prefix, char32_t c);

// A bare mention: no preposition glued to it (و and ف are conjunctions, not prepositions).
bool bare(const MentionOnTokens& m);

// Whether a free-standing preposition word stands right before the mention, or before the
// quotation mark that opens it (المؤلف من “جبهة النصرة”).
bool after_preposition_word(const EventText& text, const MentionOnTokens& m, uint32_t floor);

// A name in construct with a noun that a preposition governs (بيد المعارضة، تحت سيطرة المعارضة،
// على مواقع داعش، ضد مواقع «داعش»): it completes that phrase and is no subject. `floor`: the
// search's start.
bool in_prepositional_phrase(const EventText& text, const MentionOnTokens& m, uint32_t floor);

// The first mention that starts in tokens [from, to) and is not `skip`, or -1.
int first_mention_in(const EventText& text, uint32_t from, uint32_t to, int skip);

// A free-standing preposition (clause_words.tsv `preposition`).
bool is_preposition_word(const EventText& text, uint32_t token);

// Whether token `i` carries the proclitic preposition `letter` (ب، ل), after و or ف, or is
// that letter written apart (بـ«…»).
bool carries_preposition(const EventText& text, uint32_t i, char32_t letter);

// A relative pronoun (الذي، التي).
bool is_relative(const EventText& text, uint32_t token);

// أن/إن opening a reported clause (clause_words.tsv `opens_clause`).
bool is_complementizer(const EventText& text, uint32_t token);

// A conjunction that opens a clause with a subject of its own (clause_words.tsv `new_clause`:
// بينما، حيث، عندما), with or without و.
bool opens_own_clause(const EventText& text, uint32_t token);
// A verb joined by و to the one before it: واتصل، ولم يتصل (و on a negation before it).
bool joined_verb(const EventText& text, uint32_t token);
// Whether a word that starts a reported clause of its own (clause_words.tsv `ends_subject`:
// أنه، بأنه) stands in [from, to): a verb after it reports, it is not joined to one before
// (متهما قائد النصرة الجولاني، بأنه أسقط القلمون … وسلم مخيمي اليرموك).
bool verb_reported_in(const EventText& text, uint32_t from, uint32_t to);

// The words in [from, to) outside asides set off by dashes or brackets (وشنت الجبهة -وهي جناح
// تنظيم القاعدة في البلاد- هجوما: شنت and هجوما are one word apart).
uint32_t words_outside_asides(const EventText& text, uint32_t from, uint32_t to);
// The dash opening the aside that the dash at `close` ends, searching back to `floor`; or
// `close` itself when that dash ends no aside (اف-16: a dash between a word and a number).
uint32_t aside_opening(const EventText& text, uint32_t close, uint32_t floor);

// Whether such a clause, or a reported one (أن/إن), opens in tokens [from, to) (لكن إصابة في
// عينه حالت دون ذلك، اكد البيان ان العمليات الجوية تواصلت).
bool opens_own_clause_in(const EventText& text, uint32_t from, uint32_t to);

// من قبل، من جانب، على يد، على أيدي: the noun after names the agent.
bool agent_marker(const EventText& text, uint32_t token, uint32_t end);

// من + a word of `kind` at `token` (من قبل، من طرف).
bool min_phrase(const EventText& text, uint32_t token, uint32_t end, ClauseWord kind);

// بقيادة، بإشراف، برعاية: ب and a word of leading (clause_words.tsv `leading`); the name after
// it led what it follows.
bool leading_word(const EventText& text, uint32_t token);

// An active participle in the accusative (حال): م… with tanwin alif or the plural ين. A
// feminine one (ملتزمة) counts only right after a comma: elsewhere it is as often a predicate
// (أن الولايات المتحدة ملتزمة) whose subject stands before it. `feminine`: count those too.
bool circumstantial(const EventText& text, uint32_t token, bool feminine = false);

// A verb with a plural ending (يطالبون، هاجموا) carries its subject: a verb before its subject
// stays singular in standard Arabic, so the noun after it is its object.
bool plural_verb(const EventText& text, uint32_t token);

// A verb with a person prefix of the imperfect (يتصل، تدعم، نعمل): a guess from its letters.
bool imperfect_form(const EventText& text, uint32_t token);

// Whether the word carries the conjunction و/ف: a verb so joined opens a clause of its own,
// whose subject is the earlier one's, not the noun just before it (التقى لافروف كيري وبحث).
bool conjoined(const EventText& text, uint32_t token);

// "طائرة حربية تابعة لقوات النظام استهدفت": the owner after تابعة لـ stands for the subject it
// owns.
bool owner_of_subject(const EventText& text, const MentionOnTokens& m);

// A noun with a possessive pronoun of the third person (دعوته، سيطرتها، عزمهما): ته/تها/تهم…
// on a word that has a reading without it.
bool possessed(const EventText& text, uint32_t token);

// A verbal noun with ل of purpose glued to it (لتسليم، للانقضاض، لمحاربة).
bool purpose_lam(const EventText& text, uint32_t token);

// An indefinite noun in the accusative, with the tanwin alif and no preposition (بيانا، هجوما،
// تقدما): the object of a verb before it.
bool accusative_noun(const EventText& text, uint32_t token);

// Whether the word before `token` is an indefinite verbal noun with ب/ل glued to it, whose
// genitive the noun at `token` is (استبقت الوزارة اللقاء بإطلاق تحذيرات): the deed completes the
// verb before it.
bool after_prepositional_masdar(const EventText& text, uint32_t token);

// A verbal noun made passive by the verb before it (تم اعتقاله، وتم ضرب حيدر خان، جرى إيقافهم;
// clause_words.tsv `passive`): what its genitive or pronoun names underwent the deed. After
// يجري/تجري, which also spell "conducts" (يجري محادثات), only a definite noun or one with a
// pronoun counts (يجري التحقيق معها).
bool passive_masdar(const EventText& text, uint32_t token);

// An Arabic or Latin comma.
bool is_comma(const EventText& text, uint32_t token);

// A word of nationality right before a person's name (بين وزير الخارجية الروسي سيرغي لافروف
// ونظيره الأمريكي جون كيري) ends the person's title: the person is named, not the state.
// Returns the person's mention when mention `m` is such a word, else `m`.
int titled_person(const EventText& text, int m);

}  // namespace clause
}  // namespace marsad
