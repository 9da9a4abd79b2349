import type { ComponentType } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.ts';

export interface ShareBoxProps {
  /** The page's own address on this origin, e.g. https://example.org/service/<id>. */
  readonly url: string;
  /** What the share sheet shows as the title. */
  readonly title: string;
  /** The printable handout of the page (`/print/service/<id>`). */
  readonly printHref: string;
}

type Copy = 'idle' | 'copied' | 'manual';

/**
 * Share a page: the device's share sheet where there is one (Web Share API), else copy the link, else show it to
 * copy by hand; and a QR code of the link, made on the device (the QR library loads only when asked for). Nothing
 * is sent anywhere by the app itself: the person chooses where the link goes. "Print" opens the page's handout
 * (a black-and-white sheet with its QR code); printing this page itself still works through the print style sheet.
 */
export function ShareBox(props: ShareBoxProps) {
  const [copy, setCopy] = useState<Copy>('idle');
  const [Qr, setQr] = useState<ComponentType<{ text: string; label: string }> | undefined>();
  const [qrOpen, setQrOpen] = useState(false);
  const [qrFailed, setQrFailed] = useState(false);

  const canShare = typeof navigator.share === 'function';
  const share = async () => {
    try {
      await navigator.share({ title: props.title, url: props.url });
    } catch (error) {
      // AbortError: the person closed the sheet. Anything else: fall back to copying.
      if ((error as DOMException)?.name !== 'AbortError') await copyLink();
    }
  };
  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(props.url);
      setCopy('copied');
    } catch {
      setCopy('manual');
    }
  };
  const toggleQr = async () => {
    if (qrOpen) return setQrOpen(false);
    setQrOpen(true);
    if (!Qr) {
      try {
        const module = await import('./QrCode.tsx');
        setQr(() => module.QrCode);
      } catch {
        setQrFailed(true);
      }
    }
  };

  return (
    <section class="share" aria-labelledby="share-heading">
      <h2 id="share-heading">{t('share.title')}</h2>
      <p class="share__actions">
        {canShare && (
          <button type="button" class="button" onClick={() => void share()}>
            {t('share.share')}
          </button>
        )}
        <button type="button" class="button" onClick={() => void copyLink()}>
          {t('share.copy')}
        </button>
        <button type="button" class="button" aria-expanded={qrOpen ? 'true' : 'false'} aria-controls="share-qr" onClick={() => void toggleQr()}>
          {t('share.qr')}
        </button>
        <a class="button" href={props.printHref}>
          {t('share.print')}
        </a>
      </p>
      <p role="status" class="share__status">
        {copy === 'copied' ? t('share.copied') : ''}
      </p>
      {copy === 'manual' && (
        <p>
          <label>
            {t('share.copyManual')}
            <input class="share__url" type="url" readOnly value={props.url} dir="ltr" onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
          </label>
        </p>
      )}
      <p class="print-only" dir="ltr">
        {props.url}
      </p>
      <div id="share-qr" hidden={!qrOpen}>
        {qrOpen && (qrFailed ? <p>{t('share.qrFailed')}</p> : Qr ? <Qr text={props.url} label={t('share.qrLabel', { title: props.title })} /> : <p>{t('status.loading')}</p>)}
      </div>
    </section>
  );
}

export default ShareBox;
