// Scaffold: text → (entities, events to come). The entity stage replaces this.
#include "pipeline/pipeline.h"

#include "pipeline/knowledge_data.h"
#include "text/analyzer.h"

namespace marsad {

Knowledge::Knowledge(std::unique_ptr<KnowledgeData> data) : data_(std::move(data)) {}
Knowledge::~Knowledge() = default;

std::shared_ptr<const Knowledge> Knowledge::load(const std::string& data_dir) {
  auto data = std::make_unique<KnowledgeData>();
  data->lexicon = Lexicon::load(data_dir.empty() ? "" : data_dir + "/lexicon");
  data->events = EventExtractor::load_knowledge(data_dir);
  return std::make_shared<Knowledge>(std::move(data));
}

struct Pipeline::State {
  explicit State(std::shared_ptr<const Knowledge> k)
      : knowledge(std::move(k)), text(knowledge->data().lexicon), events(knowledge->data().events) {}
  std::shared_ptr<const Knowledge> knowledge;
  TextAnalyzer text;
  EventExtractor events;
};

Pipeline::Pipeline(std::shared_ptr<const Knowledge> knowledge) : state_(std::make_unique<State>(std::move(knowledge))) {}
Pipeline::~Pipeline() = default;

Extraction Pipeline::extract(const Document& document) {
  Analyzed analyzed;
  return extract(document, analyzed);
}

Extraction Pipeline::extract(const Document& document, Analyzed& analyzed) {
  Extraction x;
  x.document = document;
  analyzed = state_->text.analyze(document);  // points at the caller's document, which outlives x
  if (!document.date.empty()) x.publication_date = {document.date, false, "metadata"};
  state_->events.extract(analyzed, x);
  return x;
}

}  // namespace marsad
