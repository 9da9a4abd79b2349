import { LANGUAGES } from '../i18n/languages.ts';

/** Each language is written in its own script and marked with its own lang, so screen readers pronounce it. */
export function LanguagePicker(props: { value: string; label: string; onChange: (code: string) => void }) {
  return (
    <label class="language-picker">
      <span class="language-picker__label">{props.label}</span>
      <select value={props.value} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}>
        {/* The pseudo-locale is not offered; while it is in use it is shown, so the picker does not claim English. */}
        {!LANGUAGES.some((l) => l.code === props.value) && <option value={props.value}>{props.value}</option>}
        {LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code} dir={l.dir}>
            {l.name}
          </option>
        ))}
      </select>
    </label>
  );
}
