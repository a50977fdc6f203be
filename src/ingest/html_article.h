// The article in a news page: its title, publication date and text, without the navigation,
// menus, scripts and footers around it.
#pragma once

#include <string>
#include <string_view>

namespace marsad::ingest {

struct HtmlArticle {
  std::string title;  // og:title, else <title>
  std::string date;   // as the page's meta tags give it (article:published_time, date, pubdate), unchecked
  std::string text;   // one paragraph per line, white space collapsed as a browser shows it; may be empty
};

// `html` is UTF-8. The text is that of the longest <article>; a page without one gives the
// <p> paragraphs of the element holding the most paragraph text (the article body, not the
// one-line teasers around it); a page without paragraphs gives its whole visible text.
HtmlArticle extract_article(std::string_view html);

}  // namespace marsad::ingest
