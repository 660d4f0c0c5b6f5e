// The signed-in user's API tokens: list, create (the token is shown once), revoke.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../api.ts';
import { ConfirmButton } from '../components/form-confirm.tsx';
import { ErrorSummary, FormActions, TextField } from '../components/form-field.tsx';
import { dateAfter, maxLength, required, todayIso } from '../components/form-rules.ts';
import { useForm, type Rules } from '../components/form-state.ts';
import { formatDate, useT } from '../i18n.ts';
import { ACCOUNT } from './account.messages.ts';

type ApiToken = { id: string; name: string; createdAt: string; lastUsedAt: string | null; expiresAt: string | null };
type TokenValues = { name: string; expiresAt: string };
const EMPTY: TokenValues = { name: '', expiresAt: '' };

/** The token list, the form that issues one, and the new token shown once with a copy button. */
export function ApiTokens() {
  const { t } = useT(ACCOUNT);
  const [tokens, setTokens] = useState<ApiToken[] | null>(null);
  const [issued, setIssued] = useState<{ id: string; token: string } | null>(null);
  const [message, setMessage] = useState('');
  const rules: Rules<TokenValues> = { name: [required, maxLength(100)], expiresAt: [dateAfter(todayIso())] };
  const form = useForm('token', EMPTY, rules);
  const load = () => api<{ items: ApiToken[] }>('/auth/tokens').then((r) => setTokens(r.items));
  useEffect(() => {
    void load();
  }, []);

  const onSubmit = (event: Event) => {
    event.preventDefault();
    void form.submit(async (v) => {
      // The last moment of the chosen day, in UTC as the server compares.
      const body = { name: v.name.trim(), ...(v.expiresAt ? { expiresAt: `${v.expiresAt}T23:59:59Z` } : {}) };
      const result = await api<{ token: string; apiToken: ApiToken }>('/auth/tokens', { method: 'POST', json: body });
      setIssued({ id: result.apiToken.id, token: result.token });
      setMessage('');
      await load();
      return EMPTY;
    });
  };
  const revoke = async (token: ApiToken) => {
    await api(`/auth/tokens/${token.id}`, { method: 'DELETE' });
    if (issued?.id === token.id) setIssued(null);
    await load();
    setMessage(t('revoked', { name: token.name }));
  };

  return (
    <section aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('tokens')}</h2>
      <p class="muted">{t('tokensLead')}</p>
      <p class="form-status" role="status" aria-live="polite">
        {message}
      </p>
      {issued && (
        <div class="notice issued-token" role="alert">
          <p>{t('created')}</p>
          <label for="issued-token">{t('newToken')}</label>
          <div class="token-row">
            <input id="issued-token" readOnly value={issued.token} onFocus={(e) => e.currentTarget.select()} />
            <button type="button" onClick={() => void navigator.clipboard?.writeText(issued.token).then(() => setMessage(t('copied')))}>
              {t('copy')}
            </button>
          </div>
        </div>
      )}
      {tokens && tokens.length === 0 && <p>{t('noTokens')}</p>}
      {tokens && tokens.length > 0 && (
        <ul class="item-list">
          {tokens.map((token) => (
            <li key={token.id}>
              <div class="item-main">
                <strong>{token.name}</strong>
                <p class="muted">
                  {t('createdAt', { date: formatDate(token.createdAt) })} · {token.lastUsedAt ? t('lastUsed', { date: formatDate(token.lastUsedAt) }) : t('neverUsed')}
                  {token.expiresAt && ` · ${t('expires', { date: formatDate(token.expiresAt) })}`}
                </p>
              </div>
              <ConfirmButton label={t('revoke')} detail={token.name} question={t('revokeQuestion', { name: token.name })} onConfirm={() => revoke(token)} />
            </li>
          ))}
        </ul>
      )}
      <form class="edit-form" noValidate onSubmit={onSubmit} aria-labelledby="token-form-title">
        <h3 id="token-form-title">{t('create')}</h3>
        <ErrorSummary form={form} />
        <div class="field-row">
          <TextField form={form} field="name" label={t('tokenName')} hint={t('tokenNameHint')} required />
          <TextField form={form} field="expiresAt" label={t('expiresAt')} type="date" hint={t('expiresHint')} />
        </div>
        <FormActions form={form} label={t('create')} />
      </form>
    </section>
  );
}
