/**
 * Translator preview mode (opened from the About screen; a lazily loaded chunk, never part of the first view).
 * A translator picks a language and a key, types new wording and sees it at once on the real screens; "show keys"
 * puts each text's key next to it. Edits stay on this device (src/data/translator-edits.ts) until the translator
 * downloads them as an i18next JSON v4 file for `locales/<code>/common.json`. Nothing is sent anywhere; every text
 * is rendered as text.
 */
import i18next from 'i18next';
import { useEffect, useState } from 'preact/hooks';
import { addLocaleFiles, t } from '../../i18n/i18n.ts';
import { DEFAULT_LANGUAGE, LANGUAGES, PSEUDO_LANGUAGES, isPseudoLanguage } from '../../i18n/languages.ts';
import { loadEdits, saveEdits, setShowKeysSetting, showKeysSetting, type TranslatorEdits } from '../../data/translator-edits.ts';
import { flattenStrings, localeFileText, textProblems } from './locale-file.ts';
import { endPreview, previewLoaded, previewText, restoreText, showKeys } from './preview.ts';
import './translator.css';

/** The namespace translators edit here (the search words in search.json are lists, edited as files). */
const NS = 'common';

export interface TranslatorPanelProps {
  /** The app's language, which is the language being edited. */
  readonly lang: string;
  onLanguage(code: string): void;
  /** Re-renders the app after the strings changed. */
  onStrings(): void;
  onClose(): void;
}

addLocaleFiles(import.meta.glob<string>('/locales/*/translator.json', { query: '?url', import: 'default', eager: true }));

const tr = (key: string, options?: Record<string, unknown>) => t(`translator:${key}`, options);

/** Every key of `lng` a translator may set: English's, plus the plural forms this language has and English lacks. */
function keysOf(lng: string): string[] {
  const english = Object.keys(flattenStrings(i18next.getResourceBundle(DEFAULT_LANGUAGE, NS)));
  const own = Object.keys(flattenStrings(i18next.getResourceBundle(lng, NS) ?? {}));
  const bases = new Set(english.map((k) => k.replace(/_(zero|one|two|few|many|other)$/, '')));
  const forms = new Intl.PluralRules(lng).resolvedOptions().pluralCategories.flatMap((c) =>
    [...bases].filter((b) => english.includes(`${b}_other`)).map((b) => `${b}_${c}`),
  );
  return [...new Set([...english.filter((k) => !/_(zero|one|two|few|many|other)$/.test(k)), ...forms, ...own])];
}

/** The English text a key translates: a plural form English lacks ("_few") translates English's "_other". */
function englishOf(key: string): string | undefined {
  const english = flattenStrings(i18next.getResourceBundle(DEFAULT_LANGUAGE, NS));
  return english[key] ?? english[key.replace(/_(zero|one|two|few|many|other)$/, '_other')];
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL only holds memory.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function TranslatorPanel(props: TranslatorPanelProps) {
  const { lang } = props;
  const [ready, setReady] = useState(false);
  const [edits, setEdits] = useState<TranslatorEdits>(loadEdits);
  const [keysShown, setKeysShown] = useState(showKeysSetting);
  const [key, setKey] = useState('');
  const [draft, setDraft] = useState('');
  const [message, setMessage] = useState('');

  useEffect(() => {
    let live = true;
    showKeys(keysShown);
    previewLoaded(edits);
    // A language loads when chosen: its stored edits go in before the app draws it.
    const onLoaded = () => previewLoaded(loadEdits());
    i18next.on('languageChanged', onLoaded);
    void i18next.loadNamespaces('translator').then(() => {
      if (!live) return;
      setReady(true);
      props.onStrings();
    });
    return () => {
      live = false;
      i18next.off('languageChanged', onLoaded);
      endPreview();
    };
  }, []);

  // Another language: the key stays, the text to start from is that language's.
  useEffect(() => {
    if (key) setDraft((i18next.getResource(lang, NS, key) as string | undefined) ?? '');
    setMessage('');
  }, [lang]);

  const editable = !isPseudoLanguage(lang);
  const keys = editable ? keysOf(lang) : [];
  const known = keys.includes(key);
  const english = known ? englishOf(key) : undefined;
  const changed = edits[lang]?.[NS] ?? {};
  const problems = known ? textProblems(key, draft, english) : {};

  const store = (next: TranslatorEdits) => {
    setEdits(next);
    try {
      saveEdits(next);
    } catch {
      setMessage(tr('notSaved'));
      return false;
    }
    return true;
  };

  const chooseKey = (value: string) => {
    setKey(value);
    setMessage('');
    if (keys.includes(value)) setDraft((i18next.getResource(lang, NS, value) as string | undefined) ?? '');
  };

  const apply = (e: Event) => {
    e.preventDefault();
    if (!known) {
      setMessage(tr('unknownKey', { key }));
      return;
    }
    previewText(lang, NS, key, draft);
    const saved = store({ ...edits, [lang]: { ...edits[lang], [NS]: { ...changed, [key]: draft } } });
    props.onStrings();
    if (saved) setMessage(tr('applied'));
  };

  const undo = (k: string) => {
    restoreText(lang, NS, k);
    const rest = { ...changed };
    delete rest[k];
    store({ ...edits, [lang]: { ...edits[lang], [NS]: rest } });
    if (k === key) setDraft((i18next.getResource(lang, NS, k) as string | undefined) ?? '');
    props.onStrings();
  };

  const close = () => {
    // Before the app redraws without the panel, so the next render already shows the residents' strings.
    endPreview();
    props.onClose();
  };

  if (!ready) return <p class="translator">{t('status.loading')}</p>;

  return (
    <details class="translator" open>
      <summary>{tr('title')}</summary>
      <p>{tr('intro')}</p>
      <label class="translator__check">
        <input
          type="checkbox"
          checked={keysShown}
          onChange={(e) => {
            const on = (e.currentTarget as HTMLInputElement).checked;
            setKeysShown(on);
            setShowKeysSetting(on);
            showKeys(on);
            props.onStrings();
          }}
        />
        {tr('showKeys')}
      </label>
      <label class="translator__field">
        <span>{tr('language')}</span>
        <select value={lang} onChange={(e) => props.onLanguage((e.currentTarget as HTMLSelectElement).value)}>
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code} dir={l.dir}>
              {l.name} ({l.code})
            </option>
          ))}
          {Object.entries(PSEUDO_LANGUAGES).map(([code, dir]) => (
            <option key={code} value={code}>
              {tr(dir === 'rtl' ? 'pseudoRtl' : 'pseudo')} ({code})
            </option>
          ))}
        </select>
      </label>
      {!editable ? (
        <p>{tr('pseudoNote')}</p>
      ) : (
        <form class="translator__form" onSubmit={apply}>
          <label class="translator__field">
            <span>{tr('key')}</span>
            <input
              type="text"
              list="translator-keys"
              dir="ltr"
              autocomplete="off"
              spellcheck={false}
              value={key}
              onInput={(e) => chooseKey((e.currentTarget as HTMLInputElement).value.trim())}
            />
          </label>
          <datalist id="translator-keys">
            {keys.map((k) => (
              <option key={k} value={k} />
            ))}
          </datalist>
          {english !== undefined && (
            <p class="translator__source">
              <span>{tr('english')}</span>{' '}
              <span lang="en" dir="ltr">
                {english}
              </span>
            </p>
          )}
          <label class="translator__field">
            <span>{tr('newText')}</span>
            <textarea rows={3} lang={lang} dir="auto" value={draft} onInput={(e) => setDraft((e.currentTarget as HTMLTextAreaElement).value)} />
          </label>
          {problems.placeholders && <p class="translator__warning">{tr('placeholders', { placeholders: problems.placeholders.join(' ') })}</p>}
          {problems.markup && <p class="translator__warning">{tr('markup')}</p>}
          <button type="submit" class="button button--primary">
            {tr('apply')}
          </button>
        </form>
      )}
      <p role="status">{message}</p>
      {editable && (
        <>
          <h2 class="translator__heading">{tr('changed', { number: Object.keys(changed).length })}</h2>
          <ul class="translator__changes">
            {Object.entries(changed).map(([k, text]) => (
              <li key={k}>
                <code dir="ltr">{k}</code>{' '}
                <span lang={lang} dir="auto">
                  {text}
                </span>{' '}
                <button type="button" class="button" aria-label={tr('undoKey', { key: k })} onClick={() => undo(k)}>
                  {tr('undo')}
                </button>
              </li>
            ))}
          </ul>
          <button
            type="button"
            class="button"
            disabled={!Object.keys(changed).length}
            onClick={() => download(`${lang}-${NS}.json`, localeFileText(changed, Object.keys(flattenStrings(i18next.getResourceBundle(lang, NS) ?? {}))))}
          >
            {tr('download')}
          </button>
        </>
      )}
      <p>
        <button type="button" class="button" onClick={close}>
          {tr('close')}
        </button>
      </p>
    </details>
  );
}

export default TranslatorPanel;
