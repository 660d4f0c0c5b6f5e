// The consortium step's rules form: sizes, countries, where partners may come from, the roles the call needs.
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../i18n.ts';
import { MAX_SIZE, ROLES, type Role, type Rules } from './partners-consortium-data.ts';
import { CONSORTIUM } from './partners-consortium.messages.ts';
import { regionCodes } from './partners-data.ts';

type Draft = {
  minPartners: string;
  maxPartners: string;
  minCountries: string;
  minMemberStates: string;
  scope: 'eligible' | 'any' | 'list';
  codes: string;
  roles: Record<Role, string>;
};
export type RuleErrors = Partial<Record<'minPartners' | 'maxPartners' | 'minCountries' | 'minMemberStates' | 'scope' | 'roles' | 'form', string>>;

const draftOf = (r: Rules): Draft => ({
  minPartners: String(r.minPartners),
  maxPartners: String(r.maxPartners),
  minCountries: String(r.minCountries),
  minMemberStates: String(r.minMemberStates),
  scope: Array.isArray(r.countryScope) ? 'list' : r.countryScope,
  codes: Array.isArray(r.countryScope) ? r.countryScope.join(', ') : '',
  roles: Object.fromEntries(ROLES.map((role) => [role, String(r.requiredRoles.find((x) => x.role === role)?.count ?? 0)])) as Record<Role, string>,
});

/** The rule an API error detail belongs to (`rules.requiredRoles.0.count` → roles). */
export function ruleOfDetail(field: string): keyof RuleErrors {
  const [first, second] = field.split('.');
  if (first !== 'rules') return 'form';
  if (second === 'requiredRoles') return 'roles';
  if (second === 'countryScope') return 'scope';
  return second === 'minPartners' || second === 'maxPartners' || second === 'minCountries' || second === 'minMemberStates' ? second : 'form';
}

type Props = { rules: Rules; errors: RuleErrors; busy: boolean; onSubmit: (rules: Rules) => void; onErrors: (errors: RuleErrors) => void };

/** The rules as a form; it validates them and hands them over whole (the page keeps them in the URL). */
export function ConsortiumRules({ rules, errors, busy, onSubmit, onErrors }: Props) {
  const { t } = useT(CONSORTIUM);
  const [draft, setDraft] = useState(() => draftOf(rules));
  const key = JSON.stringify(rules);
  useEffect(() => setDraft(draftOf(rules)), [key]);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  function submit() {
    const found: RuleErrors = {};
    const number = (field: 'minPartners' | 'maxPartners' | 'minCountries' | 'minMemberStates', min: number, max: number) => {
      const text = draft[field].trim();
      if (!/^\d+$/.test(text) || Number(text) < min || Number(text) > max) found[field] = t('invalidNumber', { min, max });
      return Number(text);
    };
    const minPartners = number('minPartners', 1, MAX_SIZE);
    const maxPartners = number('maxPartners', 1, MAX_SIZE);
    if (!found.minPartners && !found.maxPartners && maxPartners < minPartners) found.maxPartners = t('maxBelowMin');
    const minCountries = number('minCountries', 0, MAX_SIZE);
    const minMemberStates = number('minMemberStates', 0, 27);
    const codes = regionCodes(draft.codes);
    if (draft.scope === 'list' && (!codes || codes.nuts.length > 0)) found.scope = t('invalidCodes');
    else if (draft.scope === 'list' && codes?.countries.length === 0) found.scope = t('noCodes');
    const requiredRoles = ROLES.flatMap((role) => {
      const text = draft.roles[role].trim() || '0';
      if (!/^\d+$/.test(text) || Number(text) > MAX_SIZE) found.roles = t('invalidNumber', { min: 0, max: MAX_SIZE });
      return Number(text) > 0 ? [{ role, count: Number(text) }] : [];
    });
    onErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`consortium-${first}`)?.focus();
      return;
    }
    const countryScope = draft.scope === 'list' ? codes!.countries : draft.scope;
    onSubmit({ minPartners, maxPartners, minCountries, minMemberStates, countryScope, requiredRoles });
  }

  const number = (field: 'minPartners' | 'maxPartners' | 'minCountries' | 'minMemberStates', min: number, max: number, hint?: string) => (
    <div class={errors[field] ? 'field has-error' : 'field'}>
      <label for={`consortium-${field}`}>{t(field)}</label>
      <input
        id={`consortium-${field}`}
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={draft[field]}
        aria-invalid={errors[field] ? true : undefined}
        aria-describedby={[hint, errors[field] ? `consortium-${field}-error` : ''].filter(Boolean).join(' ') || undefined}
        onInput={(e) => set({ [field]: e.currentTarget.value })}
      />
      {errors[field] && <p id={`consortium-${field}-error`} class="field-error">{errors[field]}</p>}
    </div>
  );

  return (
    <form class="consortium-rules" noValidate onSubmit={(e) => {
      e.preventDefault();
      submit();
    }}>
      <h3>{t('rules')}</h3>
      <p id="consortium-size-hint" class="field-hint">{t('sizeHint')}</p>
      <div class="consortium-numbers">
        {number('minPartners', 1, MAX_SIZE, 'consortium-size-hint')}
        {number('maxPartners', 1, MAX_SIZE, 'consortium-size-hint')}
        {number('minCountries', 0, MAX_SIZE)}
        {number('minMemberStates', 0, 27)}
      </div>
      <fieldset id="consortium-scope" tabIndex={-1} class={errors.scope ? 'field group has-error' : 'field group'}>
        <legend>{t('scope')}</legend>
        {(['eligible', 'any', 'list'] as const).map((scope) => (
          <label key={scope} class="consortium-radio">
            <input type="radio" name="consortium-scope" checked={draft.scope === scope} onChange={() => set({ scope })} />
            {t(scope === 'eligible' ? 'scopeEligible' : scope === 'any' ? 'scopeAny' : 'scopeList')}
          </label>
        ))}
        {draft.scope === 'list' && (
          <div class="field">
            <label for="consortium-codes">{t('scopeCodes')}</label>
            <input
              id="consortium-codes"
              type="text"
              value={draft.codes}
              autoComplete="off"
              spellcheck={false}
              aria-invalid={errors.scope ? true : undefined}
              aria-describedby={['consortium-codes-hint', errors.scope ? 'consortium-scope-error' : ''].filter(Boolean).join(' ')}
              onInput={(e) => set({ codes: e.currentTarget.value })}
            />
            <p id="consortium-codes-hint" class="field-hint">{t('scopeCodesHint')}</p>
          </div>
        )}
        {errors.scope && <p id="consortium-scope-error" class="field-error">{errors.scope}</p>}
      </fieldset>
      <fieldset id="consortium-roles" tabIndex={-1} class={errors.roles ? 'field group has-error' : 'field group'} aria-describedby="consortium-roles-hint">
        <legend>{t('roles')}</legend>
        <p id="consortium-roles-hint" class="field-hint">{t('rolesHint')}</p>
        <div class="consortium-role-counts">
          {ROLES.map((role) => (
            <div key={role} class="field consortium-role">
              <input
                id={`consortium-role-${role}`}
                type="number"
                inputMode="numeric"
                min={0}
                max={MAX_SIZE}
                value={draft.roles[role]}
                onInput={(e) => set({ roles: { ...draft.roles, [role]: e.currentTarget.value } })}
              />
              <label for={`consortium-role-${role}`}>{t(`roleCount.${role}`)}</label>
            </div>
          ))}
        </div>
        {errors.roles && <p class="field-error">{errors.roles}</p>}
      </fieldset>
      {errors.form && <p class="form-error" role="alert">{errors.form}</p>}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy}>{t('submit')}</button>
      </div>
    </form>
  );
}
