/**
 * SYNTHETIC HSDS records for benchmarks (search, build, IndexedDB): N services with organizations, locations around
 * Los Angeles, phones in the reserved fictional 555-01xx range, schedules, categories, and translations in every app
 * locale. Deterministic for a seed. Every record says it is synthetic; never mix them into data/.
 */
import { LANGUAGES } from '../../src/i18n/languages.ts';
import type { Location, Organization, Service, TaxonomyTerm } from '../../src/model/hsds.ts';
import { sourceHash } from './dataset-check.ts';

export type SyntheticTranslations = Record<string, Record<string, Record<string, { text: string; status: 'machine'; source_hash: string }>>>;

export interface SyntheticDataset {
  readonly organizations: Organization[];
  readonly locations: Location[];
  readonly services: Service[];
  /** locale -> record id -> field -> translation (data/translations/<locale>.json `entries`). */
  readonly translations: SyntheticTranslations;
}

export function generateSynthetic(count: number, taxonomy: readonly TaxonomyTerm[], seed = 42): SyntheticDataset {
  /** Small deterministic PRNG (mulberry32), so a seed gives the same dataset every time. */
  function rng(seed: number) {
    let a = seed >>> 0;
    return () => {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const random = rng(seed);
  const pickOne = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const pickSome = <T>(xs: readonly T[], n: number): T[] => Array.from({ length: n }, () => pickOne(xs));
  const uuid = () => {
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[Math.floor(random() * 4)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  };

  /** Topic words per locale, so search benchmarks see real scripts (CJK, Khmer, Arabic, Armenian…). */
  const WORDS: Record<string, readonly string[]> = {
    en: ['help', 'legal', 'fraud', 'violence', 'domestic', 'children', 'seniors', 'mental health', 'crisis', 'housing', 'victims', 'court', 'diversion', 'immigration', 'scam', 'abuse', 'hotline', 'counseling', 'reentry', 'jail', 'lawyer', 'family', 'support', 'emergency', 'report'],
    es: ['ayuda', 'legal', 'fraude', 'violencia', 'doméstica', 'niños', 'personas mayores', 'salud mental', 'crisis', 'vivienda', 'víctimas', 'corte', 'desvío', 'inmigración', 'estafa', 'abuso', 'línea directa', 'consejería', 'reinserción', 'cárcel', 'abogado', 'familia', 'apoyo', 'emergencia', 'denunciar'],
    'zh-Hans': ['帮助', '法律', '欺诈', '暴力', '家庭', '儿童', '老年人', '心理健康', '危机', '住房', '受害者', '法院', '分流', '移民', '诈骗', '虐待', '热线', '咨询', '重返社会', '监狱', '律师', '支持', '紧急', '举报', '公证欺诈'],
    'zh-Hant': ['幫助', '法律', '欺詐', '暴力', '家庭', '兒童', '老年人', '心理健康', '危機', '住房', '受害者', '法院', '分流', '移民', '詐騙', '虐待', '熱線', '諮詢', '重返社會', '監獄', '律師', '支持', '緊急', '舉報', '公證欺詐'],
    ko: ['도움', '법률', '사기', '폭력', '가정', '어린이', '노인', '정신 건강', '위기', '주거', '피해자', '법원', '전환', '이민', '사기 피해', '학대', '핫라인', '상담', '사회 복귀', '교도소', '변호사', '가족', '지원', '긴급', '신고'],
    tl: ['tulong', 'legal', 'panloloko', 'karahasan', 'tahanan', 'mga bata', 'matatanda', 'kalusugang pangkaisipan', 'krisis', 'pabahay', 'biktima', 'hukuman', 'imigrasyon', 'scam', 'pang-aabuso', 'hotline', 'pagpapayo', 'kulungan', 'abogado', 'pamilya', 'suporta', 'emerhensiya', 'mag-ulat', 'serbisyo', 'libre'],
    vi: ['giúp đỡ', 'pháp lý', 'lừa đảo', 'bạo lực', 'gia đình', 'trẻ em', 'người cao tuổi', 'sức khỏe tâm thần', 'khủng hoảng', 'nhà ở', 'nạn nhân', 'tòa án', 'di trú', 'lạm dụng', 'đường dây nóng', 'tư vấn', 'tái hòa nhập', 'nhà tù', 'luật sư', 'hỗ trợ', 'khẩn cấp', 'báo cáo', 'miễn phí', 'dịch vụ', 'cộng đồng'],
    hy: ['օգնություն', 'իրավական', 'խարդախություն', 'բռնություն', 'ընտանեկան', 'երեխաներ', 'տարեցներ', 'հոգեկան առողջություն', 'ճգնաժամ', 'բնակարան', 'զոհեր', 'դատարան', 'ներգաղթ', 'չարաշահում', 'թեժ գիծ', 'խորհրդատվություն', 'բանտ', 'փաստաբան', 'ընտանիք', 'աջակցություն', 'արտակարգ', 'հաղորդել', 'անվճար', 'ծառայություն', 'համայնք'],
    fa: ['کمک', 'حقوقی', 'کلاهبرداری', 'خشونت', 'خانگی', 'کودکان', 'سالمندان', 'سلامت روان', 'بحران', 'مسکن', 'قربانیان', 'دادگاه', 'مهاجرت', 'سوءاستفاده', 'خط تلفن اضطراری', 'مشاوره', 'زندان', 'وکیل', 'خانواده', 'پشتیبانی', 'اورژانس', 'گزارش', 'رایگان', 'خدمات', 'جامعه'],
    ru: ['помощь', 'юридическая', 'мошенничество', 'насилие', 'домашнее', 'дети', 'пожилые', 'психическое здоровье', 'кризис', 'жильё', 'жертвы', 'суд', 'иммиграция', 'злоупотребление', 'горячая линия', 'консультация', 'тюрьма', 'адвокат', 'семья', 'поддержка', 'экстренная', 'сообщить', 'бесплатно', 'услуги', 'община'],
    ja: ['支援', '法律', '詐欺', '暴力', '家庭内', '子ども', '高齢者', 'メンタルヘルス', '危機', '住宅', '被害者', '裁判所', '移民', '虐待', 'ホットライン', '相談', '社会復帰', '刑務所', '弁護士', '家族', 'サポート', '緊急', '通報', '無料', 'サービス'],
    km: ['ជំនួយ', 'ច្បាប់', 'ការក្លែងបន្លំ', 'អំពើហិង្សា', 'ក្នុងគ្រួសារ', 'កុមារ', 'មនុស្សចាស់', 'សុខភាពផ្លូវចិត្ត', 'វិបត្តិ', 'លំនៅដ្ឋាន', 'ជនរងគ្រោះ', 'តុលាការ', 'អន្តោប្រវេសន៍', 'ការរំលោភបំពាន', 'ខ្សែទូរស័ព្ទបន្ទាន់', 'ការប្រឹក្សា', 'ពន្ធនាគារ', 'មេធាវី', 'គ្រួសារ', 'ការគាំទ្រ', 'បន្ទាន់', 'រាយការណ៍', 'ឥតគិតថ្លៃ', 'សេវាកម្ម', 'សហគមន៍'],
    ar: ['مساعدة', 'قانونية', 'احتيال', 'عنف', 'أسري', 'الأطفال', 'كبار السن', 'الصحة النفسية', 'أزمة', 'سكن', 'الضحايا', 'محكمة', 'الهجرة', 'إساءة معاملة الأطفال', 'خط ساخن', 'استشارة', 'سجن', 'محامٍ', 'عائلة', 'دعم', 'طوارئ', 'إبلاغ', 'مجاني', 'خدمات', 'مجتمع'],
  };
  const CITIES = ['Los Angeles', 'Long Beach', 'Glendale', 'Pasadena', 'Pomona', 'Lancaster', 'Palmdale', 'Santa Clarita', 'Torrance', 'Inglewood', 'El Monte', 'Downey', 'Compton', 'Burbank', 'Norwalk'];
  const DAYS = ['MO,TU,WE,TH,FR', 'MO,TU,WE,TH,FR,SA,SU', 'MO,WE,FR', 'TU,TH', 'SA,SU'];

  // Real text has a long-tail vocabulary: a few words are everywhere, most are rare (Zipf's law). Sentences mix the
  // topic words above (one word in ten) with words drawn by Zipf rank from a 3,000-word vocabulary of made-up words
  // in each locale's script, so a query word matches a realistic share of the corpus rather than half of it.
  const LETTERS: Record<string, readonly [number, number]> = {
    'zh-Hans': [0x4e00, 0x62ff], 'zh-Hant': [0x4e00, 0x62ff], ja: [0x30a2, 0x30f3], ko: [0xac00, 0xb7ff],
    hy: [0x0561, 0x0586], fa: [0x0628, 0x064a], ar: [0x0628, 0x064a], ru: [0x0430, 0x044f], km: [0x1780, 0x17a2],
  };
  const LATIN_SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'po', 'de', 'gu', 'ban', 'ter', 'sol', 'vin', 'mar', 'cho'];
  const VOCABULARY_SIZE = 3000;
  const madeUpWord = (lang: string) => {
    const range = LETTERS[lang];
    const length = 2 + Math.floor(random() * 3);
    if (!range) return Array.from({ length }, () => pickOne(LATIN_SYLLABLES)).join('');
    return Array.from({ length }, () => String.fromCodePoint(range[0] + Math.floor(random() * (range[1] - range[0])))).join('');
  };
  const vocabularies = new Map<string, string[]>();
  const vocabulary = (lang: string) => {
    let words = vocabularies.get(lang);
    if (!words) {
      words = Array.from({ length: VOCABULARY_SIZE }, () => madeUpWord(lang));
      vocabularies.set(lang, words);
    }
    return words;
  };
  const zipfTotals: number[] = [];
  for (let rank = 1, sum = 0; rank <= VOCABULARY_SIZE; rank++) zipfTotals.push((sum += 1 / rank));
  const zipfIndex = () => {
    const target = random() * zipfTotals[zipfTotals.length - 1]!;
    let lo = 0;
    let hi = zipfTotals.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (zipfTotals[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const sentence = (lang: string, n: number) => {
    const words = Array.from({ length: n }, () => (random() < 0.1 ? pickOne(WORDS[lang] ?? WORDS.en!) : vocabulary(lang)[zipfIndex()]!));
    return lang === 'zh-Hans' || lang === 'zh-Hant' || lang === 'ja' || lang === 'km' ? words.join('') : words.join(' ');
  };
  const provenance = { sources: [{ document: 'Synthetic benchmark data (npm run data:generate); not real services' }], verified: '2026-01-01' };
    const organizations: Organization[] = [];
    const locations: Location[] = [];
    const services: Service[] = [];
  const orgIds = Array.from({ length: Math.max(1, Math.ceil(count / 10)) }, (_, i) => {
    const id = uuid();
    organizations.push({ id, name: `Synthetic organization ${i + 1}`, description: sentence('en', 12), provenance });
    return id;
  });
  const locationIds = Array.from({ length: Math.max(1, Math.ceil(count / 5)) }, (_, i) => {
    const id = uuid();
    const city = pickOne(CITIES);
    locations.push({
        id,
        location_type: 'physical' as const,
        name: `Synthetic site ${i + 1}`,
        latitude: Number((33.7 + random() * 0.9).toFixed(5)),
        longitude: Number((-118.7 + random() * 0.9).toFixed(5)),
        addresses: [{ id: uuid(), address_1: `${1 + Math.floor(random() * 9999)} Example St`, city, state_province: 'CA', postal_code: `9${String(Math.floor(random() * 10000)).padStart(4, '0')}`, country: 'US', address_type: 'physical' as const }],
      provenance,
    });
    return id;
  });

  const translations: SyntheticTranslations = {};
  for (const lang of LANGUAGES) if (lang.code !== 'en') translations[lang.code] = {};
  for (let i = 0; i < count; i++) {
    const id = uuid();
    const name = `${sentence('en', 3)} ${i + 1}`;
    const description = `${sentence('en', 20)}.`;
    const eligibility = `${sentence('en', 10)}.`;
    const service = {
      id,
      organization_id: pickOne(orgIds),
      name,
      description,
      status: 'active',
      eligibility_description: eligibility,
      assured_date: provenance.verified,
      phones: [{ id: uuid(), number: `(${pickOne(['213', '310', '323', '562', '626', '818'])}) 555-01${String(Math.floor(random() * 100)).padStart(2, '0')}`, type: 'voice' }],
      schedules: [{ id: uuid(), freq: 'WEEKLY', byday: pickOne(DAYS), opens_at: '08:00', closes_at: pickOne(['12:00', '17:00', '20:00']) }],
      service_at_locations: [{ id: uuid(), location_id: pickOne(locationIds) }],
      attributes: pickSome(taxonomy, 1 + Math.floor(random() * 2))
        .filter((t, k, all) => all.indexOf(t) === k)
        .map((t) => ({ id: uuid(), taxonomy_term_id: t.id })),
      provenance,
    };
    services.push(service as Service);
    for (const code of Object.keys(translations)) {
      translations[code]![id] = {
        name: { text: `${sentence(code, 3)} ${i + 1}`, status: 'machine' as const, source_hash: sourceHash(name) },
        description: { text: sentence(code, 20), status: 'machine' as const, source_hash: sourceHash(description) },
        eligibility_description: { text: sentence(code, 10), status: 'machine' as const, source_hash: sourceHash(eligibility) },
      };
    }
  }
  return { organizations, locations, services, translations };
}
