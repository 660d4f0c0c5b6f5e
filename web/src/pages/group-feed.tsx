// The member's calendar feed of all their groups' workshops: the address with a copy button and how to subscribe.
import { useState } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { useKeptLoad } from './group-load.ts';
import { feedUrl, myFeed, resetFeed } from './groups-api.ts';
import { GROUPS } from './groups.messages.ts';

export function GroupFeed() {
  const { t } = useT(GROUPS);
  const [version, setVersion] = useState(0);
  const { data } = useKeptLoad('feed', version, myFeed);
  const [status, setStatus] = useState('');
  if (!data) return <p role="status">{t('loading')}</p>;
  const url = feedUrl(data.path);
  const copy = () => void navigator.clipboard?.writeText(url).then(() => setStatus(t('feed.copied')), () => undefined);
  const reset = () => void resetFeed().then(() => {
    setVersion((n) => n + 1);
    setStatus(t('feed.resetDone'));
  });
  return (
    <section aria-labelledby="group-feed" class="card group-section group-feed">
      <h2 id="group-feed">{t('feed.title')}</h2>
      <p>{t('feed.explain')}</p>
      <label for="group-feed-url">{t('feed.url')}</label>
      <input id="group-feed-url" class="group-feed-url" readOnly value={url} aria-describedby="group-feed-private" onFocus={(e) => e.currentTarget.select()} />
      <p id="group-feed-private" class="field-hint">{t('feed.private')}</p>
      <div class="group-actions">
        <button type="button" class="primary" onClick={copy}>{t('feed.copy')}</button>
        <a href={url} download="klynge-groups.ics">{t('feed.open')}</a>
        <button type="button" class="link-button" onClick={reset}>{t('feed.reset')}</button>
      </div>
      <p role="status" class="form-status">{status}</p>
      <h3>{t('feed.how')}</h3>
      <ul>
        <li>{t('feed.google')}</li>
        <li>{t('feed.outlook')}</li>
        <li>{t('feed.apple')}</li>
      </ul>
    </section>
  );
}
