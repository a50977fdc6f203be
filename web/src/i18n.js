// Interface labels in Arabic and English. The articles themselves are always Arabic;
// only the chrome around them follows the toggle.

const labels = {
  search: ['بحث', 'Search'],
  timeline: ['الخط الزمني', 'Timeline'],
  map: ['الخريطة', 'Map'],
  network: ['الشبكة', 'Network'],
  query: ['كلمات البحث', 'Search terms'],
  actor: ['الفاعل', 'Actor'],
  place: ['المكان', 'Place'],
  source: ['المصدر', 'Source'],
  from: ['من تاريخ', 'From'],
  to: ['إلى تاريخ', 'To'],
  any: ['الكل', 'Any'],
  go: ['ابحث', 'Search'],
  clear: ['مسح', 'Clear'],
  results: ['النتائج', 'Results'],
  noResults: ['لا نتائج', 'No results'],
  facets: ['تصفية', 'Facets'],
  month: ['الشهر', 'Month'],
  score: ['الدرجة', 'score'],
  documents: ['الوثائق', 'Documents'],
  words: ['الكلمات', 'Words'],
  mentions: ['الإشارات', 'Mentions'],
  linkedMentions: ['إشارات مربوطة', 'Linked mentions'],
  actors: ['الفاعلون', 'Actors'],
  events: ['الأحداث', 'Events'],
  relations: ['العلاقات', 'Relations'],
  repairs: ['الإصلاحات', 'Repairs'],
  sources: ['المصادر', 'Sources'],
  period: ['الفترة', 'Period'],
  latest: ['أحدث الوثائق', 'Latest documents'],
  showRepairs: ['إظهار الإصلاحات', 'Show repairs'],
  legend: ['المفتاح', 'Legend'],
  date: ['التاريخ', 'Date'],
  dateInferred: ['تاريخ مستنتج', 'date inferred'],
  event: ['الحدث', 'Event'],
  subject: ['الفاعل', 'Subject'],
  predicate: ['العلاقة', 'Relation'],
  object: ['المفعول', 'Object'],
  target: ['الهدف', 'Target'],
  location: ['الموقع', 'Location'],
  modality: ['الصيغة', 'Modality'],
  attributedTo: ['منسوب إلى', 'Attributed to'],
  fatalities: ['القتلى', 'Fatalities'],
  sentence: ['الجملة', 'sentence'],
  toSentence: ['إلى الجملة', 'go to sentence'],
  names: ['الأسماء والصيغ', 'Names and variants'],
  roles: ['المناصب', 'Roles'],
  lineage: ['تسلسل الأسماء', 'Name lineage'],
  validFrom: ['من', 'from'],
  validTo: ['إلى', 'to'],
  firstSeen: ['أول ظهور', 'First seen'],
  lastSeen: ['آخر ظهور', 'Last seen'],
  asSource: ['فاعلاً', 'As source'],
  asTarget: ['مفعولاً به', 'As target'],
  country: ['البلد', 'Country'],
  governorate: ['المحافظة', 'Governorate'],
  type: ['النوع', 'Type'],
  kind: ['الفئة', 'Kind'],
  coordinates: ['الإحداثيات', 'Coordinates'],
  depth: ['العمق', 'Depth'],
  openProfile: ['اضغط على عقدة لفتح ملف الفاعل', 'Click a node to open its profile'],
  chooseActor: ['اختر فاعلاً', 'Choose an actor'],
  frequentActors: ['فاعلون متكررون', 'Frequent actors'],
  allEvents: ['كل الأحداث', 'All events'],
  allPlaces: ['كل الأماكن', 'All places'],
  showAll: ['عرض الكل', 'Show everything'],
  levant: ['المشرق', 'Levant'],
  locatedEvents: ['أحداث محددة المكان', 'Located events'],
  loading: ['جارٍ التحميل…', 'Loading…'],
  error: ['خطأ', 'Error'],
  notFound: ['غير موجود', 'Not found'],
  unknownActor: ['فاعل غير معروف', 'Unknown actor'],
  document: ['الوثيقة', 'Document'],
  original: ['الأصل', 'original'],
  url: ['الرابط', 'Link'],
  author: ['الكاتب', 'Author'],
  count: ['العدد', 'Count'],
  profile: ['الملف', 'Profile'],
  verbalCoop: ['تعاون لفظي', 'Verbal cooperation'],
  materialCoop: ['تعاون مادي', 'Material cooperation'],
  verbalConflict: ['نزاع لفظي', 'Verbal conflict'],
  materialConflict: ['نزاع مادي', 'Material conflict'],
  PER: ['شخص', 'Person'],
  ORG: ['منظمة', 'Organization'],
  LOC: ['مكان', 'Place'],
  MISC: ['أخرى', 'Other'],
  metonymy: ['كناية', 'metonymy'],
  actingAs: ['بصفته', 'acting as'],
  fromData: ['من ملفات البيانات', 'from the data files'],
  needQuery: ['أدخل كلمات للبحث؛ المرشحات تضيّق النتائج', 'Enter search terms; the filters narrow the results'],
  knownRelation: ['علاقة معروفة (ملفات البيانات)', 'known relation (data files)'],
  fromText: ['من النصوص (أحداث وعلاقات)', 'from the articles (events, relations)'],
  zoomHint: ['مرر للتكبير واسحب للتحريك', 'Scroll to zoom, drag to pan'],
};

// CAMEO root codes: the 20 top-level event classes.
const cameoRoots = {
  '01': ['تصريح علني', 'Make public statement'],
  '02': ['مناشدة', 'Appeal'],
  '03': ['إبداء نية التعاون', 'Express intent to cooperate'],
  '04': ['تشاور', 'Consult'],
  '05': ['تعاون دبلوماسي', 'Engage in diplomatic cooperation'],
  '06': ['تعاون مادي', 'Engage in material cooperation'],
  '07': ['تقديم مساعدة', 'Provide aid'],
  '08': ['إذعان', 'Yield'],
  '09': ['تحقيق', 'Investigate'],
  '10': ['مطالبة', 'Demand'],
  '11': ['رفض', 'Disapprove'],
  '12': ['رفض قاطع', 'Reject'],
  '13': ['تهديد', 'Threaten'],
  '14': ['احتجاج', 'Protest'],
  '15': ['استعراض قوة', 'Exhibit force posture'],
  '16': ['تخفيض العلاقات', 'Reduce relations'],
  '17': ['إكراه', 'Coerce'],
  '18': ['اعتداء', 'Assault'],
  '19': ['قتال', 'Fight'],
  '20': ['عنف جماعي', 'Use unconventional mass violence'],
};

// Event modality values of the events stage; an unknown value shows as it is.
const modalities = {
  asserted: ['مؤكد', 'asserted'],
  negated: ['منفي', 'negated'],
  reported_claim: ['ادعاء منقول', 'reported claim'],
  planned: ['مخطط', 'planned'],
  future: ['مستقبلي', 'future'],
  hypothetical: ['افتراضي', 'hypothetical'],
};

export function modalityName(m) {
  const pair = modalities[m];
  return pair ? pair[lang === 'ar' ? 0 : 1] : m || '';
}

let lang = localStorage.getItem('marsad.lang') === 'en' ? 'en' : 'ar';

export function currentLang() {
  return lang;
}

export function setLang(next) {
  lang = next === 'en' ? 'en' : 'ar';
  localStorage.setItem('marsad.lang', lang);
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
}

export function t(key) {
  const pair = labels[key];
  if (!pair) return key;
  return pair[lang === 'ar' ? 0 : 1];
}

export function cameoRootName(root) {
  const code = String(root).padStart(2, '0').slice(0, 2);
  const pair = cameoRoots[code];
  if (!pair) return code;
  return `${code} ${pair[lang === 'ar' ? 0 : 1]}`;
}

// Quad class 1..4 (CAMEO): verbal/material cooperation/conflict.
export function quadName(q) {
  return t(['', 'verbalCoop', 'materialCoop', 'verbalConflict', 'materialConflict'][q] || '') || '';
}

// The display name of something that has name_ar/name_en (actor, or an event's side).
export function pickName(ar, en, fallback = '') {
  if (lang === 'en') return en || ar || fallback;
  return ar || en || fallback;
}

// "who → whom" pointing the way the interface reads.
export function arrow() {
  return lang === 'ar' ? ' ← ' : ' → ';
}

setLang(lang);
