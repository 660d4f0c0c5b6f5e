// The site's images and files for its managers: upload (checked for size here, for type by the server), list with
// type and size, show a file on the downloads page or not, delete.
import { useState } from 'preact/hooks';
import { ApiError } from '../api.ts';
import type { ClusterInfo } from '../components/cluster-nav.tsx';
import { LANGUAGE_NAMES, localized, useT } from '../i18n.ts';
import { useLoad } from '../use-load.ts';
import { deleteAsset, fileToBase64, listAssets, MAX_UPLOAD_BYTES, updateAsset, uploadAsset, type ManagedAsset } from './site-edit-api.ts';
import { fieldError } from './site-edit-pages.tsx';
import { fileSize, typeName } from './site-people.tsx';
import { SITE_EDIT } from './site-edit.messages.ts';

function UploadForm({ cluster, onUploaded }: { cluster: ClusterInfo; onUploaded: (asset: ManagedAsset) => void }) {
  const { t, language } = useT(SITE_EDIT);
  const [kind, setKind] = useState<'image' | 'download'>('download');
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [listed, setListed] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    if (!file) return setError(t('assets.chooseFirst'));
    if (file.size > MAX_UPLOAD_BYTES) return setError(t('assets.tooLarge'));
    setStatus(t('assets.uploading'));
    try {
      const asset = await uploadAsset(cluster.slug, {
        kind,
        filename: file.name,
        title: title.trim() ? { [language]: title.trim() } : {},
        ...(kind === 'download' ? { listed } : {}),
        data: await fileToBase64(file),
      });
      onUploaded(asset);
      setStatus(t('assets.uploaded', { name: asset.filename }));
      setTitle('');
    } catch (err) {
      setStatus('');
      setError(err instanceof ApiError ? (fieldError(err.details, 'data') ?? fieldError(err.details, 'filename') ?? err.message) : (err as Error).message);
    }
  };
  return (
    <form class="site-edit-upload" onSubmit={(e) => void submit(e)}>
      <fieldset class="site-edit-kind">
        <legend>{t('assets.kind')}</legend>
        {(['download', 'image'] as const).map((k) => (
          <label key={k} class="site-edit-radio">
            <input type="radio" name="site-asset-kind" value={k} checked={kind === k} onChange={() => setKind(k)} /> {t(`assets.${k}`)}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="site-asset-file">{t('assets.file')}</label>
        <input
          id="site-asset-file"
          type="file"
          accept={kind === 'image' ? 'image/png,image/jpeg,image/webp,image/gif' : undefined}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'site-asset-error' : undefined}
          onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
        />
        {error && <p id="site-asset-error" class="field-error" role="alert">{error}</p>}
      </div>
      <div class="field">
        <label for="site-asset-title">{t('assets.fileTitle', { language: LANGUAGE_NAMES[language] })}</label>
        <input id="site-asset-title" lang={language} value={title} onInput={(e) => setTitle(e.currentTarget.value)} />
      </div>
      {kind === 'download' && (
        <label class="site-edit-check">
          <input type="checkbox" checked={listed} onChange={(e) => setListed(e.currentTarget.checked)} /> {t('assets.listed')}
        </label>
      )}
      <div class="form-actions">
        <button type="submit" class="primary">{t('assets.upload')}</button>
      </div>
      <p class="form-status" role="status">{status}</p>
    </form>
  );
}

export function SiteAssets({ cluster }: { cluster: ClusterInfo }) {
  const { t } = useT(SITE_EDIT);
  const loaded = useLoad(cluster.slug, listAssets);
  const [assets, setAssets] = useState<ManagedAsset[] | null>(null);
  const [status, setStatus] = useState('');
  const items = assets ?? loaded.data?.items ?? [];
  const replace = (asset: ManagedAsset) => setAssets(items.map((a) => (a.id === asset.id ? asset : a)));
  const remove = async (asset: ManagedAsset) => {
    if (!window.confirm(t('assets.confirmDelete', { name: asset.filename }))) return;
    try {
      await deleteAsset(cluster.slug, asset.id);
      setAssets(items.filter((a) => a.id !== asset.id));
      setStatus(t('assets.deleted', { name: asset.filename }));
    } catch (err) {
      setStatus(t('failed', { message: (err as Error).message }));
    }
  };
  return (
    <section class="site-edit-section" aria-labelledby="site-edit-assets">
      <h2 id="site-edit-assets">{t('assets.title')}</h2>
      <p>{t('assets.lead')}</p>
      <UploadForm cluster={cluster} onUploaded={(a) => setAssets([a, ...items])} />
      {loaded.error && <p class="form-error" role="alert">{t('failed', { message: loaded.error })}</p>}
      {loaded.data && items.length === 0 && <p>{t('assets.none')}</p>}
      {items.length > 0 && (
        <ul class="site-edit-assets">
          {items.map((a) => (
            <li key={a.id}>
              {a.kind === 'image' ? <img src={a.url} alt="" width={64} height={48} /> : <span class="site-edit-file-icon" aria-hidden="true">{typeName(a)}</span>}
              <div class="site-edit-asset-name">
                <a href={a.url}>{localized(a.title) || a.filename}</a>
                <span class="muted">{a.filename} · {t('assets.details', { kind: t(`assets.${a.kind}`), type: typeName(a), size: fileSize(a.size) })}</span>
              </div>
              <div class="site-edit-actions">
                {a.kind === 'download' && (
                  <label class="site-edit-check">
                    <input type="checkbox" aria-label={`${t('assets.onDownloads')}: ${a.filename}`} checked={a.listed} onChange={(e) => void updateAsset(cluster.slug, a.id, { listed: e.currentTarget.checked }).then(replace, (err: Error) => setStatus(t('failed', { message: err.message })))} />
                    {t('assets.onDownloads')}
                  </label>
                )}
                <button type="button" class="danger" aria-label={`${t('assets.delete')}: ${a.filename}`} onClick={() => void remove(a)}>
                  {t('assets.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <p class="form-status" role="status">{status}</p>
    </section>
  );
}
