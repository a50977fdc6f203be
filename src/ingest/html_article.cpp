#include "ingest/html_article.h"

#include <gumbo.h>

#include <memory>
#include <vector>

namespace marsad::ingest {
namespace {

// Boilerplate around (or inside) an article; never article text.
bool is_dropped(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NAV: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT: case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG: case GUMBO_TAG_HEAD:
      return true;
    default:
      return false;
  }
}

// Elements a browser shows on lines of their own.
bool is_block(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_DIV: case GUMBO_TAG_BR: case GUMBO_TAG_HR:
    case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5: case GUMBO_TAG_H6:
    case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_LI: case GUMBO_TAG_DL: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_TABLE: case GUMBO_TAG_TR:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGURE: case GUMBO_TAG_FIGCAPTION:
      return true;
    default:
      return false;
  }
}

bool is_element(const GumboNode* node, GumboTag tag) {
  return node->type == GUMBO_NODE_ELEMENT && node->v.element.tag == tag;
}

// Text in reading order: runs of white space become one space, each block its own line.
class Lines {
 public:
  void add(std::string_view text) {
    for (char c : text) {
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        space_ = !line_.empty();
      } else {
        if (space_) line_ += ' ';
        space_ = false;
        line_ += c;
      }
    }
  }
  void end_line() {
    if (!line_.empty()) {
      if (!text_.empty()) text_ += '\n';
      text_ += line_;
      line_.clear();
    }
    space_ = false;
  }
  std::string take() {
    end_line();
    return std::move(text_);
  }

 private:
  std::string text_, line_;
  bool space_ = false;
};

void add_visible_text(const GumboNode* node, Lines& lines) {
  if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA || node->type == GUMBO_NODE_WHITESPACE) {
    lines.add(node->v.text.text);
    return;
  }
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
  const GumboTag tag = node->v.element.tag;
  if (is_dropped(tag)) return;
  if (is_block(tag)) lines.end_line();
  const GumboVector& children = node->v.element.children;
  for (unsigned i = 0; i < children.length; ++i) add_visible_text(static_cast<const GumboNode*>(children.data[i]), lines);
  if (is_block(tag)) lines.end_line();
}

std::string visible_text(const GumboNode* node) {
  Lines lines;
  add_visible_text(node, lines);
  return lines.take();
}

// Calls visit(element) for every element outside the dropped boilerplate, in document order.
template <class Visit>
void for_each_element(const GumboNode* node, const Visit& visit) {
  if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT) return;
  const GumboVector& children =
      node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
  if (node->type == GUMBO_NODE_ELEMENT) {
    if (is_dropped(node->v.element.tag) && node->v.element.tag != GUMBO_TAG_HEAD) return;
    visit(node);
  }
  for (unsigned i = 0; i < children.length; ++i) for_each_element(static_cast<const GumboNode*>(children.data[i]), visit);
}

std::string attribute(const GumboNode* element, const char* name) {
  const GumboAttribute* a = gumbo_get_attribute(&element->v.element.attributes, name);
  return a ? a->value : "";
}

const GumboNode* child(const GumboNode* element, unsigned i) {
  return static_cast<const GumboNode*>(element->v.element.children.data[i]);
}

// The paragraphs of the element whose <p> children hold the most text: on a page without
// <article>, that is the article body (teasers and link lists have short or few paragraphs).
std::string densest_paragraphs(const GumboNode* root) {
  const GumboNode* best = nullptr;
  size_t best_size = 0;
  for_each_element(root, [&](const GumboNode* element) {
    size_t size = 0;
    for (unsigned i = 0; i < element->v.element.children.length; ++i) {
      if (is_element(child(element, i), GUMBO_TAG_P)) size += visible_text(child(element, i)).size();
    }
    if (size > best_size) best = element, best_size = size;
  });
  if (!best) return "";
  Lines lines;
  for (unsigned i = 0; i < best->v.element.children.length; ++i) {
    if (is_element(child(best, i), GUMBO_TAG_P)) add_visible_text(child(best, i), lines);
  }
  return lines.take();
}

}  // namespace

HtmlArticle extract_article(std::string_view html) {
  std::unique_ptr<GumboOutput, void (*)(GumboOutput*)> output(
      gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size()),
      [](GumboOutput* o) { gumbo_destroy_output(&kGumboDefaultOptions, o); });

  HtmlArticle article;
  std::string og_title, longest_article;
  for_each_element(output->document, [&](const GumboNode* element) {
    switch (element->v.element.tag) {
      case GUMBO_TAG_TITLE:
        if (article.title.empty()) article.title = visible_text(element);
        break;
      case GUMBO_TAG_META: {
        std::string key = attribute(element, "property");
        if (key.empty()) key = attribute(element, "name");
        if (key.empty()) key = attribute(element, "itemprop");
        if (key == "og:title") og_title = attribute(element, "content");
        if (article.date.empty() && (key == "article:published_time" || key == "date" || key == "pubdate" ||
                                     key == "datePublished")) {
          article.date = attribute(element, "content");
        }
        break;
      }
      case GUMBO_TAG_ARTICLE:
        if (std::string text = visible_text(element); text.size() > longest_article.size()) longest_article = std::move(text);
        break;
      default:
        break;
    }
  });
  if (!og_title.empty()) {
    Lines lines;  // collapse its white space like <title>'s
    lines.add(og_title);
    article.title = lines.take();
  }
  article.text = !longest_article.empty() ? std::move(longest_article) : densest_paragraphs(output->document);
  if (article.text.empty()) article.text = visible_text(output->root);
  return article;
}

}  // namespace marsad::ingest
