// The editor's toolbar: insert an image (chosen or freshly uploaded, with its alt text), a link or a file link
// into the Markdown at the cursor. Each tool opens a small form; Escape or Cancel closes it.
import { useState } from 'preact/hooks';
import { ApiError } from '../api.ts';
import { localized, useT } from '../i18n.ts';
import { fileToBase64, MAX_UPLOAD_BYTES, uploadAsset, type ManagedAsset } from './site-edit-api.ts';
import { SITE_EDIT } from './site-edit.messages.ts';

type Tool = 'image' | 'link' | 'file' | null;
const escapeLabel = (text: string) => text.replace(/([[\]\\])/g, '\\$1');

export function InsertToolbar({ clusterSlug, assets, onAssetAdded, onInsert, idPrefix }: {
  clusterSlug: string;
  assets: ManagedAsset[];
  onAssetAdded: (asset: ManagedAsset) => void;
  onInsert: (markdown: string) => void;
  idPrefix: string;
}) {
  const { t } = useT(SITE_EDIT);
  const [tool, setTool] = useState<Tool>(null);
  const [imageId, setImageId] = useState('');
  const [alt, setAlt] = useState('');
  const [url, setUrl] = useState('https://');
  const [text, setText] = useState('');
  const [fileId, setFileId] = useState('');
  const [message, setMessage] = useState('');
  const images = assets.filter((a) => a.kind === 'image');
  const files = assets.filter((a) => a.kind === 'download');
  const id = (name: string) => `${idPrefix}-${name}`;
  const toggle = (next: Tool) => {
    setTool(tool === next ? null : next);
    setMessage('');
  };
  const done = (markdown: string) => {
    onInsert(markdown);
    setTool(null);
    setMessage(t('insert.inserted'));
  };
  const upload = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_UPLOAD_BYTES) return setMessage(t('assets.tooLarge'));
    setMessage(t('assets.uploading'));
    try {
      const asset = await uploadAsset(clusterSlug, { kind: 'image', filename: file.name, title: {}, data: await fileToBase64(file) });
      onAssetAdded(asset);
      setImageId(asset.id);
      setMessage(t('assets.uploaded', { name: asset.filename }));
    } catch (err) {
      setMessage(t('failed', { message: err instanceof ApiError ? err.message : String(err) }));
    }
  };
  const chosenImage = images.find((a) => a.id === (imageId || images[0]?.id));
  const chosenFile = files.find((a) => a.id === (fileId || files[0]?.id));
  return (
    <div class="site-edit-insert" onKeyDown={(e) => e.key === 'Escape' && tool && (e.preventDefault(), setTool(null))}>
      <div role="group" aria-label={t('insert.toolbar')} class="site-edit-toolbar">
        {(['image', 'link', 'file'] as const).map((name) => (
          <button key={name} type="button" aria-expanded={tool === name} aria-controls={id(`${name}-form`)} onClick={() => toggle(name)}>
            {t(`insert.${name}`)}
          </button>
        ))}
      </div>
      {tool === 'image' && (
        <div id={id('image-form')} class="site-edit-tool">
          {images.length === 0 ? <p>{t('insert.noImages')}</p> : (
            <div class="field">
              <label for={id('image')}>{t('insert.chooseImage')}</label>
              <select id={id('image')} value={chosenImage?.id} onChange={(e) => setImageId(e.currentTarget.value)}>
                {images.map((a) => <option key={a.id} value={a.id}>{a.filename}</option>)}
              </select>
            </div>
          )}
          <div class="field">
            <label for={id('upload')}>{t('insert.uploadImage')}</label>
            <input id={id('upload')} type="file" accept="image/png,image/jpeg,image/webp,image/gif" onChange={(e) => void upload(e.currentTarget.files?.[0])} />
          </div>
          <div class="field">
            <label for={id('alt')}>{t('insert.alt')}</label>
            <input id={id('alt')} value={alt} onInput={(e) => setAlt(e.currentTarget.value)} />
          </div>
          <div class="form-actions">
            <button type="button" class="primary" disabled={!chosenImage} onClick={() => chosenImage && done(`![${escapeLabel(alt || localized(chosenImage.title) || chosenImage.filename)}](${chosenImage.url})`)}>
              {t('insert.insert')}
            </button>
            <button type="button" onClick={() => setTool(null)}>{t('insert.cancel')}</button>
          </div>
        </div>
      )}
      {tool === 'link' && (
        <div id={id('link-form')} class="site-edit-tool">
          <div class="field">
            <label for={id('url')}>{t('insert.url')}</label>
            <input id={id('url')} type="url" value={url} onInput={(e) => setUrl(e.currentTarget.value)} />
          </div>
          <div class="field">
            <label for={id('text')}>{t('insert.text')}</label>
            <input id={id('text')} value={text} onInput={(e) => setText(e.currentTarget.value)} />
          </div>
          <div class="form-actions">
            <button type="button" class="primary" disabled={url.trim() === '' || url === 'https://'} onClick={() => done(`[${escapeLabel(text || url)}](${url.trim().replace(/\s/g, '%20')})`)}>
              {t('insert.insert')}
            </button>
            <button type="button" onClick={() => setTool(null)}>{t('insert.cancel')}</button>
          </div>
        </div>
      )}
      {tool === 'file' && (
        <div id={id('file-form')} class="site-edit-tool">
          {files.length === 0 ? <p>{t('insert.noFiles')}</p> : (
            <>
              <div class="field">
                <label for={id('file')}>{t('insert.chooseFile')}</label>
                <select id={id('file')} value={chosenFile?.id} onChange={(e) => setFileId(e.currentTarget.value)}>
                  {files.map((a) => <option key={a.id} value={a.id}>{localized(a.title) || a.filename}</option>)}
                </select>
              </div>
              <div class="form-actions">
                <button type="button" class="primary" disabled={!chosenFile} onClick={() => chosenFile && done(`[${escapeLabel(localized(chosenFile.title) || chosenFile.filename)}](${chosenFile.url})`)}>
                  {t('insert.insert')}
                </button>
                <button type="button" onClick={() => setTool(null)}>{t('insert.cancel')}</button>
              </div>
            </>
          )}
        </div>
      )}
      <p class="form-status" role="status">{message}</p>
    </div>
  );
}
