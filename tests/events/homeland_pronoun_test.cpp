// "His country" (بلاده، بلادها) names the state of the person or body the pronoun refers to
// (data/events/demonyms.tsv `homeland`, the state from data/actors column country); after a
// government head (حكومات بلاده، سياسة بلاده) it names that state's government. After a
// preposition (في بلاده، لبلاده) it is a place or a beneficiary and names no actor.
#include <gtest/gtest.h>

#include "gold_fixture.h"

namespace marsad {
namespace {

using events_testing::expect_actors;

// dev_07: Hurmuzlu (Turkish) criticised the policies "his country's governments" followed: the
// gold target is the Turkish government.
TEST(HomelandPronoun, GovernmentsOfHisCountryAreTheTarget) {
  expect_actors("وانتقد هورموزلو السياسات التي اتبعتها حكومات بلاده حيال الأزمة السورية والملف المصري",
                "وانتقد", "irshad_hurmuzlu", "turkish_government");
}

// SNN 2015-07 (snn1783): "the embargo his country imposes on Cuba": Obama's country, the
// United States, imposes it.
TEST(HomelandPronoun, HisCountryIsTheSubject) {
  expect_actors("يشار إلى أن الرئيس الأميركي أوباما كان قد قلل في يناير الماضي من الحظر الذي تفرضه بلاده على قطاع "
                "الاتصالات في كوبا.",
                "الحظر", "united_states", "");
}

// SNN aawsat 2015-07-18 (snn0114): Khamenei warned that "his country will keep supporting" the
// Syrian regime: Iran supports it.
TEST(HomelandPronoun, KhameneisCountrySupports) {
  expect_actors("غير أن المرشد الأعلى الإيراني آية الله علي خامنئي حذر السبت من أن بلاده ستواصل دعم «أصدقائها» مثل "
                "النظام السوري والمتمردين الحوثيين.",
                "دعم", "iran", "syrian_government");
}

// SNN 2015-09 (snn0637): "Latvia's interior minister … adding that his country will show
// solidarity": the state after the title (وزير داخلية لاتفيا) is the holder's, though لاتفيا
// itself would take ها.
TEST(HomelandPronoun, StateAfterATitleIsTheHolders) {
  expect_actors("وقال ريهاردز كوزلوفسكيس وزير داخلية لاتفيا إنه يتوقع مناقشة صعبة ، مضيفا أن بلاده سوف تبدي تضامنا، "
                "لكنه أشار إلى أن هذه قضية حساسة.",
                "تضامنا", "latvia", "");
}

// SNN aawsat 2015-07-21 (snn0286): Cameron "called on the Muslim community in his country":
// في بلاده is where the community lives, not the one called on.
TEST(HomelandPronoun, InHisCountryIsAPlace) {
  expect_actors("وتعقيبا عن خطاب رئيس الوزراء ديفيد كاميرون الذي دعا فيه الجالية المسلمة في بلاده إلى بذل مزيد من "
                "الجهود لمكافحة التطرف والإرهاب.",
                "دعا", "david_cameron", "");
}

}  // namespace
}  // namespace marsad
