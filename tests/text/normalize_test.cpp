#include <gtest/gtest.h>

#include "text/normalize.h"

namespace marsad {
namespace {

TEST(Normalize, KeysFoldWhatArabicSpellingVaries) {
  EXPECT_EQ(key(U"أَسْتَانَة"), U"استانه");        // harakat, alef with hamza, ta marbuta
  EXPECT_EQ(key(U"إلى"), key(U"الي"));              // alef maqsura and ya
  EXPECT_EQ(key(U"آستانة"), key(U"استانه"));
  EXPECT_EQ(key(U"مسئول"), key(U"مسؤول") == U"مسوول" ? U"مسيول" : U"");  // hamza seats fold by seat
  EXPECT_EQ(key(U"مسؤول"), U"مسوول");
  EXPECT_EQ(key(U"الـــقـــوات"), U"القوات");       // tatweel
  EXPECT_EQ(key(U"٢٠١٧"), U"2017");                  // Arabic-Indic digits
  EXPECT_EQ(key(U"۱۳۹۵"), U"1395");                  // Persian digits
  EXPECT_EQ(key(U"کردستان"), U"كردستان");           // Persian kaf
  EXPECT_EQ(key(U"ایران"), U"ايران");                // Persian ya
  EXPECT_EQ(key(U"ISIS"), U"isis");
  EXPECT_EQ(key(U"سو\u200Cريا"), U"سوريا");          // a zero-width non-joiner
}

TEST(Normalize, PresentationFormsBecomeLetters) {
  EXPECT_EQ(key(U"\uFEFB"), U"لا");              // lam-alef ligature
  EXPECT_EQ(key(U"\uFE8D\uFEDF\uFEE4\uFECC\uFEA8"), key(U"الم") + U"عخ");  // isolated/initial/medial forms
  EXPECT_EQ(nfkc(U"\uFEF7"), U"لأ");
}

}  // namespace
}  // namespace marsad
